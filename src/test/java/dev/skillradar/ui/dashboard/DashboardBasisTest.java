package dev.skillradar.ui.dashboard;

import static dev.skillradar.ui.common.TestChecks.tickUpTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Basis;
import dev.skillradar.catalog.Language;
import dev.skillradar.chart.Series;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.FakeDialogs;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.common.TestChecks;
import dev.skillradar.ui.common.TestSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dashboard's scoring basis without the toolkit: chosen, stored, said, and what the numbers follow. */
class DashboardBasisTest {
    @TempDir
    Path dir;
    TestSession t;
    FakeDialogs dialogs = new FakeDialogs();
    DashboardViewModel vm;

    @BeforeEach
    void open() {
        t = new TestSession(dir, Language.EN);
        vm = new DashboardViewModel(t.state, t.session, dialogs, url -> { });
        t.autosave.setLevel("python", 5);
        t.session.readCalibration();
        tickUpTo(t, "python", 2);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private double pythonArea() {
        Series you = vm.radarSpecProperty().get().series().stream().filter(s -> s.id().equals("current")).findFirst()
                .orElseThrow();
        return you.values().get(0);
    }

    @Test
    void theThreeBasesAreOfferedInTheCoresWordsAndTheOneUsedIsSaid() {
        assertTrue(vm.basisSelectable());
        assertEquals(List.of(Basis.SELF, Basis.CHECKS, Basis.LOWER), vm.bases());
        assertEquals("Your self-ratings", vm.basisName(Basis.SELF));
        assertEquals("The lower of self-rating and checks", vm.basisName(Basis.LOWER));
        assertEquals("Scored on: your self-ratings", vm.scoredOnProperty().get());
        t.messages.languageProperty().set(Language.DE);
        assertEquals("Der niedrigere Wert aus Selbsteinschätzung und Selbstcheck", vm.basisName(Basis.LOWER));
        assertEquals("Bewertungsgrundlage: Ihre Selbsteinschätzung", vm.scoredOnProperty().get());
    }

    @Test
    void choosingABasisScoresOnItAtOnceAndStoresIt() {
        double self = vm.overallProperty().get();
        assertEquals(5 / 4.0, pythonArea(), 1e-9, "python 5 of the area's four skills");

        vm.basisChoiceProperty().set(Basis.LOWER);
        assertEquals(Basis.LOWER, t.state.basis());
        assertEquals(Basis.LOWER, t.db.profiles().basis(t.profileId()));
        assertEquals("Scored on: the lower of self-rating and checks", vm.scoredOnProperty().get());
        assertEquals(2 / 4.0, pythonArea(), 1e-9, "rated 5, checked 2: the lower is 2");
        assertTrue(vm.overallProperty().get() < self);

        vm.basisChoiceProperty().set(Basis.CHECKS);
        assertEquals(2 / 4.0, pythonArea(), 1e-9);
        assertEquals(Basis.CHECKS, t.db.profiles().basis(t.profileId()));
        tickUpTo(t, "python", 4);
        assertEquals(4 / 4.0, pythonArea(), 1e-9, "the numbers follow the ticks live");

        vm.basisChoiceProperty().set(Basis.SELF);
        assertEquals(self, vm.overallProperty().get(), 1e-9);
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void aBasisThatCannotBeSavedGoesBackAndTheUserIsTold() {
        t.db.profiles().delete(t.profileId());
        vm.basisChoiceProperty().set(Basis.CHECKS);
        assertEquals(Basis.SELF, t.state.basis());
        assertEquals(Basis.SELF, vm.basisChoiceProperty().get(), "the selector shows the basis in use again");
        assertEquals("error", dialogs.last().kind());
        assertEquals("The scoring basis was not saved", dialogs.last().title());
    }

    @Test
    void aFormat1RoadmapOffersNoBasisToChoose() {
        AppState plain = new AppState(TestChecks.formatOne(), new Messages(Language.EN));
        ProfileSession session = new ProfileSession(t.db, plain, t.io, t.clock);
        t.db.profiles().setBasis(t.profileId(), Basis.CHECKS); // stored for the built-in roadmap
        session.apply(ProfileSession.read(t.db, plain.roadmap(), null, null, "junior"));
        DashboardViewModel dashboard = new DashboardViewModel(plain, session, dialogs, url -> { });
        assertFalse(dashboard.basisSelectable());
        assertEquals(List.of(Basis.SELF), dashboard.bases());
        assertEquals("Scored on: your self-ratings", dashboard.scoredOnProperty().get());
        assertNotEquals(0.0, dashboard.overallProperty().get(), "python's rating counts: self-ratings are scored");
    }
}
