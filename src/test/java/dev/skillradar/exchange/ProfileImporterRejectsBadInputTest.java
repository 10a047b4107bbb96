package dev.skillradar.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.storage.ReliabilityFigures;
import dev.skillradar.storage.ReliabilityFigures.Category;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad profile file is refused with a message naming the problem and the place. */
@ExtendWith(ReliabilityFigures.class)
class ProfileImporterRejectsBadInputTest {
    static final String VALID = """
            {
              "format": 1,
              "app": "skillradar",
              "appVersion": "0.1.0",
              "roadmapId": "mini-roadmap",
              "exportedAt": "2026-01-31T12:00:00Z",
              "profile": {"name": "default", "targetRole": "junior"},
              "ratings": [
                {"skill": "python", "level": 3, "note": "ok", "evidence": "https://example.org/x", "updatedAt": "2026-01-30T10:00:00Z"},
                {"skill": "sql", "level": 2, "note": null, "evidence": null, "updatedAt": "2026-01-30T10:00:00Z"}
              ],
              "history": [
                {"seq": 1, "at": "2026-01-30T09:00:00Z", "skill": "python", "oldLevel": null, "newLevel": 3, "origin": "cli"},
                {"seq": 2, "at": "2026-01-30T10:00:00Z", "skill": "sql", "oldLevel": null, "newLevel": 2, "origin": "app"}
              ]
            }
            """;
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final ProfileImporter importer = new ProfileImporter(TestRoadmaps.mini());

