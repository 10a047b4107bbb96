package dev.skillradar.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link StrictJson#readTree(JsonFactory, InputStream)}: the tree a mapper would make, with the strict rules. */
class StrictJsonTest {
    private static final JsonFactory FACTORY = StrictJson.factory(1 << 20);
    private static final ObjectMapper MAPPER = StrictJson.mapper(1 << 20);

    private static JsonNode read(String text) throws IOException {
        return StrictJson.readTree(FACTORY, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ml-engineer-roadmap-2026.json", "ml-engineer-roadmap-2026.checks.json"})
    void theBuiltInFilesGiveTheMappersTree(String name) throws IOException {
        String path = "/dev/skillradar/catalog/" + name;
        JsonNode expected;
        try (InputStream in = Objects.requireNonNull(StrictJsonTest.class.getResourceAsStream(path))) {
            expected = MAPPER.readTree(in);
        }
        try (InputStream in = Objects.requireNonNull(StrictJsonTest.class.getResourceAsStream(path))) {
            assertEquals(expected, StrictJson.readTree(FACTORY, in));
        }
    }

    @Test
    void everyKindOfValueAsTheMapperReadsIt() throws IOException {
        // node types count: an IntNode is not equal to a LongNode of the same value
        String text = "{\"i\": 7, \"neg\": -2147483648, \"l\": 3000000000, \"big\": 123456789012345678901234567890,"
                + " \"d\": 1.5, \"e\": 2e3, \"t\": true, \"f\": false, \"n\": null, \"s\": \"\\u00e4\\n\","
                + " \"a\": [[], {}, [1, [2]]], \"o\": {\"x\": {\"y\": []}}}";
        assertEquals(MAPPER.readTree(text), read(text));
        assertEquals(MAPPER.readTree("[1, \"x\"]"), read("[1, \"x\"]"));
        assertEquals(MAPPER.readTree("42"), read(" 42 "));
    }

    @Test
    void duplicateKeysAreRejected() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> read("{\"a\": {\"b\": 1, \"b\": 2}}"));
        assertEquals("line 1, column 19: duplicate key 'b'", StrictJson.describe(e));
    }

    @Test
    void nestingBeyondTheLimitIsRejected() throws IOException {
        int limit = StrictJson.MAX_NESTING_DEPTH;
        read("[".repeat(limit) + "]".repeat(limit));
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> read("[".repeat(limit + 1) + "]".repeat(limit + 1)));
        assertTrue(StrictJson.describe(e).contains("nesting depth"), StrictJson.describe(e));
    }

    @Test
    void anEmptyDocumentAndTrailingContentAreRejected() {
        assertEquals("line 1, column 1: the file is empty",
                assertThrows(StrictJson.JsonSyntaxProblem.class, () -> read("  \n")).getMessage());
        assertEquals("line 2, column 1: unexpected content after the end of the JSON document",
                assertThrows(StrictJson.JsonSyntaxProblem.class, () -> read("{}\n}")).getMessage());
        assertEquals("line 1, column 4: unexpected content after the end of the JSON document",
                assertThrows(StrictJson.JsonSyntaxProblem.class, () -> read("{} []")).getMessage());
    }
}
