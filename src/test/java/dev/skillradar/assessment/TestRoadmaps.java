package dev.skillradar.assessment;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import java.io.InputStream;

/** A small hand-made catalogue whose numbers are easy to check by hand (see test-roadmap.json). */
final class TestRoadmaps {
    private TestRoadmaps() {
    }

    static Roadmap small() {
        try (InputStream in = TestRoadmaps.class.getResourceAsStream("test-roadmap.json")) {
            return new CatalogLoader().load(in, "test-roadmap.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
