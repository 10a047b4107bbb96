package dev.skillradar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.bench.BigRoadmapMeasures.Measure;
import dev.skillradar.bench.BigRoadmapMeasures.What;
import dev.skillradar.catalog.Roadmap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite's big-roadmap measures run on the generated data and measure what their rows name. */
@Tag("slow")
class BigRoadmapMeasuresTest {
    @TempDir
    Path dir;

    @Test
    void everyMeasureRunsTwiceOnFiveYearsOfHistoryAndSeesAllOfIt() throws IOException {
        GenerateBenchData.generate(dir);
        Roadmap roadmap = BigRoadmapMeasures.roadmap(dir);
        Map<What, String> made = new EnumMap<>(What.class);
        for (What what : What.values()) {
            try (Measure m = BigRoadmapMeasures.prepare(what, dir, roadmap)) {
                for (int i = 0; i < 2; i++) {
                    made.put(what, m.run());
                    m.afterRun();
                }
            }
        }
        assertEquals("1233 ratings, 1826 changes", made.get(What.OPEN));
        assertEquals("60 points", made.get(What.TREND), "one point per month of five years");
        assertEquals("198 axes, RadarLayout", made.get(What.RADAR), "200 skills, three of them one any-of group");
        assertTrue(made.get(What.REPORT).matches("\\d{2,} pages, \\d+ KiB"), made.get(What.REPORT));
        assertTrue(made.get(What.SCORE).startsWith("overall "), made.get(What.SCORE));
    }
}
