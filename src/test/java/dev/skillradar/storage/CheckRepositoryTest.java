package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.FAST;
import static dev.skillradar.storage.StorageTestSupport.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ticks with their notes and links, every tick and untick in the history, confirmations of ratings, the basis and
 * the re-confirmation period; validated like ratings, never on a comparison profile.
 */
class CheckRepositoryTest {
    @TempDir
    Path tmp;
    private MutableClock clock;
    private Database db;
    private long me;

    @BeforeEach
    void open() {
        clock = new MutableClock(T0);
        db = Database.open(tmp, clock, FAST);
        me = db.profiles().getOrCreateDefault("junior").id();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        db.close();
    }

    @Test
    void ticksAndUnticksAreKeptWithTheirNotesAndEveryOneIsInTheHistory() {
        List<Tick> ticked = db.checks().tick(me, List.of("docker-1-a", "docker-1-b"), "  my repo  ",
                "https://github.com/me/serve", ChangeOrigin.CLI);
        assertEquals(List.of(new Tick("docker-1-a", "my repo", "https://github.com/me/serve", T0),
                new Tick("docker-1-b", "my repo", "https://github.com/me/serve", T0)), ticked);
        clock.advance(Duration.ofMinutes(1));
        assertEquals(ticked.subList(0, 1), db.checks().tick(me, List.of("docker-1-a"), null, null, ChangeOrigin.APP),
                "ticking again with nothing new changes nothing");
        db.checks().tick(me, List.of("docker-1-a"), "", null, ChangeOrigin.APP); // blank clears the note
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, db.checks().untick(me, List.of("docker-1-b", "docker-2-a"), ChangeOrigin.CLI));

