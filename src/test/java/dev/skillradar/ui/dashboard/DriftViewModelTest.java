package dev.skillradar.ui.dashboard;

import static dev.skillradar.ui.common.TestChecks.ids;
import static dev.skillradar.ui.common.TestChecks.tickUpTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Drift;
import dev.skillradar.assessment.DriftTrend;
import dev.skillradar.catalog.Language;
import dev.skillradar.chart.TrendSeries;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.common.TestChecks;
import dev.skillradar.ui.common.TestSession;
import dev.skillradar.ui.dashboard.DriftViewModel.Sign;
import dev.skillradar.ui.dashboard.DriftViewModel.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dashboard's drift card without the toolkit: the drift now as {@link Drift#of} has it, its trend, its states. */
class DriftViewModelTest {
    @TempDir
    Path dir;
    TestSession t;
    DriftViewModel vm;

    @BeforeEach
    void open() {
        t = new TestSession(dir, Language.EN);
        vm = new DriftViewModel(t.state, t.history, t.io, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Drift stored() {
        return t.history.drift(t.profileId());
    }

    private DriftViewModel.AreaRow area(String id) {
        return vm.areas().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withoutATickedStatementOnARatedSkillTheCardPointsToCheckYourself() {
        t.autosave.setLevel("python", 3);
        t.session.readCalibration();
        assertEquals(Status.NONE, vm.statusProperty().get());
        assertEquals("None yet: no rated skill has a ticked statement", vm.noneProperty().get());
        assertEquals("none", vm.overallProperty().get());
        assertEquals(t.state.roadmap().areas().size(), vm.areas().size());
        assertTrue(vm.areas().stream().allMatch(a -> a.value().equals("–") && a.sign() == Sign.NONE));

        tickUpTo(t, "sql", 1); // ticked, but not rated: it does not count
        assertEquals(Status.NONE, vm.statusProperty().get());
    }

    @Test
    void theDriftNowIsTheStoredDriftOverallAndPerAreaAndFollowsTicksLive() {
        t.session.readCalibration();
        t.autosave.setLevel("python", 4);
        t.autosave.setLevel("numpy", 2);
        t.autosave.setLevel("sql", 1);
        tickUpTo(t, "python", 2); // 4 − 2 = +2
        tickUpTo(t, "numpy", 2);  // 2 − 2 = 0
        tickUpTo(t, "sql", 3);    // 1 − 3 = −2
        assertEquals(Status.SHOWN, vm.statusProperty().get());
        Drift expected = stored();
        assertEquals(expected, vm.driftProperty().get(), "the card shows what Drift.of computes from storage");
        assertEquals(0.0, expected.overall(), 1e-9);
        assertEquals("0.00 levels", vm.overallProperty().get());
        assertEquals("as the checks show", vm.meaningProperty().get());
        assertEquals(Sign.EVEN, vm.overallSignProperty().get());
        assertEquals("over 3 rated skills with a ticked statement", vm.countedProperty().get());
        assertEquals("+1.00", area("python-data").value(), "(2 + 0) / 2");
        assertEquals(Sign.OVER, area("python-data").sign());
        assertEquals("2 skills", area("python-data").skills());
        assertEquals("Python & data tools: +1.00 levels, rated higher than the checks show, 2 skills",
                area("python-data").description());
        assertEquals("\u22122.00", area("sql").value());
        assertEquals(Sign.UNDER, area("sql").sign());

        t.autosave.untick("sql", ids("sql", 1).get(0)); // sql's check-based level drops to 0: 1 − 0 = +1
        assertEquals(stored(), vm.driftProperty().get());
        assertEquals("+1.00 levels", vm.overallProperty().get(), "(2 + 0 + 1) / 3");
        assertEquals("rated higher than the checks show", vm.meaningProperty().get());
    }

    @Test
    void whileTheStatementsAreUnreadTicksAreNotTakenForNoDrift() {
        t.session.readCalibration();
        t.autosave.setLevel("python", 4);
        tickUpTo(t, "python", 1);
        AppState fresh = new AppState(TestSession.roadmap(), t.messages);
        DriftViewModel card = new DriftViewModel(fresh, t.history, t.io, ZoneOffset.UTC);
        ProfileSession session = new ProfileSession(t.db, fresh, t.io, t.clock);
        session.apply(ProfileSession.read(t.db, fresh.roadmap(), null, null, "junior")); // basis self: none read yet
        assertNull(fresh.checks());
        assertEquals(Status.READING, card.statusProperty().get());
        session.readCalibration(); // after the first frame
        assertEquals(Status.SHOWN, card.statusProperty().get());
        assertEquals("+3.00 levels", card.overallProperty().get());
    }

    @Test
    void theTrendIsReadOnlyOnceStartedAndFollowsStorage() {
        t.session.readCalibration();
        t.autosave.setLevel("python", 4);
        tickUpTo(t, "python", 1); // +3 in the first week
        assertNull(vm.trendSpecProperty().get(), "nothing is read before the first frame");
        vm.start();
        List<DriftTrend.Point> expected = DriftChart.withDrift(
                t.history.driftTrend(t.profileId(), DriftViewModel.PERIOD, ZoneOffset.UTC));
        assertEquals(expected, vm.points());
        assertEquals(1, vm.points().size());

        t.clock.advance(Duration.ofDays(14));
        tickUpTo(t, "python", 3); // two weeks later: +1
        assertEquals(2, vm.points().size(), "a tick committed is a new point");
        TrendSeries line = vm.trendSpecProperty().get().series().get(0);
        assertEquals("Overall drift", line.label());
        assertEquals(DriftChart.position(3, 5), line.points().get(0).percent(), 1e-9, "+3 needs the ±5 scale");
        assertEquals(DriftChart.position(1, 5), line.points().get(1).percent(), 1e-9);
        assertEquals("Overall drift went from +3.00 levels on 1 March 2026 to +1.00 levels on 15 March 2026",
                vm.trendSummaryProperty().get());
        assertEquals("15 March 2026: +1.00 levels, rated higher than the checks show", vm.describePoint(1));

        t.autosave.untick("python", ids("python", 3).get(0)); // an untick is in the trend too
        assertEquals(DriftChart.position(2, 5), vm.trendSpecProperty().get().series().get(0).points().get(1).percent(),
                1e-9);
    }

    @Test
    void theCardSpeaksGerman() {
        t.session.readCalibration();
        t.autosave.setLevel("python", 4);
        tickUpTo(t, "python", 2);
        vm.start();
        t.messages.languageProperty().set(Language.DE);
        assertEquals("+2,00 Stufen", vm.overallProperty().get());
        assertEquals("höher eingeschätzt, als der Selbstcheck zeigt", vm.meaningProperty().get());
        assertEquals("über 1 eingeschätzte Kompetenz mit abgehakter Aussage", vm.countedProperty().get());
        assertEquals("Abweichung insgesamt", vm.trendSpecProperty().get().series().get(0).label());
        assertEquals("Python & Datenwerkzeuge", area("python-data").name());
    }

    @Test
    void aFormat1RoadmapHasNoCard() {
        Messages messages = new Messages(Language.EN);
        AppState plain = new AppState(TestChecks.formatOne(), messages);
        new ProfileSession(t.db, plain, t.io, t.clock).apply(ProfileSession.read(t.db, plain.roadmap(), null, null, "junior"));
        DriftViewModel card = new DriftViewModel(plain, t.history, t.io, ZoneOffset.UTC);
        card.start();
        assertFalse(card.available());
        assertEquals(Status.NO_CHECKS, card.statusProperty().get());
        assertFalse(card.loadingProperty().get());
        assertTrue(card.points().isEmpty(), "no trend is read for a roadmap without statements");
    }

    @Test
    void gridlinesReadAsSignedLevelsAroundZero() {
        var texts = t.messages.texts();
        assertEquals("+2", DriftChart.gridline(100, 2, texts));
        assertEquals("+1", DriftChart.gridline(75, 2, texts));
        assertEquals("\u22122", DriftChart.gridline(0, 2, texts));
        assertEquals("0", DriftChart.gridline(50, 2, texts));
        assertEquals("+2.5", DriftChart.gridline(75, 5, texts));
        assertEquals("\u22120.5", DriftChart.gridline(25, 1, texts));
    }
}
