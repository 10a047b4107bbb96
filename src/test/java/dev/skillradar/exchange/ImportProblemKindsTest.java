package dev.skillradar.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal carries a machine-readable kind, its arguments and its place (pointer or line and column),
 * so that a window can word it in its own language, while the English text stays the command line's.
 */
class ImportProblemKindsTest {
    /** The kind each bad document of {@link ProfileImporterRejectsBadInputTest} must be refused with. */
    private static final Map<String, ImportProblem> EXPECTED = Map.ofEntries(
            Map.entry("empty file", ImportProblem.EMPTY),
            Map.entry("only whitespace", ImportProblem.NO_DOCUMENT),
            Map.entry("not an object", ImportProblem.EXPECTED_OBJECT),
            Map.entry("malformed", ImportProblem.JSON_UNEXPECTED_CHARACTER),
            Map.entry("truncated", ImportProblem.JSON_TRUNCATED),
            Map.entry("trailing document", ImportProblem.CONTENT_AFTER_END),
            Map.entry("trailing garbage", ImportProblem.CONTENT_AFTER_END),
            Map.entry("duplicate key", ImportProblem.JSON_DUPLICATE_KEY),
            Map.entry("duplicate key deep", ImportProblem.JSON_DUPLICATE_KEY),
            Map.entry("very deep nesting", ImportProblem.TOO_DEEP),
            Map.entry("invalid UTF-8", ImportProblem.JSON_BAD_ENCODING),
            Map.entry("newer format", ImportProblem.UNSUPPORTED_FORMAT),
            Map.entry("format zero", ImportProblem.UNSUPPORTED_FORMAT),
            Map.entry("format as text", ImportProblem.EXPECTED_WHOLE_NUMBER),
            Map.entry("null level", ImportProblem.EXPECTED_WHOLE_NUMBER),
            Map.entry("level as text", ImportProblem.EXPECTED_WHOLE_NUMBER),
            Map.entry("level as fraction", ImportProblem.EXPECTED_WHOLE_NUMBER),
            Map.entry("level beyond int", ImportProblem.EXPECTED_WHOLE_NUMBER),
            Map.entry("name as boolean", ImportProblem.EXPECTED_TEXT),
            Map.entry("null role", ImportProblem.EXPECTED_TEXT),
            Map.entry("profile as array", ImportProblem.EXPECTED_OBJECT),
            Map.entry("ratings as object", ImportProblem.EXPECTED_ARRAY),
            Map.entry("rating as number", ImportProblem.EXPECTED_OBJECT),
            Map.entry("null history", ImportProblem.EXPECTED_ARRAY),
            Map.entry("unknown top-level field", ImportProblem.UNKNOWN_FIELD),
            Map.entry("unknown rating field", ImportProblem.UNKNOWN_FIELD),
            Map.entry("unknown profile field", ImportProblem.UNKNOWN_FIELD),
            Map.entry("missing history", ImportProblem.MISSING_FIELD),
            Map.entry("missing level", ImportProblem.MISSING_FIELD),
            Map.entry("missing updatedAt", ImportProblem.MISSING_FIELD),
            Map.entry("missing origin", ImportProblem.MISSING_FIELD),
            Map.entry("not ours", ImportProblem.NOT_SKILLRADAR),
            Map.entry("blank app version", ImportProblem.BAD_APP_VERSION),
            Map.entry("other roadmap", ImportProblem.OTHER_ROADMAP),
            Map.entry("bad export time", ImportProblem.BAD_TIME),
            Map.entry("blank profile name", ImportProblem.PROFILE_NAME_LENGTH),
            Map.entry("long profile name", ImportProblem.PROFILE_NAME_LENGTH),
            Map.entry("unknown role", ImportProblem.UNKNOWN_ROLE),
            Map.entry("unknown skill", ImportProblem.UNKNOWN_SKILL),
            Map.entry("group id is no skill", ImportProblem.UNKNOWN_SKILL),
            Map.entry("level above 5", ImportProblem.LEVEL_OUT_OF_RANGE),
            Map.entry("negative level", ImportProblem.LEVEL_OUT_OF_RANGE),
            Map.entry("javascript link", ImportProblem.LINK_NOT_WEB),
            Map.entry("file link", ImportProblem.LINK_NOT_WEB),
            Map.entry("link without host", ImportProblem.LINK_NO_HOST),
            Map.entry("link with a space for a host", ImportProblem.LINK_MALFORMED),
            Map.entry("profile name with a line break", ImportProblem.PROFILE_NAME_CONTROL),
            Map.entry("very long unknown skill", ImportProblem.UNKNOWN_SKILL),
            Map.entry("note too long", ImportProblem.NOTE_TOO_LONG),
            Map.entry("skill rated twice", ImportProblem.RATED_TWICE),
            Map.entry("bad rating time", ImportProblem.BAD_TIME),
            Map.entry("history unknown skill", ImportProblem.UNKNOWN_SKILL),
            Map.entry("history level above 5", ImportProblem.LEVEL_OUT_OF_RANGE),
            Map.entry("history old level", ImportProblem.LEVEL_OUT_OF_RANGE),
            Map.entry("history without new level", ImportProblem.NEW_LEVEL_MISSING),
            Map.entry("history without skill", ImportProblem.SKILL_MISSING),
            Map.entry("history unknown origin", ImportProblem.UNKNOWN_ORIGIN),
            Map.entry("history out of order", ImportProblem.SEQUENCE_NOT_INCREASING),
            Map.entry("history seq zero", ImportProblem.SEQUENCE_NOT_INCREASING),
            Map.entry("replace marker with a skill", ImportProblem.REPLACE_MARKER_WITH_DATA),
            Map.entry("history bad time", ImportProblem.BAD_TIME),
            Map.entry("history ends at another level", ImportProblem.HISTORY_DISAGREES_WITH_RATING),
            Map.entry("history ends elsewhere in time order", ImportProblem.HISTORY_DISAGREES_WITH_RATING),
            Map.entry("rating without history", ImportProblem.RATING_WITHOUT_HISTORY),
            Map.entry("ratings with an empty history", ImportProblem.RATING_WITHOUT_HISTORY),
            Map.entry("history without rating", ImportProblem.HISTORY_WITHOUT_RATING),
            Map.entry("replaced after the last rating", ImportProblem.RATING_WITHOUT_HISTORY),
            Map.entry("history after the export", ImportProblem.TIME_AFTER_EXPORT),
            Map.entry("rating updated after the export", ImportProblem.TIME_AFTER_EXPORT));