        assertEquals(Map.of("docker-1-a", new Tick("docker-1-a", null, "https://github.com/me/serve", T0)),
                db.checks().ticks(me), "the first tick's time stays when its note changes");
        List<TickChange> history = db.checks().history(me);
        Instant t1 = T0.plus(Duration.ofMinutes(1));
        Instant t2 = T0.plus(Duration.ofMinutes(2));
        assertEquals(List.of(
                new TickChange(history.get(0).seq(), "docker-1-a", true, "my repo", "https://github.com/me/serve", T0, ChangeOrigin.CLI),
                new TickChange(history.get(1).seq(), "docker-1-b", true, "my repo", "https://github.com/me/serve", T0, ChangeOrigin.CLI),
                new TickChange(history.get(2).seq(), "docker-1-a", true, null, "https://github.com/me/serve", t1, ChangeOrigin.APP),
                new TickChange(history.get(3).seq(), "docker-1-b", false, null, null, t2, ChangeOrigin.CLI)), history);
    }

    @Test
    void deletingAProfileDeletesItsTicksAndTheirHistory() {
        long other = db.profiles().create("Other", "junior").id();
        db.checks().tick(other, List.of("sql-1-a"), "note", null, ChangeOrigin.CLI);
        db.checks().tick(me, List.of("sql-1-a"), null, null, ChangeOrigin.CLI);
        db.profiles().delete(other);
        assertEquals(1L, (long) db.withConnection(c -> Sqlite.queryLong(c, "SELECT count(*) FROM check_tick")));
        assertEquals(1L, (long) db.withConnection(c -> Sqlite.queryLong(c, "SELECT count(*) FROM check_history")));
    }

    @Test
    void anyWellFormedIdIsKeptBecauseStorageKnowsNoCatalogue() {
        db.checks().tick(me, List.of("retired-statement"), null, null, ChangeOrigin.CLI);
        assertEquals(List.of("retired-statement"), List.copyOf(db.checks().ticks(me).keySet()));
    }

    @Test
    void notesAndLinksAreValidatedLikeThoseOfRatingsAndNothingIsWrittenThen() {
        StorageException tooLong = assertThrows(StorageException.class, () -> db.checks().tick(me, List.of("sql-1-a"),
                "x".repeat(Rating.MAX_NOTE_LENGTH + 1), null, ChangeOrigin.CLI));
        assertEquals(StorageException.Kind.INVALID, tooLong.kind());
        StorageException script = assertThrows(StorageException.class, () -> db.checks().tick(me, List.of("sql-1-a"),
                null, "javascript:alert(1)", ChangeOrigin.CLI));
        assertEquals(StorageException.Kind.INVALID, script.kind());
        assertEquals(StorageException.Kind.INVALID, assertThrows(StorageException.class,
                () -> db.checks().tick(me, List.of(), null, null, ChangeOrigin.CLI)).kind());
        assertEquals(StorageException.Kind.INVALID, assertThrows(StorageException.class,
                () -> db.checks().tick(me, List.of("sql-1-a"), null, null, ChangeOrigin.CONFIRM)).kind());
        db.checks().tick(me, List.of("sql-1-a"), "x".repeat(Rating.MAX_NOTE_LENGTH), "http://example.org", ChangeOrigin.CLI);
        assertEquals(1, db.checks().history(me).size(), "only the valid tick was written");
    }

    @Test
    void aComparisonProfileIsNeverTickedConfirmedOrGivenABasis() {
        long mentor = db.profiles().importComparison("Mentor", new ProfileSnapshot("m", "junior",
                List.of(new Rating("sql", 3, null, null, T0)), List.of(new RatingChange(1, "sql", null, 3, T0, ChangeOrigin.APP)))).id();
        for (Runnable write : List.<Runnable>of(
                () -> db.checks().tick(mentor, List.of("sql-1-a"), null, null, ChangeOrigin.CLI),
                () -> db.checks().untick(mentor, List.of("sql-1-a"), ChangeOrigin.CLI),
                () -> db.ratings().confirm(mentor, List.of("sql")),
                () -> db.profiles().setBasis(mentor, Basis.CHECKS))) {
            assertEquals(StorageException.Kind.INVALID, assertThrows(StorageException.class, write::run).kind());
        }
        assertEquals(1, db.ratings().history(mentor).size());
        assertEquals(Basis.SELF, db.profiles().basis(mentor));
    }

    @Test
    void aConfirmationIsAHistoryEntryWithTheSameOldAndNewLevelAndLeavesTheRatingAlone() {
        Rating python = db.ratings().rate(me, "python", 3, "note", null, ChangeOrigin.CLI);
        db.ratings().setLevel(me, "sql", 2, ChangeOrigin.APP);
        clock.advance(Duration.ofDays(200));
        List<RatingChange> confirmed = db.ratings().confirm(me, List.of("python", "sql"));
        Instant now = T0.plus(Duration.ofDays(200));
        List<RatingChange> history = db.ratings().history(me);
        assertEquals(confirmed, history.subList(2, 4));
        assertEquals(new RatingChange(history.get(2).seq(), "python", 3, 3, now, ChangeOrigin.CONFIRM), history.get(2));
        assertEquals(new RatingChange(history.get(3).seq(), "sql", 2, 2, now, ChangeOrigin.CONFIRM), history.get(3));
        assertEquals(python, db.ratings().current(me).get("python"), "the rating and its time stay");
    }

    @Test
    void confirmingAnUnratedSkillConfirmsNothing() {
        db.ratings().setLevel(me, "python", 3, ChangeOrigin.APP);
        StorageException e = assertThrows(StorageException.class, () -> db.ratings().confirm(me, List.of("python", "sql")));
        assertEquals(StorageException.Kind.NOT_FOUND, e.kind());
        assertEquals(1, db.ratings().history(me).size(), "python was not confirmed either");
        assertEquals(StorageException.Kind.INVALID, assertThrows(StorageException.class,
                () -> db.ratings().setLevel(me, "python", 4, ChangeOrigin.CONFIRM)).kind(), "confirm is not a change");
    }

    @Test
    void aNoteEditWritesNoHistorySoItDoesNotConfirm() {
        db.ratings().setLevel(me, "python", 3, ChangeOrigin.APP);
        clock.advance(Duration.ofDays(250));
        db.ratings().setNote(me, "python", "still true");
        db.ratings().setEvidence(me, "python", "https://example.org/x");
        assertEquals(1, db.ratings().history(me).size());
    }

    @Test
    void theBasisAndTheReconfirmationPeriodAreStored() {
        assertEquals(Basis.SELF, db.profiles().basis(me));
        db.profiles().setBasis(me, Basis.CHECKS);
        assertEquals(Basis.CHECKS, db.profiles().basis(me));
        assertEquals(6, db.settings().confirmMonths());
        db.settings().setConfirmMonths(24);
        assertEquals(24, db.settings().confirmMonths());
        db.settings().setConfirmMonths(1);
        assertEquals(1, db.settings().confirmMonths());
        for (int bad : new int[] {0, 25}) {
            assertEquals(StorageException.Kind.INVALID, assertThrows(StorageException.class,
                    () -> db.settings().setConfirmMonths(bad)).kind());
        }
        db.settings().put(SettingsRepository.CONFIRM_MONTHS_KEY, "soon");
        assertEquals(6, db.settings().confirmMonths(), "a value that is no period reads as the default");
    }

    @Test
    void importWithReplaceStartsTheTicksAnewAndTakesTheFilesBasis() {
        db.checks().tick(me, List.of("sql-1-a", "sql-1-b"), null, null, ChangeOrigin.CLI);
        db.ratings().setLevel(me, "sql", 1, ChangeOrigin.CLI);
        Instant old = T0.minus(Duration.ofDays(30));
        ProfileSnapshot file = new ProfileSnapshot("default", "mid",
                List.of(new Rating("python", 2, null, null, old)),
                List.of(new RatingChange(1, "python", null, 2, old, ChangeOrigin.APP)),
                List.of(new Tick("python-1-a", "course", null, old), new Tick("python-1-b", null, null, old)),
                List.of(new TickChange(1, "python-1-a", true, "course", null, old, ChangeOrigin.APP)), Basis.LOWER);
        assertEquals(StorageException.Kind.CONFLICT, assertThrows(StorageException.class,
                () -> db.profiles().importSnapshot("default", file, false)).kind());
        clock.advance(Duration.ofHours(1));
        db.profiles().importSnapshot("default", file, true);
        assertEquals(List.of("python-1-a", "python-1-b"), List.copyOf(db.checks().ticks(me).keySet()));
        assertEquals(Basis.LOWER, db.profiles().basis(me));
        List<TickChange> history = db.checks().history(me);
        assertEquals(ChangeOrigin.IMPORT_REPLACE, history.get(2).origin(), "the marker after the two earlier ticks");
        assertEquals(new TickChange(history.get(4).seq(), "python-1-b", true, null, null, T0.plus(Duration.ofHours(1)),
                ChangeOrigin.IMPORT), history.get(4), "a tick the file's history does not explain gets an import entry");
        assertEquals(java.util.Set.of("python-1-a", "python-1-b"),
                dev.skillradar.assessment.TickReplay.of(history).finalState(), "the history ends at the ticks");
        assertTrue(db.integrityCheck().equals("ok"));
    }

    @Test
    void aProfileWithOnlyTicksIsNotImportedOverWithoutReplace() {
        db.checks().tick(me, List.of("sql-1-a"), null, null, ChangeOrigin.CLI);
        ProfileSnapshot file = new ProfileSnapshot("default", "junior", List.of(), List.of());
        assertEquals(StorageException.Kind.CONFLICT, assertThrows(StorageException.class,
                () -> db.profiles().importSnapshot("default", file, false)).kind());
    }
}
