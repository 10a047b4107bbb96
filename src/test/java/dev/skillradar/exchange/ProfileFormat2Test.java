package dev.skillradar.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export format 2: the basis, the ticks and their history go out and come back unchanged, confirmations included;
 * a format-1 file still imports (no ticks, scored on self-ratings); a format-2 file is checked like the rest, each
 * problem with its kind and place; a tick on an id the catalogue lacks is kept, as storage keeps it.
 */
class ProfileFormat2Test {
    private static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ProfileExporter EXPORTER = new ProfileExporter(TestRoadmaps.mini().id(), "1.2.3", Clock.fixed(T0, ZoneOffset.UTC));
    private final ProfileImporter importer = new ProfileImporter(TestRoadmaps.mini());

    static ProfileSnapshot sample() {
        return new ProfileSnapshot("Anna", "junior",
                List.of(new Rating("python", 3, null, null, T0.minusSeconds(500))),
                List.of(new RatingChange(1, "python", null, 3, T0.minusSeconds(500), ChangeOrigin.CLI),
                        new RatingChange(2, "python", 3, 3, T0.minusSeconds(10), ChangeOrigin.CONFIRM)),
                List.of(new Tick("python-1-a", "course “Python 101” ✓", "https://example.org/cert", T0.minusSeconds(300)),
                        new Tick("retired-statement", null, null, T0.minusSeconds(200))),
                List.of(new TickChange(1, "python-2-a", true, null, null, T0.minusSeconds(400), ChangeOrigin.APP),
                        new TickChange(3, null, null, null, null, T0.minusSeconds(350), ChangeOrigin.IMPORT_REPLACE),
                        new TickChange(4, "python-1-a", true, "course “Python 101” ✓", "https://example.org/cert",
                                T0.minusSeconds(300), ChangeOrigin.CLI),
                        new TickChange(5, "python-1-b", true, null, null, T0.minusSeconds(250), ChangeOrigin.APP),
                        new TickChange(6, "python-1-b", false, null, null, T0.minusSeconds(240), ChangeOrigin.APP),
                        new TickChange(8, "retired-statement", true, null, null, T0.minusSeconds(200), ChangeOrigin.IMPORT)),
                Basis.LOWER);
    }

    @Test
    void exportThenImportGivesTheSameSnapshotWithBasisTicksAndTheirHistory() throws Exception {
        ProfileSnapshot original = sample();
        ProfileSnapshot back = importer.read(EXPORTER.export(original));
        assertEquals(original, back);
        assertEquals(Basis.LOWER, back.basis());
        assertTrue(back.ticks().stream().anyMatch(t -> t.checkId().equals("retired-statement")),
                "a tick on an id no catalogue has is kept");
    }

    @Test
    void theTicksAreWrittenAsDocumented() throws Exception {
        var doc = PLAIN.readTree(EXPORTER.export(sample()));
        assertEquals(2, doc.get("format").intValue());
        assertEquals("lower", doc.get("basis").textValue());
        assertEquals(List.of("check", "note", "evidence", "tickedAt"), names(doc.get("ticks").get(0)));
        assertEquals(List.of("seq", "at", "check", "ticked", "note", "evidence", "origin"), names(doc.get("tickHistory").get(0)));
        assertTrue(doc.get("tickHistory").get(1).get("check").isNull() && doc.get("tickHistory").get(1).get("ticked").isNull());
        assertEquals("confirm", doc.get("history").get(1).get("origin").textValue());
    }

    @Test
    void aFormat1FileStillImportsWithoutTicksScoredOnSelfRatings() throws Exception {
        ProfileSnapshot s = importer.read(ProfileImporterRejectsBadInputTest.VALID.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, s.ratings().size());
        assertEquals(List.of(), s.ticks());
        assertEquals(List.of(), s.tickHistory());
        assertEquals(Basis.SELF, s.basis());
    }

