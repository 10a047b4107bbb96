package dev.skillradar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark's catalogue loads like any other and has the promised size. */
class BigRoadmapTest {
    @Test
    void theGeneratedCatalogueIsValidWith2200SkillsIn21Areas() {
        Roadmap roadmap = new CatalogLoader().load(
                new ByteArrayInputStream(BigRoadmap.json().getBytes(StandardCharsets.UTF_8)), "bench-roadmap.json");
        assertEquals(2200, roadmap.skills().size());
        assertEquals(21, roadmap.areas().size());
        assertEquals(200, roadmap.skillsInArea("radar").size());
        assertEquals(21, roadmap.groups().size());
        assertEquals(3, roadmap.roles().size());
    }
}
