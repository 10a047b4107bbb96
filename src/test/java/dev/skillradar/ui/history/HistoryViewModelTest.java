package dev.skillradar.ui.history;

import static dev.skillradar.ui.common.TestChecks.tickUpTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.TrendPeriod;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Language;
import dev.skillradar.storage.Database;
import dev.skillradar.ui.common.Comparison;
import dev.skillradar.ui.common.FakeDialogs;
import dev.skillradar.ui.common.TestChecks;
import dev.skillradar.ui.common.TestSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The History screen's state without the toolkit: the trend, areas on demand, the timeline of ratings and ticks,
 * show on the radar, the hint on the self basis.
 */
class HistoryViewModelTest {
    @TempDir
    Path dir;
    TestSession t;
    FakeDialogs dialogs = new FakeDialogs();
    HistoryViewModel vm;
    final List<LocalDate> shownOnRadar = new ArrayList<>();

    private static void at(Path dir, String instant, String skill, int level) {
        try (Database db = Database.open(dir, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))) {
            Profile p = db.profiles().getOrCreateDefault("junior");
            db.ratings().setLevel(p.id(), skill, level, ChangeOrigin.CLI);
        }
    }

    @BeforeEach
    void open() {
        at(dir, "2026-01-10T08:00:00Z", "python", 2);
        at(dir, "2026-01-20T08:00:00Z", "sql", 3);
        at(dir, "2026-02-25T08:00:00Z", "python", 4);
        t = new TestSession(dir, Language.EN);
        vm = new HistoryViewModel(t.state, t.history, t.io, dialogs, ZoneOffset.UTC, shownOnRadar::add);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theTrendHasAPointPerMonthWithAChangeAndAreasOnDemand() {
        assertEquals(1, vm.specProperty().get().series().size());
        assertEquals(2, vm.specProperty().get().series().get(0).points().size(), "January and February");
        vm.periodProperty().set(TrendPeriod.DAY);
        assertEquals(3, vm.specProperty().get().series().get(0).points().size());
        List<Area> areas = t.state.roadmap().areas();
        for (Area a : areas.subList(0, 4)) {
            vm.toggleArea(a);
        }
        assertEquals(HistoryViewModel.MAX_AREAS, vm.areas().size(), "at most three areas beside the overall line");
        assertEquals(4, vm.specProperty().get().series().size());
        vm.toggleArea(areas.get(0));
        assertEquals(3, vm.specProperty().get().series().size());
        assertTrue(vm.summaryProperty().get().startsWith("Junior ML Engineer: readiness went from"),
                vm.summaryProperty().get());
    }

    @Test
    void theTimelineIsNewestFirstAndARatingHereAddsToIt() {
        assertEquals(List.of("Python", "SQL", "Python"), vm.timeline().stream().map(HistoryViewModel.Entry::skill).toList());
        assertEquals("2 → 4", vm.timeline().get(0).change());
        assertEquals("command line", vm.timeline().get(0).origin());
        t.autosave.setLevel("docker", 1);
        assertEquals("Docker", vm.timeline().get(0).skill());
        assertEquals("– → 1", vm.timeline().get(0).change());
        assertEquals("window", vm.timeline().get(0).origin());
    }

    @Test
    void choosingAnEntryShowsThatDayOnTheRadar() {
        HistoryViewModel.Entry january = vm.timeline().get(vm.timeline().size() - 1);
        vm.showOnRadar(january);
        assertEquals(new Comparison.AtDate(LocalDate.parse("2026-01-10")), t.state.comparisonProperty().get());
        assertEquals(List.of(LocalDate.parse("2026-01-10")), shownOnRadar);
    }

    @Test
    void entriesBeforeAReplacingImportAreGreyed() throws Exception {
        Path file = dir.resolveSibling(dir.getFileName() + "-export.json");
        new dev.skillradar.app.ProfileTransfer(t.db, t.state.roadmap(), t.clock).export(t.profileId(), file);
        var plan = new dev.skillradar.app.ProfileTransfer(t.db, t.state.roadmap(), t.clock).plan(file, null);
        new dev.skillradar.app.ProfileTransfer(t.db, t.state.roadmap(), t.clock).run(plan, true);
        vm.reload(); // as showing the screen does
        vm.periodProperty().set(TrendPeriod.WEEK);
        List<HistoryViewModel.Entry> entries = vm.timeline();
        HistoryViewModel.Entry marker = entries.stream().filter(e -> e.skill().equals("All ratings replaced by an import"))
                .findFirst().orElseThrow();
        assertFalse(marker.counts());
        assertTrue(entries.get(entries.size() - 1).why().contains("no longer counts"), entries.get(entries.size() - 1).why());
        assertTrue(entries.get(0).counts(), "the imported entries are the timeline now");
    }

    @Test
    void theTrendReplaysRatingsAndTicksOnTheBasisAndFollowsBoth() {
        t.session.readCalibration();
        vm.periodProperty().set(TrendPeriod.DAY);
        tickUpTo(t, "python", 1); // 1 March: python is rated 4, checked 1
        assertEquals(3, points().size(), "self: a tick is no point of its own");
        assertEquals("Scored on: your self-ratings", vm.scoredOnProperty().get());
        double selfNow = points().get(2).percent();

        t.session.setBasis(Basis.CHECKS, e -> { throw new AssertionError(e); });
        assertEquals("Scored on: the checks you ticked", vm.scoredOnProperty().get());
        assertEquals(1, points().size(), "checks: ratings are no points, the tick on 1 March is");
        double checkedThen = points().get(0).percent();
        assertTrue(checkedThen < selfNow, "checked 1 scores less than rated 4");

        t.clock.advance(Duration.ofDays(3));
        tickUpTo(t, "python", 3); // 4 March: checked 3
        assertEquals(2, points().size(), "a tick committed here is in the line at once");
        assertTrue(points().get(1).percent() > checkedThen);
        assertEquals(checkedThen, points().get(0).percent(), 1e-9, "1 March replayed as it was then");

        t.session.setBasis(Basis.LOWER, e -> { throw new AssertionError(e); });
        assertEquals(5, points().size(), "lower: the ratings' days and the ticks' days");
    }

    /** Ticks the skill's level-1 statements at {@code instant}, as the command line does (one transaction). */
    private static void tickLevel1(Path dir, String instant, String skill) {
        try (Database db = Database.open(dir, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))) {
            Profile p = db.profiles().getOrCreateDefault("junior");
            db.checks().tick(p.id(), TestChecks.ids(skill, 1), null, null, ChangeOrigin.CLI);
        }
    }

    /** As after an outside change: the session reads storage again, and the screen with it. */
    private void reread() {
        t.session.reload(() -> { }, e -> { throw new AssertionError(e); });
    }

    private static String statement(String id, Language language) {
        return TestSession.roadmap().checks().orElseThrow().statement(id).orElseThrow().text().get(language);
    }

    @Test
    void ticksAreRowsOfTheirOwnKindInTimeOrderWithTheRatings() {
        tickLevel1(dir, "2026-01-15T08:00:00Z", "python");
        reread();
        List<HistoryViewModel.Entry> rows = vm.timeline();
        List<String> level1 = TestChecks.ids("python", 1);
        assertEquals(List.of("Rating 25 Feb 2026", "Rating 20 Jan 2026", "Tick 15 Jan 2026", "Tick 15 Jan 2026",
                        "Tick 15 Jan 2026", "Rating 10 Jan 2026"),
                rows.stream().map(e -> e.kindText() + " " + e.when().substring(0, e.when().indexOf(','))).toList());
        HistoryViewModel.Entry last = rows.get(2);
        assertEquals(HistoryViewModel.Kind.TICK, last.kind());
        assertEquals("Python", last.skill());
        String text = statement(level1.get(level1.size() - 1), Language.EN);
        assertEquals("Checks: 0 → 1", last.change(), "the tick that completes level 1 says the check-based level it moved");
        assertEquals("Ticked (level 1): “" + text + "”", last.statementInFull());
        assertEquals("Ticked (level 1): “" + TimelineRows.shorten(text, TimelineRows.STATEMENT_SHOWN) + "”",
                last.statement());
        assertTrue(last.statement().length() < last.statementInFull().length(), "a long statement is shortened: " + text);
        assertEquals(last.statementInFull(), last.tooltip(), "the tooltip has it whole");
        assertEquals("command line", last.origin());
        assertTrue(last.counts());
        assertEquals("Ticked (level 1): “" + statement(level1.get(0), Language.EN) + "”", rows.get(4).statementInFull());
        assertEquals("", rows.get(4).change(), "a tick that moves no level says none");
        assertTrue(last.accessibleText().startsWith("Tick, 15 Jan 2026, 08:00, Python, Checks: 0 → 1, Ticked (level 1): “" + text),
                last.accessibleText());
        assertTrue(rows.get(0).accessibleText().startsWith("Rating, 25 Feb 2026"), rows.get(0).accessibleText());

        t.autosave.untick("python", level1.get(0)); // 1 March, in the window
        HistoryViewModel.Entry untick = vm.timeline().get(0);
        assertEquals("Unticked (level 1): “" + statement(level1.get(0), Language.EN) + "”", untick.statementInFull());
        assertEquals("Checks: 1 → 0", untick.change());
        assertEquals("window", untick.origin());
    }

    @Test
    void atTheSameInstantTheTickIsTheNewerRowAsTheReplayAppliesItLast() {
        tickLevel1(dir, "2026-02-25T08:00:00Z", "sql"); // the instant python was rated 4
        reread();
        List<HistoryViewModel.Kind> kinds = vm.timeline().stream().map(HistoryViewModel.Entry::kind).toList();
        assertEquals(List.of(HistoryViewModel.Kind.TICK, HistoryViewModel.Kind.TICK, HistoryViewModel.Kind.RATING),
                kinds.subList(0, 3));
    }

    @Test
    void tickRowsAreWordedInGerman() {
        tickLevel1(dir, "2026-01-15T08:00:00Z", "python");
        reread();
        t.messages.languageProperty().set(Language.DE);
        HistoryViewModel.Entry last = vm.timeline().get(2);
        List<String> level1 = TestChecks.ids("python", 1);
        assertEquals("Häkchen", last.kindText());
        assertEquals("Einschätzung", vm.timeline().get(0).kindText());
        assertEquals("Abgehakt (Stufe 1): „" + statement(level1.get(level1.size() - 1), Language.DE) + "“",
                last.statementInFull());
        assertEquals("Selbstcheck: 0 → 1", last.change());
        assertEquals("Kommandozeile", last.origin());
        t.autosave.untick("python", level1.get(0));
        assertTrue(vm.timeline().get(0).statementInFull().startsWith("Häkchen entfernt (Stufe 1): „"),
                vm.timeline().get(0).statementInFull());
    }

    @Test
    void aTickRowShowsItsDayOnTheRadar() {
        tickLevel1(dir, "2026-01-15T08:00:00Z", "python");
        reread();
        HistoryViewModel.Entry tick = vm.timeline().get(2);
        vm.showOnRadar(tick);
        assertEquals(new Comparison.AtDate(LocalDate.parse("2026-01-15")), t.state.comparisonProperty().get());
        assertEquals(List.of(LocalDate.parse("2026-01-15")), shownOnRadar);
    }

    @Test
    void editingATicksNoteAddsNoRow() {
        String id = TestChecks.ids("python", 1).get(0);
        t.autosave.tick("python", id);
        int rows = vm.timeline().size();
        t.autosave.setTickNote("python", id, "course notebook on GitHub");
        assertEquals(2, t.history.tickChanges(t.profileId()).size(), "the edit is in the tick history");
        assertEquals(rows, vm.timeline().size(), "but not in the table");
    }

    @Test
    void onTheSelfBasisTheHintSaysTicksDoNotChangeTheScore() {
        assertEquals("", vm.basisHintProperty().get(), "no ticks, no hint");
        t.session.readCalibration();
        t.autosave.tick("python", TestChecks.ids("python", 1).get(0));
        assertEquals("Scored on your self-ratings: ticks are listed here but do not change the score.",
                vm.basisHintProperty().get());
        t.session.setBasis(Basis.LOWER, e -> { throw new AssertionError(e); });
        assertEquals("", vm.basisHintProperty().get(), "on the lower of the two a tick changes the score");
        t.session.setBasis(Basis.SELF, e -> { throw new AssertionError(e); });
        t.messages.languageProperty().set(Language.DE);
        assertEquals("Bewertungsgrundlage ist Ihre Selbsteinschätzung: Häkchen stehen hier im Verlauf, ändern die "
                + "Bewertung aber nicht.", vm.basisHintProperty().get());
        assertTrue(vm.timeline().stream().filter(e -> e.kind() == HistoryViewModel.Kind.RATING)
                .allMatch(HistoryViewModel.Entry::counts), "the ratings' rows stay as they were");
    }

    @Test
    void onTheChecksBasisTheHintSaysRatingChangesDoNotChangeTheScore() {
        assertTrue(vm.timeline().stream().anyMatch(e -> e.kind() == HistoryViewModel.Kind.RATING), "the fixture has ratings");
        t.session.setBasis(Basis.CHECKS, e -> { throw new AssertionError(e); });
        assertEquals("Scored on the checks you ticked: rating changes are listed here but do not change the score.",
                vm.basisHintProperty().get());
        t.messages.languageProperty().set(Language.DE);
        assertEquals("Bewertungsgrundlage sind die abgehakten Aussagen des Selbstchecks: Einschätzungen stehen hier im "
                + "Verlauf, ändern die Bewertung aber nicht.", vm.basisHintProperty().get());
        t.session.setBasis(Basis.LOWER, e -> { throw new AssertionError(e); });
        assertEquals("", vm.basisHintProperty().get(), "on the lower of the two a rating changes the score");
    }

    @Test
    void longStatementsAreCutAtAWord() {
        assertEquals("short", TimelineRows.shorten("short", 10));
        assertEquals("I have a…", TimelineRows.shorten("I have a Dockerfile", 10));
        assertEquals("I have…", TimelineRows.shorten("I have written a Dockerfile", 10), "no half word");
        assertEquals("Dockerfil…", TimelineRows.shorten("Dockerfiles everywhere", 10), "a long first word is cut");
    }

    private List<dev.skillradar.chart.TrendPoint> points() {
        return vm.specProperty().get().series().get(0).points();
    }
}
