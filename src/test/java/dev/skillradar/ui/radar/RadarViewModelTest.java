package dev.skillradar.ui.radar;

import static dev.skillradar.ui.common.TestChecks.tickUpTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.app.RadarExport;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.Language;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.chart.Series;
import dev.skillradar.cli.CliMain;
import dev.skillradar.storage.Database;
import dev.skillradar.ui.common.Comparison;
import dev.skillradar.ui.common.FakeDialogs;
import dev.skillradar.ui.common.TestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Radar screen's state without the toolkit: axes, drill-down, comparisons, the table, Export PNG…. */
class RadarViewModelTest {
    private static final DejaVuMeasure MEASURE = DejaVuMeasure.load();

    @TempDir
    Path dir;
    @TempDir
    Path files;
    TestSession t;
    FakeDialogs dialogs = new FakeDialogs();
    RadarViewModel vm;

    @BeforeEach
    void open() {
        // January's ratings, written as the command line did then
        try (Database then = Database.open(dir, Clock.fixed(Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.UTC))) {
            Profile p = then.profiles().getOrCreateDefault("junior");
            then.ratings().setLevel(p.id(), "python", 2, ChangeOrigin.CLI);
        }
        t = new TestSession(dir, Language.EN);
        vm = new RadarViewModel(t.state, t.history, new RadarExport(MEASURE), t.io, dialogs, t.clock, ZoneOffset.UTC,
                () -> false);
        t.autosave.setLevel("python", 4);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Series series(String id) {
        return vm.specProperty().get().series().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void theAxesAreTheAreasInCatalogueOrderWithTheTableSortedByGap() {
        assertEquals(t.state.roadmap().areas().size(), vm.specProperty().get().axes().size());
        assertEquals("python-data", vm.specProperty().get().axes().get(0).id());
        assertEquals(1.0, series("current").values().get(0), 1e-9, "python 4 of four units: (4+0+0+0)/4");
        assertNull(series("current").values().get(1), "nothing of Mathematics rated: missing, not 0");
        assertNull(series("compare"));
        RadarViewModel.Row first = vm.table().get(0);
        assertEquals("python-data", first.id(), "the only area with a value comes first");
        assertTrue(vm.table().get(vm.table().size() - 1).missing(), "missing values last");
        assertTrue(vm.tableCaptionProperty().get().contains("not weighted"), vm.tableCaptionProperty().get());
        assertTrue(vm.descriptions().get(0).startsWith("Python & data tools — you 1.0 · target"), vm.descriptions().get(0));
    }

    @Test
    void drillingIntoAnAreaShowsItsSkillsAndBackShowsTheAreas() {
        vm.drillInto("cloud");
        assertTrue(vm.drilledInProperty().get());
        assertEquals(List.of("cloud-platform"), vm.specProperty().get().axes().stream().map(a -> a.id()).toList());
        assertEquals("ML cloud platform (at least one) — best of 3", vm.specProperty().get().axes().get(0).label());
        vm.drillInto("python"); // a skill: already drilled in, nothing happens
        assertEquals("cloud", vm.areaProperty().get());
        vm.back();
        assertFalse(vm.drilledInProperty().get());
        assertEquals(t.state.roadmap().areas().size(), vm.specProperty().get().axes().size());
    }

    @Test
    void aPastDateIsTheComparisonAndAFutureOneIsRefused() {
        vm.compareWithDate(LocalDate.parse("2026-02-01"));
        assertEquals(new Comparison.AtDate(LocalDate.parse("2026-02-01")), t.state.comparisonProperty().get());
        Series compare = series("compare");
        assertEquals("1 February 2026", compare.label());
        assertEquals(0.5, compare.values().get(0), 1e-9, "python was 2 then");
        assertEquals("Compared with 1 February 2026", vm.comparisonTextProperty().get());
        assertTrue(vm.descriptions().get(0).endsWith("· 1 February 2026 0.5"), vm.descriptions().get(0));

        vm.compareWithDate(LocalDate.parse("2026-03-02"));
        assertEquals("error", dialogs.last().kind());
        assertEquals(new Comparison.AtDate(LocalDate.parse("2026-02-01")), t.state.comparisonProperty().get());
        vm.compareWithNothing();
        assertNull(series("compare"));
    }

    @Test
    void anotherProfileIsComparedAndItsBigDifferencesAreThePointsToTalkAbout() {
        Profile mentor = t.db.profiles().create("Mentor", "junior");
        t.db.ratings().setLevel(mentor.id(), "python", 1, ChangeOrigin.CLI);
        t.db.ratings().setLevel(mentor.id(), "sql", 3, ChangeOrigin.CLI);
        vm.compareWithProfile(mentor);
        assertEquals("Mentor", series("compare").label());
        assertEquals(List.of("Python: you 4, Mentor 1"), vm.talkingPoints(), "sql is rated on one side only");
        assertEquals(List.of(mentor), vm.comparableProfiles(t.db.profiles().list()));
    }

    @Test
    void theWindowsPngIsTheCommandLinesPng() throws Exception {
        Path fromWindow = files.resolve("window.png");
        dialogs.fileAnswers.add(fromWindow);
        vm.exportPng();
        assertEquals("inform", dialogs.last().kind(), dialogs.shown::toString);
        Path fromCli = files.resolve("cli.png");
        int exit = CliMain.run(new String[] {"--data-dir", dir.toString(), "radar", fromCli.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), Map.of());
        assertEquals(0, exit);
        assertArrayEquals(Files.readAllBytes(fromCli), Files.readAllBytes(fromWindow));
    }

    @Test
    void theWordsFollowTheLanguage() {
        t.messages.languageProperty().set(Language.DE);
        assertEquals("Kompetenzprofil für Junior ML Engineer", vm.titleProperty().get());
        assertEquals("Sie", series("current").label());
    }

    @Test
    void youAreScoredOnTheProfilesBasis() {
        t.autosave.setLevel("python", 5);
        t.session.readCalibration();
        tickUpTo(t, "python", 2);
        assertEquals(5 / 4.0, series("current").values().get(0), 1e-9, "self: rated 5");
        assertEquals("Scored on: your self-ratings", vm.scoredOnProperty().get());
        t.session.setBasis(Basis.CHECKS, e -> { throw new AssertionError(e); });
        assertEquals(2 / 4.0, series("current").values().get(0), 1e-9, "checks: levels 1 and 2 ticked");
        assertEquals("Scored on: the checks you ticked", vm.scoredOnProperty().get());
        t.session.setBasis(Basis.LOWER, e -> { throw new AssertionError(e); });
        assertEquals(2 / 4.0, series("current").values().get(0), 1e-9, "the lower of 5 and 2");
        tickUpTo(t, "python", 3);
        assertEquals(3 / 4.0, series("current").values().get(0), 1e-9, "follows a tick");
    }

    @Test
    void aPastDateReplaysTheTicksOnTheBasis() {
        t.autosave.setLevel("python", 5);
        t.session.readCalibration();
        tickUpTo(t, "python", 1); // 1 March
        t.clock.advance(Duration.ofDays(40));
        tickUpTo(t, "python", 3); // 10 April
        t.session.setBasis(Basis.CHECKS, e -> { throw new AssertionError(e); });
        vm.compareWithDate(LocalDate.parse("2026-03-15"));
        assertEquals(3 / 4.0, series("current").values().get(0), 1e-9);
        assertEquals(1 / 4.0, series("compare").values().get(0), 1e-9, "on 15 March only level 1 was ticked");
        t.session.setBasis(Basis.SELF, e -> { throw new AssertionError(e); });
        assertEquals(5 / 4.0, series("compare").values().get(0), 1e-9, "the same date read again on self-ratings");
    }

    @Test
    void theWindowsPngIsTheCommandLinesPngOnABasisWithChecks() throws Exception {
        t.session.readCalibration();
        tickUpTo(t, "python", 2);
        t.session.setBasis(Basis.LOWER, e -> { throw new AssertionError(e); });
        Path fromWindow = files.resolve("window-lower.png");
        dialogs.fileAnswers.add(fromWindow);
        vm.exportPng();
        Path fromCli = files.resolve("cli-lower.png");
        int exit = CliMain.run(new String[] {"--data-dir", dir.toString(), "radar", fromCli.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), Map.of());
        assertEquals(0, exit);
        assertArrayEquals(Files.readAllBytes(fromCli), Files.readAllBytes(fromWindow));
    }
}
