package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.DirectTaskExecutor;
import dev.skillradar.ui.common.Messages;
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
        state = new AppState(builtIn(), new Messages(Language.EN));
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
