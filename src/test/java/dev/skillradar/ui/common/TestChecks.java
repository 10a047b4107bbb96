package dev.skillradar.ui.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.catalog.Roadmap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Ticking the built-in catalogue's statements through the window's autosave, and the same catalogue without any. */
public final class TestChecks {
    private TestChecks() {
    }

    /** The ids of the skill's statements at one level. */
    public static List<String> ids(String skill, int level) {
        return TestSession.roadmap().checks().orElseThrow().of(skill, level).stream().map(CheckStatement::id).toList();
    }

    /** Ticks every statement of levels 1..{@code upTo} of the skill, as "Check yourself" does: its check-based level. */
    public static void tickUpTo(TestSession t, String skill, int upTo) {
        for (int level = 1; level <= upTo; level++) {
            ids(skill, level).forEach(id -> t.autosave.tick(skill, id));
        }
    }

    /** The built-in catalogue as a format-1 file ({@code --roadmap}): no check statements at all. */
    public static Roadmap formatOne() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUILT_IN)) {
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(in);
            tree.put("format", 1).remove("checks");
            return new CatalogLoader().load(new ByteArrayInputStream(tree.toString().getBytes(StandardCharsets.UTF_8)),
                    "format-1.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
