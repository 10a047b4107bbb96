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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        JsonFactory factory = factory(maxDocumentChars);
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /**
     * The parser side of {@link #mapper}: duplicate keys are errors, nesting depth and document size are bounded.
     * Enough for {@link #readTree(JsonFactory, InputStream)}, which needs no mapper.
     */
    public static JsonFactory factory(long maxDocumentChars) {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxDocumentLength(maxDocumentChars)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxDocumentChars))
                        .build())
                .build();
    }

    /**
     * Reads one whole JSON document as a tree, rejecting anything after it, straight from the parser rather than
     * through an {@code ObjectMapper}: the catalogue is read this way at every window start, on the way to the
     * first frame, where setting up a mapper and its node deserializer is most of the work on a cold JVM (README,
     * Start-up). The tree is the one a mapper's {@code readTree} makes: ints as the smallest integer node that holds
     * them, other numbers as doubles.
     */
    public static JsonNode readTree(JsonFactory factory, InputStream in) throws IOException {
        try (JsonParser parser = factory.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxProblem("the file is empty", 1, 1);
            }
            JsonNode node = value(parser, first);
            rejectTrailing(parser);
            return node;
        }
    }

    /** The value starting at token {@code t}; nesting is bounded by the factory (the parser fails first). */
    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String name = p.currentName();
                    object.set(name, value(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    array.add(value(p, v));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonSyntaxProblem("unexpected " + t, p.currentTokenLocation().getLineNr(),
                    p.currentTokenLocation().getColumnNr());
        }
    }

    /** Nothing but white space may follow the document. */
    private static void rejectTrailing(JsonParser parser) throws IOException {
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
