package dev.skillradar.exchange;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small test catalogue (6 skills, a group, an optional CEFR skill, roles junior and senior). */
final class TestRoadmaps {
    static final String MINI = "/dev/skillradar/exchange/mini-roadmap.json";

    private TestRoadmaps() {
    }

    static Roadmap mini() {
        try (InputStream in = TestRoadmaps.class.getResourceAsStream(MINI)) {
            return new CatalogLoader().load(in, "mini-roadmap.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
