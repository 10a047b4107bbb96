package dev.skillradar.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.skillradar.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain values with Jackson's streaming parser, under the same strict
 * rules as {@link StrictJson} (duplicate keys, content after the document, nesting depth and size are
 * errors, with the same messages): objects become {@link LinkedHashMap}s in document order, arrays
 * {@link List}s, whole numbers {@link Integer}, {@link Long} or {@link java.math.BigInteger}, other
 * numbers {@link Double}, and null {@link #NULL}. The catalogue needs no data binding, and the parser
 * alone starts far faster than an {@code ObjectMapper} (about a fifth of the classes).
 */
final class JsonTree {
    /** JSON's null (a {@link Map} cannot hold Java's null for "present but null"). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final String AFTER_END = "unexpected content after the end of the JSON document";

    private JsonTree() {
    }

    static JsonFactory factory(long maxDocumentChars) {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(StrictJson.MAX_NESTING_DEPTH)
                        .maxDocumentLength(maxDocumentChars)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxDocumentChars))
                        .build())
                .build();
    }

    /** The whole document; an empty input or anything after the document is a syntax problem. */
    static Object read(JsonFactory factory, InputStream in) throws IOException {
        try (JsonParser parser = factory.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new StrictJson.JsonSyntaxProblem("the file is empty", 1, 1);
            }
            Object root = value(parser);
            JsonToken next;
            try {
                next = parser.nextToken();
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new StrictJson.JsonSyntaxProblem(AFTER_END, loc.getLineNr(), loc.getColumnNr());
            }
            if (next != null) {
                JsonLocation loc = parser.currentTokenLocation();
                throw new StrictJson.JsonSyntaxProblem(AFTER_END, loc.getLineNr(), loc.getColumnNr());
            }
            return root;
        }
    }

    /** The value starting at the current token, without recursion (the parser bounds the depth). */
    private static Object value(JsonParser p) throws IOException {
        Deque<Object> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        JsonToken t = p.currentToken();
        while (true) {
            if (t == null) {
                JsonLocation loc = p.currentLocation();
                throw new StrictJson.JsonSyntaxProblem("unexpected end-of-input", loc.getLineNr(), loc.getColumnNr());
            }
            Object done;
            switch (t) {
                case START_OBJECT -> {
                    open.push(new LinkedHashMap<String, Object>());
                    t = p.nextToken();
                    continue;
                }
                case START_ARRAY -> {
                    open.push(new ArrayList<>());
                    t = p.nextToken();
                    continue;
                }
                case FIELD_NAME -> {
                    names.push(p.currentName());
                    t = p.nextToken();
                    continue;
                }
                case END_OBJECT, END_ARRAY -> done = open.pop();
                case VALUE_STRING -> done = p.getText();
                case VALUE_NUMBER_INT -> done = p.getNumberValue();
                case VALUE_NUMBER_FLOAT -> done = p.getDoubleValue();
                case VALUE_TRUE -> done = Boolean.TRUE;
                case VALUE_FALSE -> done = Boolean.FALSE;
                case VALUE_NULL -> done = NULL;
                default -> throw new StrictJson.JsonSyntaxProblem("unexpected " + t,
                        p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
            }
            if (open.isEmpty()) {
                return done;
            }
            add(open.peek(), names, done);
            t = p.nextToken();
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, Deque<String> names, Object value) {
        if (container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(names.pop(), value);
        } else {
            ((List<Object>) container).add(value);
        }
    }
}