    @Test
    void theBaseDocumentIsValid() throws Exception {
        var snapshot = importer.read(VALID.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, snapshot.ratings().size());
        assertEquals(2, snapshot.history().size());
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                // size and syntax: line and column
                bad("empty file", "", "", "the file is empty"),
                bad("only whitespace", "  \n ", "", "no JSON document"),
                bad("not an object", "[1, 2]", "/", "expected an object"),
                bad("malformed", VALID.replace("\"format\": 1,", "\"format\": 1,,"), "line 2, column 15", "malformed JSON"),
                bad("truncated", VALID.substring(0, VALID.length() - 10), "line 14", "malformed JSON"),
                bad("trailing document", VALID + " {}", "line 17, column 2", "unexpected content after the end"),
                bad("trailing garbage", VALID + "}", "line 17, column 1", "unexpected content after the end"),
                bad("duplicate key", VALID.replace("\"app\": \"skillradar\",", "\"app\": \"skillradar\", \"app\": \"x\","),
                        "line 3", "duplicate key 'app'"),
                bad("duplicate key deep", VALID.replace("\"level\": 3,", "\"level\": 3, \"level\": 3,"), "line 9", "duplicate key 'level'"),
                bad("very deep nesting", VALID.replace("\"app\": \"skillradar\",",
                        "\"app\": \"skillradar\", \"x\": " + "[".repeat(40) + "]".repeat(40) + ","), "line 3", "nested deeper than 32"),
                bad("invalid UTF-8", "{\"format\": 1, \"app\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1), "line 1", "malformed JSON"),
                // format version first, even when the rest would be unknown
                bad("newer format", mutate(d -> d.put("format", 3).put("newField", true)), "/format", "format version 3 is not supported (this version of SkillRadar reads format 2)"),
                bad("format zero", mutate(d -> d.put("format", 0)), "/format", "format version 0 is not supported"),
                // schema: types, nulls, unknown and missing fields
                bad("format as text", mutate(d -> d.put("format", "1")), "/format", "expected a whole number, found the text \"1\""),
                bad("null level", mutate(d -> rating(d, 0).putNull("level")), "/ratings/0/level", "expected a whole number, found null"),
                bad("level as text", mutate(d -> rating(d, 0).put("level", "3")), "/ratings/0/level", "expected a whole number, found the text"),
                bad("level as fraction", mutate(d -> rating(d, 1).put("level", 2.5)), "/ratings/1/level", "expected a whole number, found the number 2.5"),
                bad("level beyond int", mutate(d -> rating(d, 1).put("level", 99_999_999_999L)), "/ratings/1/level", "expected a whole number"),
                bad("name as boolean", mutate(d -> ((ObjectNode) d.get("profile")).put("name", true)), "/profile/name", "expected a text, found true"),
                bad("null role", mutate(d -> ((ObjectNode) d.get("profile")).putNull("targetRole")), "/profile/targetRole", "expected a text, found null"),
                bad("profile as array", mutate(d -> d.putArray("profile")), "/profile", "expected an object, found an array"),
                bad("ratings as object", mutate(d -> d.putObject("ratings")), "/ratings", "expected an array, found an object"),
                bad("rating as number", mutate(d -> ((ArrayNode) d.get("ratings")).add(7)), "/ratings/2", "expected an object, found the number 7"),
                bad("null history", mutate(d -> d.putNull("history")), "/history", "expected an array, found null"),
                bad("unknown top-level field", mutate(d -> d.put("extra", 1)), "/extra", "unknown field 'extra'"),
                bad("unknown rating field", mutate(d -> rating(d, 0).put("stars", 5)), "/ratings/0/stars", "unknown field 'stars'"),
                bad("unknown profile field", mutate(d -> ((ObjectNode) d.get("profile")).put("email", "a@b")), "/profile/email", "unknown field 'email'"),
                bad("missing history", mutate(d -> d.remove("history")), "/", "missing field 'history'"),
                bad("missing level", mutate(d -> rating(d, 1).remove("level")), "/ratings/1", "missing field 'level'"),
                bad("missing updatedAt", mutate(d -> rating(d, 0).remove("updatedAt")), "/ratings/0", "missing field 'updatedAt'"),
                bad("missing origin", mutate(d -> history(d, 1).remove("origin")), "/history/1", "missing field 'origin'"),
                // meaning
                bad("not ours", mutate(d -> d.put("app", "other-app")), "/app", "not a SkillRadar profile file"),
                bad("blank app version", mutate(d -> d.put("appVersion", " ")), "/appVersion", "expected a version"),
                bad("other roadmap", mutate(d -> d.put("roadmapId", "data-scientist")), "/roadmapId", "made for the roadmap 'data-scientist'"),
                bad("bad export time", mutate(d -> d.put("exportedAt", "yesterday")), "/exportedAt", "not an ISO-8601 time"),
                bad("blank profile name", mutate(d -> ((ObjectNode) d.get("profile")).put("name", "  ")), "/profile/name", "profile name"),
                bad("long profile name", mutate(d -> ((ObjectNode) d.get("profile")).put("name", "n".repeat(81))), "/profile/name", "1 to 80 characters"),
                bad("unknown role", mutate(d -> ((ObjectNode) d.get("profile")).put("targetRole", "cto")), "/profile/targetRole", "unknown role 'cto'"),
                bad("unknown skill", mutate(d -> rating(d, 0).put("skill", "pythn")), "/ratings/0/skill", "unknown skill 'pythn'"),
                bad("group id is no skill", mutate(d -> rating(d, 0).put("skill", "dl-framework")), "/ratings/0/skill", "unknown skill 'dl-framework'"),
                bad("level above 5", mutate(d -> rating(d, 0).put("level", 7)), "/ratings/0/level", "level 7 is outside 0 to 5"),
                bad("negative level", mutate(d -> rating(d, 1).put("level", -1)), "/ratings/1/level", "level -1 is outside 0 to 5"),
                bad("javascript link", mutate(d -> rating(d, 0).put("evidence", "javascript:alert(1)")), "/ratings/0/evidence", "only http:// and https://"),
                bad("file link", mutate(d -> rating(d, 0).put("evidence", "file:///etc/passwd")), "/ratings/0/evidence", "only http:// and https://"),
                bad("link without host", mutate(d -> rating(d, 0).put("evidence", "https:///x")), "/ratings/0/evidence", "no host"),
                bad("link with a space for a host", mutate(d -> rating(d, 0).put("evidence", "https:// x")), "/ratings/0/evidence", "not a valid web address"),
                bad("profile name with a line break", mutate(d -> ((ObjectNode) d.get("profile")).put("name", "a\nb")), "/profile/name", "no control characters"),
                bad("very long unknown skill", mutate(d -> rating(d, 0).put("skill", "x".repeat(5000))), "/ratings/0/skill", "unknown skill 'xxxxxxxxxx"),
                bad("note too long", mutate(d -> rating(d, 0).put("note", "x".repeat(4001))), "/ratings/0/note", "more than the 4000"),
                bad("skill rated twice", mutate(d -> rating(d, 1).put("skill", "python")), "/ratings/1/skill", "rated twice"),
                bad("bad rating time", mutate(d -> rating(d, 0).put("updatedAt", "2026-13-01T00:00:00Z")), "/ratings/0/updatedAt", "not an ISO-8601 time"),
                bad("history unknown skill", mutate(d -> history(d, 1).put("skill", "cobol")), "/history/1/skill", "unknown skill 'cobol'"),
                bad("history level above 5", mutate(d -> history(d, 0).put("newLevel", 6)), "/history/0/newLevel", "level 6 is outside"),
                bad("history old level", mutate(d -> history(d, 0).put("oldLevel", 9)), "/history/0/oldLevel", "level 9 is outside"),
                bad("history without new level", mutate(d -> history(d, 0).putNull("newLevel")), "/history/0/newLevel", "found null"),
                bad("history without skill", mutate(d -> history(d, 0).putNull("skill")), "/history/0/skill", "found null"),
                bad("history unknown origin", mutate(d -> history(d, 0).put("origin", "magic")), "/history/0/origin", "unknown origin 'magic'"),
                bad("history out of order", mutate(d -> history(d, 1).put("seq", 1)), "/history/1/seq", "must be positive and increase"),
                bad("history seq zero", mutate(d -> history(d, 0).put("seq", 0)), "/history/0/seq", "must be positive"),
                bad("replace marker with a skill", mutate(d -> history(d, 1).put("origin", "import-replace")), "/history/1",
                        "an import-replace entry has no skill"),
                bad("history bad time", mutate(d -> history(d, 1).put("at", "")), "/history/1/at", "not an ISO-8601 time"),
                // the history must end at the ratings, and nothing can be later than the export
                bad("history ends at another level", mutate(d -> history(d, 0).put("newLevel", 2)), "/history/0",
                        "the history leaves skill 'python' at level 2, but it is rated 3"),
                bad("history ends elsewhere in time order", mutate(d -> addHistory(d, 3, "2026-01-30T09:30:00Z", "python", 1)),
                        "/history/2", "the history leaves skill 'python' at level 1, but it is rated 3"),
                bad("rating without history", mutate(d -> ((ArrayNode) d.get("history")).remove(1)), "/history",
                        "skill 'sql' is rated 2, but the history does not rate it"),
                bad("ratings with an empty history", mutate(d -> d.putArray("history")), "/history",
                        "skill 'python' is rated 3, but the history does not rate it"),
                bad("history without rating", mutate(d -> ((ArrayNode) d.get("ratings")).remove(1)), "/history/1",
                        "the history leaves skill 'sql' at level 2, but the file has no rating for it"),
                bad("replaced after the last rating", mutate(d -> ((ArrayNode) d.get("history")).addObject().put("seq", 3)
                        .put("at", "2026-01-30T11:00:00Z").putNull("skill").putNull("oldLevel").putNull("newLevel")
                        .put("origin", "import-replace")), "/history", "skill 'python' is rated 3, but the history does not rate it"),
                bad("history after the export", mutate(d -> history(d, 1).put("at", "2026-02-01T00:00:00Z")), "/history/1/at",
                        "the time 2026-02-01T00:00:00Z is after the export time 2026-01-31T12:00:00Z"),
                bad("rating updated after the export", mutate(d -> rating(d, 0).put("updatedAt", "2026-01-31T12:00:00.001Z")),
                        "/ratings/0/updatedAt", "the time 2026-01-31T12:00:00.001Z is after the export time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    @ReliabilityFigures.Case(value = Category.BAD_INPUT, outcome = "refused with a message naming the problem and its place")
    void isRefusedWithTheProblemAndItsPlace(String name, byte[] document, String place, String fragment) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> importer.read(document));
        assertTrue(e.problem().contains(fragment), () -> "problem '" + e.problem() + "' should contain '" + fragment + "'");
        assertTrue(e.place().startsWith(place), () -> "place '" + e.place() + "' should start with '" + place + "'");
        assertTrue(e.getMessage().contains(fragment));
    }

    @Test
    void aHistoryWhoseTimeOrderEndsAtTheRatingsIsAcceptedWhateverItsSeqOrder() throws Exception {
        // seq 3 comes last, but it was made first: replayed in time order, python ends at 3 as rated.
        var snapshot = importer.read(mutate(d -> addHistory(d, 3, "2026-01-30T08:00:00Z", "python", 1)));
        assertEquals(3, snapshot.history().size());
    }

    @Test
    void aHistoryReplacedMidwayCountsFromItsLastReplacementAndTimesMayEqualTheExport() throws Exception {
        var snapshot = importer.read(mutate(d -> {
            ArrayNode h = (ArrayNode) d.get("history");
            h.insertObject(0).put("seq", 1).put("at", "2026-01-29T09:00:00Z").put("skill", "pytorch").putNull("oldLevel")
                    .put("newLevel", 4).put("origin", "app");
            h.insertObject(1).put("seq", 2).put("at", "2026-01-31T12:00:00Z").putNull("skill").putNull("oldLevel")
                    .putNull("newLevel").put("origin", "import-replace");
            history(d, 2).put("seq", 3);
            history(d, 3).put("seq", 4).put("at", "2026-01-31T12:00:00Z");
            rating(d, 1).put("updatedAt", "2026-01-31T12:00:00Z");
        }));
        assertEquals(4, snapshot.history().size(), "pytorch before the replacement needs no rating");
    }

    @Test
    void aDisagreementNamesTheEntryThatDecidedTheLevelAndBothLevels() {
        var e = assertThrows(InvalidDocumentException.class,
                () -> importer.read(mutate(d -> addHistory(d, 3, "2026-01-30T09:30:00Z", "python", 1))));
        assertEquals(ImportProblem.HISTORY_DISAGREES_WITH_RATING, e.kind());
        assertEquals("/history/2", e.pointer());
        assertEquals(java.util.List.of("python", 1, 3), e.args());
        var none = assertThrows(InvalidDocumentException.class, () -> importer.read(mutate(d -> d.putArray("history"))));
        assertEquals("/history", none.pointer());
        assertEquals(java.util.List.of("python", 3), none.args());
    }

    @Test
    void blankLinksAndNotesMeanNoneAndNamesAreTrimmedAsStorageDoes() throws Exception {
        var snapshot = importer.read(mutate(d -> {
            rating(d, 0).put("evidence", "  ").put("note", " \n ");
            ((ObjectNode) d.get("profile")).put("name", "  Anna  ");
        }));
        assertEquals(null, snapshot.ratings().get(0).evidence());
        assertEquals(null, snapshot.ratings().get(0).note());
        assertEquals("Anna", snapshot.name());
    }

    @Test
    void quotedValuesAreShortenedInMessages() {
        var e = assertThrows(InvalidDocumentException.class,
                () -> importer.read(mutate(d -> rating(d, 0).put("skill", "y".repeat(5000)))));
        assertTrue(e.getMessage().length() < 120, e.getMessage());
    }

    @Test
    void messagesPutThePlaceFirst() {
        var e = assertThrows(InvalidDocumentException.class,
                () -> importer.read(mutate(d -> rating(d, 0).put("level", 7))));
        assertEquals("at /ratings/0/level: level 7 is outside 0 to 5", e.getMessage());
        var top = assertThrows(InvalidDocumentException.class, () -> importer.read(mutate(d -> d.remove("app"))));
        assertEquals("at the top level: missing field 'app'", top.getMessage());
    }

    private static Arguments bad(String name, String document, String place, String fragment) {
        return bad(name, document.getBytes(StandardCharsets.UTF_8), place, fragment);
    }

    private static Arguments bad(String name, byte[] document, String place, String fragment) {
        return Arguments.of(name, document, place, fragment);
    }

    private static ObjectNode rating(ObjectNode doc, int i) {
        return (ObjectNode) doc.get("ratings").get(i);
    }

    private static ObjectNode history(ObjectNode doc, int i) {
        return (ObjectNode) doc.get("history").get(i);
    }

    private static void addHistory(ObjectNode doc, int seq, String at, String skill, int newLevel) {
        ((ArrayNode) doc.get("history")).addObject().put("seq", seq).put("at", at).put("skill", skill).putNull("oldLevel")
                .put("newLevel", newLevel).put("origin", "cli");
    }

    static byte[] mutate(Consumer<ObjectNode> change) {
        try {
            ObjectNode doc = (ObjectNode) PLAIN.readTree(VALID);
            change.accept(doc);
            return PLAIN.writeValueAsBytes(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
