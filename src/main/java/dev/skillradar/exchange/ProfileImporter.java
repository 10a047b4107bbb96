package dev.skillradar.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a profile exchange file and checks all of it before anything is stored, in this order:
 * the size limit (before reading), strict JSON syntax (duplicate keys, trailing content, nesting depth),
 * the format version, the schema ({@link DocumentParser}) and the meaning against the catalogue
 * ({@link DocumentValidator}). Any problem is an {@link InvalidDocumentException} naming the place.
 */
public final class ProfileImporter {
    private static final String AFTER_END = "unexpected content after the end of the JSON document";

    private final ObjectMapper mapper = ExchangeFormat.mapper();
    private final Roadmap roadmap;
    private final long maxBytes;

    public ProfileImporter(Roadmap roadmap) {
        this(roadmap, ExchangeFormat.MAX_DOCUMENT_BYTES);
    }

    /** With a smaller size limit than the format's (tests). */
    ProfileImporter(Roadmap roadmap, long maxBytes) {
        this.roadmap = roadmap;
        this.maxBytes = Math.min(maxBytes, ExchangeFormat.MAX_DOCUMENT_BYTES);
    }

    /** Reads and validates a file; the file's size is checked before it is read. */
    public ProfileSnapshot read(Path file) throws InvalidDocumentException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidDocumentException("", Files.exists(file) ? "not a regular file" : "no such file");
            }
            checkSize(Files.size(file));
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1); // bounded even if the file grows meanwhile
            }
        } catch (NoSuchFileException e) {
            throw new InvalidDocumentException("", "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidDocumentException("", "permission denied");
        } catch (IOException e) {
            throw new InvalidDocumentException("", "cannot be read (" + e.getMessage() + ")");
        }
        return read(bytes);
    }

    /** Validates a document held in memory. */
    public ProfileSnapshot read(byte[] bytes) throws InvalidDocumentException {
        return new DocumentValidator(roadmap).validate(parse(bytes));
    }

    /** The size, syntax, format version and schema steps; the result still needs the semantic checks. */
    ProfileDocument parse(byte[] bytes) throws InvalidDocumentException {
        checkSize(bytes.length);
        if (bytes.length == 0) {
            throw new InvalidDocumentException("", "the file is empty");
        }
        Integer format = checkSyntax(bytes);
        if (format != null) {
            DocumentValidator.checkFormat(format); // before the schema: a newer format may have new fields
        }
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            return new DocumentParser(parser).document();
        } catch (JsonProcessingException e) {
            throw syntax(e); // unreachable after checkSyntax, kept for safety
        } catch (IOException e) {
            throw new InvalidDocumentException("", "cannot be read (" + e.getMessage() + ")");
        }
    }

    private void checkSize(long size) throws InvalidDocumentException {
        if (size > maxBytes) {
            throw new InvalidDocumentException("", "the file is too large (" + ExchangeFormat.size(size)
                    + "; the limit is " + ExchangeFormat.size(maxBytes) + ")");
        }
    }

    /**
     * One pass over all tokens without building anything: malformed JSON, duplicate keys, excessive nesting
     * and trailing content fail here with a line and column. Returns the top-level "format" if it is a
     * whole number.
     */
    private Integer checkSyntax(byte[] bytes) throws InvalidDocumentException {
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            try {
                return scan(p);
            } catch (StreamConstraintsException e) { // carries no location of its own
                throw constraint(e, Places.line(p.currentLocation()));
            }
        } catch (JsonProcessingException e) {
            throw syntax(e);
        } catch (IOException e) {
            throw new InvalidDocumentException("", "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Integer scan(JsonParser p) throws IOException, InvalidDocumentException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new InvalidDocumentException("", "the file contains no JSON document");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new InvalidDocumentException(Places.ROOT, "expected an object, found " + first.asString());
        }
        Integer format = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (t == JsonToken.VALUE_NUMBER_INT && p.getParsingContext().getParent().inRoot()
                    && "format".equals(p.currentName()) && p.getNumberType() == JsonParser.NumberType.INT) {
                format = p.getIntValue();
            }
            if (t == JsonToken.END_OBJECT && p.getParsingContext().inRoot()) {
                break;
            }
        }
        JsonToken trailing;
        try {
            trailing = p.nextToken();
        } catch (JsonProcessingException e) { // "}" or "x" after the document is not even a token
            throw new InvalidDocumentException(Places.line(e.getLocation() != null ? e.getLocation()
                    : p.currentLocation()), AFTER_END);
        }
        if (trailing != null) {
            throw new InvalidDocumentException(Places.line(p.currentTokenLocation()), AFTER_END);
        }
        return format;
    }

    private InvalidDocumentException constraint(StreamConstraintsException e, String place) {
        String msg = String.valueOf(e.getOriginalMessage());
        String problem = msg.contains("nesting depth")
                ? "the document is nested deeper than " + StrictJson.MAX_NESTING_DEPTH + " levels"
                : msg.contains("length") && msg.contains("Document")
                ? "the file is too large (the limit is " + ExchangeFormat.size(maxBytes) + ")"
                : "a value is too large";
        String where = Places.line(e.getLocation());
        return new InvalidDocumentException(where.isEmpty() ? place : where, problem);
    }

    private InvalidDocumentException syntax(JsonProcessingException e) {
        String described = StrictJson.describe(e); // "line L, column C: problem"
        String place = Places.line(e.getLocation());
        String problem = !place.isEmpty() && described.startsWith(place + ": ")
                ? described.substring(place.length() + 2) : described;
        return new InvalidDocumentException(place, "malformed JSON: " + problem);
    }
}
