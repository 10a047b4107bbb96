package dev.skillradar.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.storage.ReliabilityFigures;
import dev.skillradar.storage.ReliabilityFigures.Category;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** The size limit: far above the largest real export, and enforced before a too-large file is read. */
@ExtendWith(ReliabilityFigures.class)
@Tag("slow")
class ProfileImporterSizeTest {

    @Test
    void theLargestRealisticExportImportsUnderTheLimit() throws Exception {
        Roadmap roadmap = new CatalogLoader().loadBuiltIn();
        ProfileSnapshot big = largestRealisticProfile(roadmap);
        byte[] bytes = new ProfileExporter(roadmap.id(), "0.1.0", Clock.systemUTC()).export(big);
        assertTrue(bytes.length < ExchangeFormat.MAX_DOCUMENT_BYTES / 2,
                () -> "export of " + bytes.length + " bytes should leave the limit at least twice the room");
        long start = System.nanoTime();
        ProfileSnapshot back = new ProfileImporter(roadmap).read(bytes);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(big, back);
        System.getLogger("test").log(System.Logger.Level.INFO, "largest export: " + bytes.length + " bytes, import " + took.toMillis() + " ms");
    }

    @Test
    @ReliabilityFigures.Case(value = Category.BAD_INPUT, outcome = "refused with a message naming the problem", label = "a 64 MiB + 1 byte file, refused before reading")
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ExchangeFormat.MAX_DOCUMENT_BYTES + 1); // sparse: costs no disk and must cost no memory
        }
        long start = System.nanoTime();
        var e = assertThrows(InvalidDocumentException.class, () -> new ProfileImporter(TestRoadmaps.mini()).read(file));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000, "refused without reading");
        assertEquals("the file is too large (64.0 MiB; the limit is 64 MiB)", e.getMessage());
    }

    @Test
    @ReliabilityFigures.Case(value = Category.BAD_INPUT, outcome = "refused with a message naming the problem", label = "a document over the limit in memory")
    void aDocumentOverTheLimitIsRefusedInMemoryToo() {
        byte[] doc = ProfileImporterRejectsBadInputTest.VALID.getBytes(StandardCharsets.UTF_8);
        var e = assertThrows(InvalidDocumentException.class,
                () -> new ProfileImporter(TestRoadmaps.mini(), doc.length - 1).read(doc));
        assertTrue(e.getMessage().startsWith("the file is too large"), e.getMessage());
    }

    /** Every skill rated with a 4000-character note and a long link, and 100,000 history rows. */
    static ProfileSnapshot largestRealisticProfile(Roadmap roadmap) {
        Instant t = Instant.parse("2026-01-01T00:00:00.123456789Z");
        String note = "Übung macht den Meister — “notes” with € and \"quotes\"\n".repeat(80).substring(0, 4000);
        String link = "https://example.org/" + "evidence/".repeat(200);
        List<Skill> skills = roadmap.skills();
        List<RatingChange> history = new ArrayList<>();
        Map<String, Integer> last = new HashMap<>();
        for (int i = 1; i <= 100_000; i++) {
            Skill s = skills.get(i % skills.size());
            history.add(new RatingChange(i, s.id(), i % 5, (i + 1) % 6, t.plusSeconds(i), ChangeOrigin.APP));
            last.put(s.id(), (i + 1) % 6);
        }
        // The ratings are where the history ends, as in every real export.
        List<Rating> ratings = skills.stream().map(s -> new Rating(s.id(), last.get(s.id()), note, link, t)).toList();
        return new ProfileSnapshot("a profile with a long history", "senior", ratings, history);
    }
}
