package dev.skillradar.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.catalog.Language;
import dev.skillradar.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state for "Check yourself": ticks autosaved and replayed, the basis, drift's inputs, re-confirmation. */
class CheckStateTest {
    @TempDir
    Path dir;
    TestSession t;
    CheckCatalogue checks;

    @BeforeEach
    void open() {
        t = new TestSession(dir, Language.EN);
        checks = TestSession.roadmap().checks().orElseThrow();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private List<String> ids(String skill, int level) {
        return checks.of(skill, level).stream().map(CheckStatement::id).toList();
    }

    private void tickLevels(String skill, int upTo) {
        for (int level = 1; level <= upTo; level++) {
            ids(skill, level).forEach(id -> t.autosave.tick(skill, id));
        }
    }

    @Test
    void theStatementsAreNotReadByALoadOnTheSelfBasisButAfterTheFirstFrame() {
        assertNull(t.state.checks(), "a load on the basis self does not need the statements");
        t.session.readCalibration();
        assertNotNull(t.state.checks());
    }

    @Test
    void ticksAreCommittedWithHistoryAndTheCheckBasedLevelIsCumulative() {
        t.session.readCalibration();
        tickLevels("python", 2);
        assertEquals(2, t.state.checkedLevel("python"));
        ids("python", 4).forEach(id -> t.autosave.tick("python", id)); // level 3 still open
        assertEquals(2, t.state.checkedLevel("python"));

        t.autosave.untick("python", ids("python", 1).get(0));
        assertEquals(0, t.state.checkedLevel("python"), "a gap at level 1 leaves nothing checked");
        assertEquals(t.state.ticks().keySet(), t.db.checks().ticks(t.profileId()).keySet());
        List<TickChange> history = t.db.checks().history(t.profileId());
        TickChange last = history.get(history.size() - 1);
        assertEquals(Boolean.FALSE, last.ticked());
        assertEquals(ChangeOrigin.APP, last.origin());
        assertEquals(SaveStatus.State.SAVED, t.autosave.statusProperty().get().state());
        assertEquals("python", t.autosave.statusProperty().get().skillId());
    }

    @Test
    void notesAndLinksGoOnTickedStatementsOnlyAndAFailedOneIsReverted() {
        String id = ids("docker", 1).get(0);
        t.autosave.setTickNote("docker", id, "not ticked yet");
        assertTrue(t.db.checks().ticks(t.profileId()).isEmpty(), "a note alone does not tick");

        t.autosave.tick("docker", id);
        t.autosave.setTickNote("docker", id, "Built the image for the demo");
        t.autosave.setTickEvidence("docker", id, " https://example.org/Dockerfile ");
        var stored = t.db.checks().ticks(t.profileId()).get(id);
        assertEquals("Built the image for the demo", stored.note());
        assertEquals("https://example.org/Dockerfile", stored.evidence());

        t.autosave.setTickEvidence("docker", id, "ftp://example.org/x"); // storage takes http(s) only
        assertEquals(SaveStatus.State.FAILED, t.autosave.statusProperty().get().state());
        assertEquals("https://example.org/Dockerfile", t.state.ticks().get(id).evidence(), "the shown link went back");
        assertEquals("https://example.org/Dockerfile", t.db.checks().ticks(t.profileId()).get(id).evidence());
        assertFalse(t.autosave.isPending(ProfileSession.TICK_PREFIX + id));
    }

    @Test
    void readinessScoresTheBasisAndTheBasisIsStored() {
        t.autosave.setLevel("python", 5);
        double self = t.state.readiness().overall();
        t.session.setBasis(Basis.CHECKS, e -> { throw new AssertionError(e); });
        assertEquals(Basis.CHECKS, t.state.basis());
        assertNotNull(t.state.checks(), "a basis with checks reads the statements first");
        assertTrue(t.state.readiness().overall() < self, "nothing ticked: python counts 0 on checks");
        tickLevels("python", 5);
        assertEquals(self, t.state.readiness().overall(), 1e-9);

        t.session.setBasis(Basis.LOWER, e -> { throw new AssertionError(e); });
        t.autosave.untick("python", ids("python", 3).get(0));
        assertEquals(2, t.state.scoredLevels().get("python"));
        assertEquals(Basis.LOWER, t.db.profiles().basis(t.profileId()));
    }

    @Test
    void aLoadOnABasisWithChecksHasTheStatementsBeforeItsFirstReadiness() {
        t.autosave.setLevel("python", 3);
        tickLevels("python", 1);
        t.db.profiles().setBasis(t.profileId(), Basis.CHECKS);
        AppState fresh = new AppState(TestSession.roadmap(), t.messages);
        new ProfileSession(t.db, fresh, t.io, t.clock).apply(ProfileSession.read(t.db, fresh.roadmap(), null, null, "junior"));
        assertNotNull(fresh.checks());
        assertEquals(Basis.CHECKS, fresh.basis());
        assertEquals(1, fresh.scoredLevels().get("python"));
    }

    @Test
    void ticksFromTheCommandLineArriveWithAReload() {
        String id = ids("sql", 1).get(0);
        try (Database cli = Database.open(dir, Clock.systemUTC())) {
            cli.checks().tick(t.profileId(), List.of(id), "from the shell", null, ChangeOrigin.CLI);
        }
        t.session.reload(() -> { }, e -> { throw new AssertionError(e); });
        assertEquals("from the shell", t.state.ticks().get(id).note());
    }

    @Test
    void anOldRatingIsDueAgainAndOneClickConfirmsItWithoutChangingTheLevel() {
        t.autosave.setLevel("python", 3);
        t.autosave.setLevel("sql", 2);
        t.session.readCalibration();
        assertTrue(t.state.stale().isEmpty());

        t.clock.advance(Duration.ofDays(200)); // past the default six months
        t.autosave.setNote("sql", "a note does not confirm");
        t.session.readCalibration();
        assertEquals(java.util.Set.of("python", "sql"), t.state.stale());

        t.autosave.confirm("python");
        assertFalse(t.state.stale().contains("python"));
        List<RatingChange> history = t.db.ratings().history(t.profileId());
        RatingChange last = history.get(history.size() - 1);
        assertEquals(ChangeOrigin.CONFIRM, last.origin());
        assertEquals(3, last.oldLevel());
        assertEquals(3, last.newLevel());
        assertEquals(3, t.state.ratings().get("python").level());

        t.autosave.setLevel("sql", 3); // a new level is a fresh rating
        assertTrue(t.state.stale().isEmpty());
        t.session.readCalibration();
        assertTrue(t.state.stale().isEmpty(), "storage agrees after a re-read");
    }
}
