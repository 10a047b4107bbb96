package dev.skillradar.exchange;

import com.fasterxml.jackson.core.JsonLocation;
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
                throw new InvalidDocumentException(Files.exists(file) ? ImportProblem.NOT_A_REGULAR_FILE
                        : ImportProblem.NO_SUCH_FILE);
            }
            checkSize(Files.size(file));
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1); // bounded even if the file grows meanwhile
            }
        } catch (NoSuchFileException e) {
            throw new InvalidDocumentException(ImportProblem.NO_SUCH_FILE);
        } catch (AccessDeniedException e) {
            throw new InvalidDocumentException(ImportProblem.PERMISSION_DENIED);
        } catch (IOException e) {
            throw new InvalidDocumentException(ImportProblem.UNREADABLE, e.getMessage());
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
            throw new InvalidDocumentException(ImportProblem.EMPTY);
        }
        Integer format = checkSyntax(bytes);
        if (format != null) {
            DocumentValidator.checkFormat(format); // before the schema: a newer format may have new fields
        }
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            return new DocumentParser(parser, format == null ? ExchangeFormat.OLDEST_FORMAT : format).document();
        } catch (JsonProcessingException e) {
            throw syntax(e); // unreachable after checkSyntax, kept for safety
        } catch (IOException e) {
            throw new InvalidDocumentException(ImportProblem.UNREADABLE, e.getMessage());
        }
    }

    private void checkSize(long size) throws InvalidDocumentException {
        if (size > maxBytes) {
            throw new InvalidDocumentException(ImportProblem.TOO_LARGE, new ImportProblem.Bytes(size),
                    new ImportProblem.Bytes(maxBytes));
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
                throw constraint(e, p.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw syntax(e);
        } catch (IOException e) {
            throw new InvalidDocumentException(ImportProblem.UNREADABLE, e.getMessage());
        }
    }

    private static Integer scan(JsonParser p) throws IOException, InvalidDocumentException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new InvalidDocumentException(ImportProblem.NO_DOCUMENT);
        }
        if (first != JsonToken.START_OBJECT) {
            throw InvalidDocumentException.at(Places.ROOT, ImportProblem.EXPECTED_OBJECT, root(p, first));
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
            throw Places.at(e.getLocation() != null ? e.getLocation() : p.currentLocation(),
                    ImportProblem.CONTENT_AFTER_END);
        }
        if (trailing != null) {
            throw Places.at(p.currentTokenLocation(), ImportProblem.CONTENT_AFTER_END);
        }
        return format;
    }

    /**
     * What the top level holds when it is not an object. The English wording stays the one the command line
     * has always printed (the token's own text, "[" or "null"); the kind says what it is.
     */
    private static ImportProblem.Found root(JsonParser p, JsonToken first) throws IOException {
        ImportProblem.Found.What what = switch (first) {
            case START_ARRAY -> ImportProblem.Found.What.ARRAY;
            case VALUE_STRING -> ImportProblem.Found.What.TEXT;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ImportProblem.Found.What.NUMBER;
            case VALUE_TRUE -> ImportProblem.Found.What.TRUE;
            case VALUE_FALSE -> ImportProblem.Found.What.FALSE;
            case VALUE_NULL -> ImportProblem.Found.What.NULL;
            default -> ImportProblem.Found.What.OTHER;
        };
        String value = first.isScalarValue() ? p.getText() : first.asString();
        value = value == null || value.length() <= 40 ? value : value.substring(0, 37) + "...";
        return new ImportProblem.Found(what, value, String.valueOf(first.asString()));
    }

    private InvalidDocumentException constraint(StreamConstraintsException e, JsonLocation fallback) {
        String msg = String.valueOf(e.getOriginalMessage());
        JsonLocation loc = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : fallback;
        if (loc != null && loc.getLineNr() <= 0) {
            loc = null;
        }
        if (msg.contains("nesting depth")) {
            return Places.at(loc, ImportProblem.TOO_DEEP, StrictJson.MAX_NESTING_DEPTH);
        }
        if (msg.contains("length") && msg.contains("Document")) {
            return Places.at(loc, ImportProblem.OVER_LIMIT, new ImportProblem.Bytes(maxBytes));
        }
        return Places.at(loc, ImportProblem.VALUE_TOO_LARGE);
    }

    private static InvalidDocumentException syntax(JsonProcessingException e) {
        return SyntaxProblems.of(e);
    }
}