    private final ProfileImporter importer = new ProfileImporter(TestRoadmaps.mini());

    @Test
    void everyBadDocumentHasAnExpectedKind() {
        Set<String> names = ProfileImporterRejectsBadInputTest.badDocuments().map(a -> (String) a.get()[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EXPECTED.keySet()), names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.skillradar.exchange.ProfileImporterRejectsBadInputTest#badDocuments")
    void isRefusedWithItsKindAndAMachineReadablePlace(String name, byte[] document, String place, String fragment) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> importer.read(document));
        assertEquals(EXPECTED.get(name), e.kind(), name);
        assertEquals(e.problem(), e.kind().english(e.args()), "the English text is the kind's pattern");
        if (e.line() > 0) {
            assertNull(e.pointer());
            assertEquals("line " + e.line() + ", column " + e.column(), e.place());
        } else if (!e.place().isEmpty()) {
            assertEquals(e.place(), e.pointer());
        }
    }

    @Test
    void argumentsNameTheValuesAndPlaces() {
        var level = refusal(ProfileImporterRejectsBadInputTest.mutate(d -> rating(d, 0).put("level", 7)));
        assertEquals(List.of(7, 0, 5), level.args());
        assertEquals("/ratings/0/level", level.pointer());

        var skill = refusal(ProfileImporterRejectsBadInputTest.mutate(d -> rating(d, 0).put("skill", "pythn")));
        assertEquals(List.of("pythn"), skill.args());

        var found = refusal(ProfileImporterRejectsBadInputTest.mutate(d -> rating(d, 1).put("level", 2.5)));
        var what = (ImportProblem.Found) found.args().get(0);
        assertEquals(ImportProblem.Found.What.NUMBER, what.what());
        assertEquals("2.5", what.value());

        var truncated = refusal("{\"format\": 1,\n \"app\": \"sk".getBytes(StandardCharsets.UTF_8));
        assertEquals(ImportProblem.JSON_TRUNCATED, truncated.kind());
        assertEquals(2, truncated.line());
        assertNotNull(truncated.args().get(0), "Jackson's own words stay for the command line");

        var duplicate = refusal("{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8));
        assertEquals("a", duplicate.args().get(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": tru}        | JSON_UNKNOWN_WORD         | tru",
        "{\"a\": NaN}        | JSON_UNKNOWN_WORD         | NaN",
        "{a: 1}              | JSON_UNEXPECTED_CHARACTER | a",
        "{\"a\": [1}         | JSON_UNEXPECTED_CHARACTER | }",
        "{\"a\": 01}         | JSON_BAD_NUMBER           | ''",
        "{\"a\": \"\\q\"}    | JSON_BAD_ESCAPE           | q",
        "{\"a\": 1} x        | CONTENT_AFTER_END         | ''"})
    void syntaxErrorsAreClassified(String json, ImportProblem kind, String subject) {
        var e = refusal(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(kind, e.kind(), e::getMessage);
        assertEquals(1, e.line());
        if (!subject.isEmpty()) {
            assertEquals(subject, e.args().get(1));
        }
    }

    @Test
    void aLineBreakInsideATextIsAControlCharacterProblem() {
        var e = refusal("{\"a\": \"x\ny\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(ImportProblem.JSON_CONTROL_CHARACTER, e.kind());
    }

    @Test
    void fileProblemsHaveNoPlace(@TempDir Path dir) {
        var missing = assertThrows(InvalidDocumentException.class, () -> importer.read(dir.resolve("none.json")));
        assertEquals(ImportProblem.NO_SUCH_FILE, missing.kind());
        assertEquals("", missing.place());
        var folder = assertThrows(InvalidDocumentException.class, () -> importer.read(dir));
        assertEquals(ImportProblem.NOT_A_REGULAR_FILE, folder.kind());
        byte[] doc = ProfileImporterRejectsBadInputTest.VALID.getBytes(StandardCharsets.UTF_8);
        var large = assertThrows(InvalidDocumentException.class,
                () -> new ProfileImporter(TestRoadmaps.mini(), doc.length - 1).read(doc));
        assertEquals(ImportProblem.TOO_LARGE, large.kind());
        assertEquals(new ImportProblem.Bytes(doc.length), large.args().get(0));
    }

    @Test
    void aValueThatLooksLikeAnArgumentIsNotReplaced() {
        var e = refusal(ProfileImporterRejectsBadInputTest.mutate(d -> ((ObjectNode) d.get("profile")).put("targetRole", "{1}")));
        assertEquals("unknown role '{1}' (known: junior, senior)", e.problem());
    }

    @Test
    void theTopLevelKeepsItsFormerEnglishButSaysWhatItFound() {
        var e = refusal("[1, 2]".getBytes(StandardCharsets.UTF_8));
        assertEquals("at the top level: expected an object, found [", e.getMessage());
        assertEquals(ImportProblem.Found.What.ARRAY, ((ImportProblem.Found) e.args().get(0)).what());
        var number = refusal("5".getBytes(StandardCharsets.UTF_8));
        assertEquals(ImportProblem.Found.What.NUMBER, ((ImportProblem.Found) number.args().get(0)).what());
        assertEquals("5", ((ImportProblem.Found) number.args().get(0)).value());
    }

    @Test
    void keysAreCamelCase() {
        assertEquals("levelOutOfRange", ImportProblem.LEVEL_OUT_OF_RANGE.key());
        assertEquals("empty", ImportProblem.EMPTY.key());
        assertEquals("jsonUnknownWord", ImportProblem.JSON_UNKNOWN_WORD.key());
    }

    private InvalidDocumentException refusal(byte[] document) {
        return assertThrows(InvalidDocumentException.class, () -> importer.read(document));
    }

    private static ObjectNode rating(ObjectNode doc, int i) {
        return (ObjectNode) doc.get("ratings").get(i);
    }
}
