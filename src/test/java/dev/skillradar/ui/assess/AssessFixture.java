package dev.skillradar.ui.assess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.DirectTaskExecutor;
import dev.skillradar.ui.common.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The built-in catalogue, an AppState, a fake writer and a recording link opener, wired like the shell does. */
final class AssessFixture {
    private static Roadmap roadmap;

    final AppState state;
    final FakeProgressWriter writer;
    final List<String> opened = new ArrayList<>();
    final List<ManualDebounce> debounces = new ArrayList<>();
    final AssessViewModel vm;

    private AssessFixture(boolean autoCommit, boolean manualDebounce) {
        this(builtIn(), autoCommit, manualDebounce);
    }

    private AssessFixture(Roadmap roadmap, boolean autoCommit, boolean manualDebounce) {
        state = new AppState(roadmap, new Messages(Language.EN));
        writer = new FakeProgressWriter(state, autoCommit);
        vm = manualDebounce
                ? new AssessViewModel(state, writer, new DirectTaskExecutor(), opened::add, () -> {
                    ManualDebounce d = new ManualDebounce();
                    debounces.add(d);
                    return d;
                })
                : new AssessViewModel(state, writer, new DirectTaskExecutor(), (LinkOpener) opened::add);
    }

    /** For ViewModel tests: nothing committed until the test says so, debounces flushed by hand. */
    static AssessFixture manual() {
        return new AssessFixture(false, true);
    }

    /** For screen tests: every write commits at once; a note's quiet moment comes when the test calls {@link #flushAll()}. */
    static AssessFixture live() {
        return new AssessFixture(true, true);
    }

    /** For looking at the screen ({@link AssessPreview}): writes commit at once, notes wait for the real 600 ms timer. */
    static AssessFixture preview() {
        return new AssessFixture(true, false);
    }

    /** As {@link #manual()} with the built-in catalogue as format 1 (no statements), as {@code --roadmap FILE} may give. */
    static AssessFixture formatOne() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUILT_IN)) {
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(in);
            tree.put("format", 1).remove("checks");
            Roadmap roadmap = new CatalogLoader().load(new ByteArrayInputStream(tree.toString().getBytes(StandardCharsets.UTF_8)), "f1.json");
            return new AssessFixture(roadmap, false, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in catalogue's statements in the state, as the session puts them there after the first frame. */
    AssessFixture withChecks() {
        state.checksProperty().set(builtIn().checks().orElseThrow());
        return this;
    }

    static synchronized Roadmap builtIn() {
        if (roadmap == null) {
            roadmap = new CatalogLoader().loadBuiltIn();
        }
        return roadmap;
    }

    SkillRowViewModel row(String id) {
        return vm.row(id).orElseThrow();
    }

    /** A rating already in storage (as after a reload), so notes and links can be typed. */
    void stored(String id, int level) {
        state.ratings().put(id, new Rating(id, level, null, null, Instant.EPOCH));
    }

    void flushAll() {
        debounces.forEach(ManualDebounce::flush);
    }
}
