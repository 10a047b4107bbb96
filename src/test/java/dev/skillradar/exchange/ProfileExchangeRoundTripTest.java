package dev.skillradar.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.catalog.Roadmap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileExchangeRoundTripTest {
    private static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
    private final Roadmap roadmap = TestRoadmaps.mini();
    private final ProfileExporter exporter = new ProfileExporter(roadmap.id(), "1.2.3", Clock.fixed(T0, ZoneOffset.UTC));
    private final ProfileImporter importer = new ProfileImporter(roadmap);

    static ProfileSnapshot sample() {
        return new ProfileSnapshot("Jürgen's profile", "senior",
                List.of(new Rating("python", 4, "Daily work, 5 yrs — “quotes” € ✓", "https://github.com/example/repo",
                                Instant.parse("2026-01-02T03:04:05.123456Z")),
                        new Rating("german", 2, null, null, T0),
                        new Rating("pytorch", 0, "line1\nline2\ttab", null, T0)),
                List.of(new RatingChange(1, "python", null, 2, T0.minusSeconds(100), ChangeOrigin.APP),
                        new RatingChange(2, "python", 2, 4, T0.minusSeconds(50), ChangeOrigin.CLI),
                        new RatingChange(5, null, null, null, T0.minusSeconds(40), ChangeOrigin.IMPORT_REPLACE),
                        new RatingChange(6, "python", null, 4, T0.minusSeconds(100), ChangeOrigin.IMPORT),
                        new RatingChange(7, "german", null, 2, T0, ChangeOrigin.IMPORT),
                        new RatingChange(9, "pytorch", 1, 0, T0, ChangeOrigin.RESTORE)));
    }

    @Test
    void exportThenImportGivesTheSameSnapshot() throws Exception {
        ProfileSnapshot original = sample();
        assertEquals(original, importer.read(exporter.export(original)));
    }

    @Test
    void aProfileWrittenWhileTheClockWasAheadStillImports() throws Exception {
        Instant ahead = T0.plusSeconds(3600); // rated while the clock was an hour ahead, exported after it was set right
        ProfileSnapshot s = new ProfileSnapshot("p", "senior", List.of(new Rating("python", 3, null, null, ahead)),
                List.of(new RatingChange(1, "python", null, 3, ahead, ChangeOrigin.APP)));
        byte[] bytes = exporter.export(s);
        assertEquals("2026-01-31T13:00:00Z", new ObjectMapper().readTree(bytes).get("exportedAt").textValue());
        assertEquals(s, importer.read(bytes));
    }

    @Test
    void exportWritesTheDocumentedFieldsInOrder() throws Exception {
        String json = new String(exporter.export(sample()), StandardCharsets.UTF_8);
        JsonNode doc = new ObjectMapper().readTree(json);
        assertEquals(List.of("format", "app", "appVersion", "roadmapId", "exportedAt", "profile", "basis", "ratings",
                "history", "ticks", "tickHistory"), fieldNames(doc));
        assertEquals(2, doc.get("format").intValue());
        assertEquals("self", doc.get("basis").textValue());
        assertEquals("skillradar", doc.get("app").textValue());
        assertEquals("1.2.3", doc.get("appVersion").textValue());
        assertEquals("mini-roadmap", doc.get("roadmapId").textValue());
        assertEquals("2026-01-31T12:00:00Z", doc.get("exportedAt").textValue());
        assertEquals(List.of("skill", "level", "note", "evidence", "updatedAt"), fieldNames(doc.get("ratings").get(0)));
        assertTrue(doc.get("ratings").get(1).get("note").isNull(), "absent note is written as null");
        assertEquals(List.of("seq", "at", "skill", "oldLevel", "newLevel", "origin"), fieldNames(doc.get("history").get(0)));
        assertEquals("import-replace", doc.get("history").get(2).get("origin").textValue());
        assertTrue(json.contains("Jürgen") && json.contains("€"), "non-ASCII is written as UTF-8, not escaped");
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        Files.write(file, exporter.export(sample()));
        assertEquals(sample(), importer.read(file));
    }

    @Test
    void aMissingFileIsReportedAsSuch(@TempDir Path dir) {
        var e = assertThrows(InvalidDocumentException.class, () -> importer.read(dir.resolve("nope.json")));
        assertEquals("no such file", e.getMessage());
        var d = assertThrows(InvalidDocumentException.class, () -> importer.read(dir));
        assertEquals("not a regular file", d.getMessage());
    }

    @Test
    void appVersionFallsBackToDevOutsideAJar() {
        assertEquals("dev", AppVersion.current());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
