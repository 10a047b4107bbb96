package dev.skillradar.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * One strict Jackson setup for every JSON document the app reads (catalogue, profile files):
 * duplicate keys, trailing content and nulls for primitives are errors, and nesting depth and
 * document size are bounded. Jackson 2 accepts all of these by default.
 */
public final class StrictJson {
    /** Deeper than any document of ours (the catalogue nests five levels) yet far from stack trouble. */
    public static final int MAX_NESTING_DEPTH = 32;

    private StrictJson() {
    }

    public static ObjectMapper mapper(long maxDocumentChars) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxDocumentLength(maxDocumentChars)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxDocumentChars))
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /** Reads one whole JSON document as a tree, rejecting anything after it. */
    public static JsonNode readTree(ObjectMapper mapper, InputStream in) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            // Trailing content is checked here rather than by FAIL_ON_TRAILING_TOKENS, whose message names
            // Jackson classes and which misses trailing text that is not a valid token ("}", "x").
            JsonNode node = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new JsonSyntaxProblem("the file is empty", 1, 1);
            }
            JsonToken next;
            try {
                next = parser.nextToken();
            } catch (JsonProcessingException e) {
                var loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new JsonSyntaxProblem(AFTER_END, loc.getLineNr(), loc.getColumnNr());
            }
            if (next != null) {
                var loc = parser.currentTokenLocation();
                throw new JsonSyntaxProblem(AFTER_END, loc.getLineNr(), loc.getColumnNr());
            }
            return node;
        }
    }

    private static final String AFTER_END = "unexpected content after the end of the JSON document";

    /** A short human description of a Jackson parse failure, without the class names and source excerpts. */
    public static String describe(JsonProcessingException e) {
        String msg = Optional.ofNullable(e.getOriginalMessage()).orElse("malformed JSON");
        int cut = msg.indexOf("\n");
        if (cut > 0) {
            msg = msg.substring(0, cut);
        }
        if (msg.startsWith("Duplicate field")) {
            msg = "duplicate key " + msg.substring("Duplicate field".length()).trim();
        }
        var loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            return "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + msg;
        }
        return msg;
    }

    /** A syntax problem we detect ourselves, with its place. */
    public static final class JsonSyntaxProblem extends IOException {
        private static final long serialVersionUID = 1L;

        public JsonSyntaxProblem(String message, int line, int column) {
            super("line " + line + ", column " + column + ": " + message);
        }
    }
}