    @Test
    void aFormat1FileHasNoTicksField() {
        byte[] doc = ProfileImporterRejectsBadInputTest.mutate(d -> d.putArray("ticks"));
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> importer.read(doc));
        assertEquals(ImportProblem.UNKNOWN_FIELD, e.kind());
        assertEquals("/ticks", e.pointer());
    }

    private static byte[] v2(Consumer<ObjectNode> mutation) {
        try {
            ObjectNode d = (ObjectNode) PLAIN.readTree(EXPORTER.export(sample()));
            mutation.accept(d);
            return PLAIN.writeValueAsBytes(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tick(ObjectNode d, int i) {
        return (ObjectNode) d.get("ticks").get(i);
    }

    private static ObjectNode entry(ObjectNode d, int i) {
        return (ObjectNode) d.get("tickHistory").get(i);
    }

    static Stream<Arguments> badFormat2Documents() {
        return Stream.of(
                bad("missing basis", v2(d -> d.remove("basis")), ImportProblem.MISSING_FIELD, "/"),
                bad("missing ticks", v2(d -> d.remove("ticks")), ImportProblem.MISSING_FIELD, "/"),
                bad("missing tick history", v2(d -> d.remove("tickHistory")), ImportProblem.MISSING_FIELD, "/"),
                bad("unknown basis", v2(d -> d.put("basis", "mentor")), ImportProblem.UNKNOWN_BASIS, "/basis"),
                bad("ticks as object", v2(d -> d.putObject("ticks")), ImportProblem.EXPECTED_ARRAY, "/ticks"),
                bad("unknown tick field", v2(d -> tick(d, 0).put("level", 1)), ImportProblem.UNKNOWN_FIELD, "/ticks/0/level"),
                bad("tick without time", v2(d -> tick(d, 0).remove("tickedAt")), ImportProblem.MISSING_FIELD, "/ticks/0"),
                bad("malformed statement id", v2(d -> tick(d, 0).put("check", "Python 1a")), ImportProblem.BAD_CHECK_ID,
                        "/ticks/0/check"),
                bad("statement ticked twice", v2(d -> tick(d, 1).put("check", "python-1-a")), ImportProblem.TICKED_TWICE,
                        "/ticks/1/check"),
                bad("tick note too long", v2(d -> tick(d, 0).put("note", "x".repeat(4001))), ImportProblem.NOTE_TOO_LONG,
                        "/ticks/0/note"),
                bad("tick javascript link", v2(d -> tick(d, 0).put("evidence", "javascript:alert(1)")),
                        ImportProblem.LINK_NOT_WEB, "/ticks/0/evidence"),
                bad("tick after the export", v2(d -> tick(d, 0).put("tickedAt", "2026-02-01T00:00:00Z")),
                        ImportProblem.TIME_AFTER_EXPORT, "/ticks/0/tickedAt"),
                bad("ticked as text", v2(d -> entry(d, 0).put("ticked", "yes")), ImportProblem.EXPECTED_TRUE_OR_FALSE,
                        "/tickHistory/0/ticked"),
                bad("ticked null", v2(d -> entry(d, 0).putNull("ticked")), ImportProblem.EXPECTED_TRUE_OR_FALSE,
                        "/tickHistory/0/ticked"),
                bad("history without statement", v2(d -> entry(d, 0).putNull("check")), ImportProblem.EXPECTED_TEXT,
                        "/tickHistory/0/check"),
                bad("tick history out of order", v2(d -> entry(d, 2).put("seq", 2)), ImportProblem.SEQUENCE_NOT_INCREASING,
                        "/tickHistory/2/seq"),
                bad("confirm is no tick origin", v2(d -> entry(d, 0).put("origin", "confirm")), ImportProblem.UNKNOWN_ORIGIN,
                        "/tickHistory/0/origin"),
                bad("tick marker with a statement", v2(d -> entry(d, 1).put("check", "python-1-a")),
                        ImportProblem.TICK_MARKER_WITH_DATA, "/tickHistory/1"),
                bad("tick without history", v2(d -> ((ArrayNode) d.get("tickHistory")).remove(2)),
                        ImportProblem.TICK_WITHOUT_HISTORY, "/tickHistory"),
                bad("ticked only before the marker", v2(d -> ((ArrayNode) d.get("ticks")).addObject()
                        .put("check", "python-2-a").putNull("note").putNull("evidence").put("tickedAt", "2026-01-31T11:00:00Z")),
                        ImportProblem.TICK_WITHOUT_HISTORY, "/tickHistory"),
                bad("history ticks more than the file", v2(d -> ((ArrayNode) d.get("ticks")).remove(1)),
                        ImportProblem.TICK_HISTORY_WITHOUT_TICK, "/tickHistory/5"),
                bad("confirm changing the level", v2(d -> ((ObjectNode) d.get("history").get(1)).put("oldLevel", 2)),
                        ImportProblem.CONFIRM_CHANGES_LEVEL, "/history/1"),
                bad("tick history after the export", v2(d -> entry(d, 5).put("at", "2026-02-01T00:00:00Z")),
                        ImportProblem.TIME_AFTER_EXPORT, "/tickHistory/5/at"));
    }

    private static Arguments bad(String name, byte[] doc, ImportProblem kind, String place) {
        return Arguments.of(name, doc, kind, place);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFormat2Documents")
    void aBadFormat2DocumentIsRefusedWithItsKindAndPlace(String name, byte[] doc, ImportProblem kind, String place) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> importer.read(doc), name);
        assertEquals(kind, e.kind(), name + ": " + e.getMessage());
        assertEquals(place, e.pointer(), name + ": " + e.getMessage());
        assertEquals(e.problem(), e.kind().english(e.args()));
    }

    @Test
    void aNewerFormatIsRefusedBeforeItsFieldsAreLookedAt() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> importer.read(v2(d -> d.put("format", 3).put("badges", 1))));
        assertEquals(ImportProblem.UNSUPPORTED_FORMAT, e.kind());
        assertEquals("at /format: format version 3 is not supported (this version of SkillRadar reads format 2)",
                e.getMessage());
    }

    private static List<String> names(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
