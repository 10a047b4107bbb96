package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.storage.StorageException.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSnapshotTest {
    private static final Instant EARLIER = Instant.parse("2025-12-01T10:00:00Z");

    @TempDir
    Path tmp;
    MutableClock clock;
    Database db;

    @BeforeEach
    void open() {
        clock = new MutableClock(T0);
        db = Database.open(tmp, clock);
        db.profiles().getOrCreateDefault("junior");
        clock.advance(Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A file whose history explains its ratings: python 1 -> 3, sql 2. */
    private static ProfileSnapshot exported() {
        return new ProfileSnapshot("Exported", "senior",
                List.of(new Rating("python", 3, "pandas", "https://example.org/nb", EARLIER.plusSeconds(60)),
                        new Rating("sql", 2, null, null, EARLIER.plusSeconds(30))),
                List.of(new RatingChange(7, "python", null, 1, EARLIER, ChangeOrigin.APP),
                        new RatingChange(8, "sql", null, 2, EARLIER.plusSeconds(30), ChangeOrigin.CLI),
                        new RatingChange(9, "python", 1, 3, EARLIER.plusSeconds(60), ChangeOrigin.APP)));
    }

    @Test
    void importIntoANewProfileCreatesItWithRatingsAndHistory() {
        Profile p = db.profiles().importSnapshot("Laptop", exported(), false);
        assertEquals("Laptop", p.name());
        assertEquals("senior", p.targetRoleId());
        assertEquals(p, db.profiles().find("laptop").orElseThrow());
        Map<String, Rating> ratings = db.ratings().current(p.id());
        assertEquals(exported().ratings().get(0), ratings.get("python"));
        assertEquals(exported().ratings().get(1), ratings.get("sql"));
        List<RatingChange> history = db.ratings().history(p.id());
        assertEquals(3, history.size(), "the file's history explains its ratings: nothing added");
        assertEquals(List.of(ChangeOrigin.APP, ChangeOrigin.CLI, ChangeOrigin.APP),
                history.stream().map(RatingChange::origin).toList());
        assertEquals(EARLIER, history.get(0).at());
    }

    @Test
    void importTakesABackupFirst() {
        db.profiles().importSnapshot("Laptop", exported(), false);
        assertTrue(db.backups().list().stream().anyMatch(b -> b.reason().equals("before-import")));
    }

    @Test
    void importIntoAnEmptyExistingProfileNeedsNoReplace() {
        Profile def = db.profiles().getOrCreateDefault("junior");
        Profile p = db.profiles().importSnapshot("default", exported(), false);
        assertEquals(def.id(), p.id());
        assertEquals("senior", db.profiles().find("default").orElseThrow().targetRoleId());
        assertEquals(2, db.ratings().current(def.id()).size());
    }

    @Test
    void importWithoutReplaceIntoAProfileWithRatingsIsRefusedAndChangesNothing() {
        Profile def = db.profiles().getOrCreateDefault("junior");
        db.ratings().setLevel(def.id(), "docker", 4, ChangeOrigin.APP);
        int backups = db.backups().list().size();

        StorageException e = assertThrows(StorageException.class,
                () -> db.profiles().importSnapshot("DEFAULT", exported(), false));

        assertEquals(Kind.CONFLICT, e.kind());
        assertEquals(List.of("profileHasRatings", "default"), e.args());
        assertEquals(List.of("docker"), List.copyOf(db.ratings().current(def.id()).keySet()));
        assertEquals(1, db.ratings().history(def.id()).size());
        assertEquals(backups, db.backups().list().size(), "no backup for an import that cannot start");
    }

    @Test
    void importWithReplaceMarksHistoryThenReplacesRatingsAndAppendsTheFilesHistory() {
        Profile def = db.profiles().getOrCreateDefault("junior");
        db.ratings().setLevel(def.id(), "docker", 4, ChangeOrigin.APP);
        db.ratings().setLevel(def.id(), "python", 5, ChangeOrigin.APP);
        long lastSeqBefore = db.ratings().history(def.id()).get(1).seq();

        db.profiles().importSnapshot("default", exported(), true);

        assertEquals(Map.of("python", exported().ratings().get(0), "sql", exported().ratings().get(1)),
                db.ratings().current(def.id()));
        List<RatingChange> history = db.ratings().history(def.id());
        assertEquals(6, history.size());
        assertEquals(List.of("docker", "python"), List.of(history.get(0).skillId(), history.get(1).skillId()));
        RatingChange marker = history.get(2);
        assertEquals(new RatingChange(marker.seq(), null, null, null, clock.instant(), ChangeOrigin.IMPORT_REPLACE),
                marker);
        assertTrue(marker.seq() > lastSeqBefore);
        assertEquals(List.of("python", "sql", "python"), history.subList(3, 6).stream().map(RatingChange::skillId).toList());
        assertTrue(history.get(3).seq() > marker.seq(), "renumbered after the marker, not the file's 7, 8, 9");
    }

    @Test
    void ratingsNotExplainedByTheFilesHistoryGetAnImportEntry() {
        ProfileSnapshot bare = new ProfileSnapshot("x", "junior",
                List.of(new Rating("python", 3, null, null, EARLIER)),
                List.of(new RatingChange(1, "python", null, 1, EARLIER, ChangeOrigin.APP)));
        Profile p = db.profiles().importSnapshot("Bare", bare, false);
        List<RatingChange> history = db.ratings().history(p.id());
        assertEquals(2, history.size());
        assertEquals(new RatingChange(history.get(1).seq(), "python", 1, 3, clock.instant(), ChangeOrigin.IMPORT),
                history.get(1));
    }

    @Test
    void theFilesHistoryIsReplayedInTimeOrderNotSeqOrderWhenRatingsAreExplained() {
        List<RatingChange> madeBackwards = List.of(new RatingChange(1, "python", null, 3, EARLIER.plusSeconds(60), ChangeOrigin.APP),
                new RatingChange(2, "python", null, 1, EARLIER, ChangeOrigin.APP));
        Profile three = db.profiles().importSnapshot("Three", new ProfileSnapshot("x", "junior",
                List.of(new Rating("python", 3, null, null, EARLIER.plusSeconds(60))), madeBackwards), false);
        assertEquals(2, db.ratings().history(three.id()).size(), "in time order the history ends at 3: nothing added");

        Profile one = db.profiles().importSnapshot("One", new ProfileSnapshot("x", "junior",
                List.of(new Rating("python", 1, null, null, EARLIER)), madeBackwards), false);
        List<RatingChange> history = db.ratings().history(one.id());
        assertEquals(new RatingChange(history.get(2).seq(), "python", 3, 1, clock.instant(), ChangeOrigin.IMPORT),
                history.get(2), "in time order it ends at 3, so the rating's 1 is recorded");
        assertEquals(java.util.Map.of("python", 1),
                dev.skillradar.assessment.HistoryReplay.ofAllSkills(history).finalState());
    }

    @Test
    void aFailureMidwayThroughAReplaceChangesNothing() {
        Profile def = db.profiles().getOrCreateDefault("junior");
        db.ratings().setLevel(def.id(), "docker", 4, ChangeOrigin.APP);
        db.ratings().setNote(def.id(), "docker", "compose");
        Map<String, Rating> ratingsBefore = db.ratings().current(def.id());
        List<RatingChange> historyBefore = db.ratings().history(def.id());
        ProfileSnapshot badThird = new ProfileSnapshot("x", "senior",
                List.of(new Rating("python", 3, null, null, EARLIER), new Rating("sql", 2, null, null, EARLIER),
                        new Rating("git", 2, null, "ftp://example.org/not-allowed", EARLIER)),
                exported().history());

        StorageException e = assertThrows(StorageException.class,
                () -> db.profiles().importSnapshot("default", badThird, true));

        assertEquals(Kind.INVALID, e.kind());
        assertEquals("evidence", e.args().get(0));
        assertEquals(ratingsBefore, db.ratings().current(def.id()));
        assertEquals(historyBefore, db.ratings().history(def.id()));
        assertEquals("junior", db.profiles().find("default").orElseThrow().targetRoleId());
    }

    @Test
    void aFailureMidwayThroughANewProfileLeavesNoProfile() {
        ProfileSnapshot badLevel = new ProfileSnapshot("x", "senior",
                List.of(new Rating("python", 3, null, null, EARLIER), new Rating("sql", 9, null, null, EARLIER)),
                List.of());
        assertThrows(StorageException.class, () -> db.profiles().importSnapshot("New", badLevel, false));
        assertTrue(db.profiles().find("New").isEmpty());
        assertEquals(1, db.profiles().list().size());
    }

    @Test
    void aSkillRatedTwiceInTheFileIsRefused() {
        ProfileSnapshot twice = new ProfileSnapshot("x", "senior",
                List.of(new Rating("python", 3, null, null, EARLIER), new Rating("python", 2, null, null, EARLIER)),
                List.of());
        StorageException e = assertThrows(StorageException.class, () -> db.profiles().importSnapshot("New", twice, false));
        assertEquals(Kind.INVALID, e.kind());
        assertTrue(db.profiles().find("New").isEmpty());
    }

    @Test
    void aComparisonIsKeptApartFromOnesOwnProfiles() {
        ProfileSnapshot mentor = new ProfileSnapshot("Anna", "mid", List.of(new Rating("python", 2, null, null, EARLIER)),
                List.of(new RatingChange(1, "python", null, 2, EARLIER, ChangeOrigin.APP)));
        Profile c = db.profiles().importComparison("Anna (anna.json)", mentor);
        assertTrue(c.comparison());
        assertEquals("mid", c.targetRoleId());
        assertEquals(2, db.ratings().current(c.id()).get("python").level());

        StorageException rate = assertThrows(StorageException.class,
                () -> db.ratings().setLevel(c.id(), "python", 5, ChangeOrigin.CLI));
        assertEquals(Kind.INVALID, rate.kind());
        assertThrows(StorageException.class, () -> db.profiles().setTargetRole(c.id(), "senior"));
        assertThrows(StorageException.class, () -> db.profiles().importSnapshot("Anna (anna.json)", mentor, true));
        assertEquals(2, db.ratings().current(c.id()).get("python").level(), "nothing was changed");

        Profile again = db.profiles().importComparison("anna (ANNA.json)", mentor);
        assertEquals(c.id(), again.id(), "the same file again replaces the comparison");
        assertEquals(1, db.ratings().history(c.id()).size(), "with a fresh timeline");
        Profile own = db.profiles().getOrCreateDefault("junior");
        assertTrue(!own.comparison(), "a comparison is never the profile used by default");
        StorageException clash = assertThrows(StorageException.class, () -> db.profiles().importComparison(own.name(), mentor));
        assertEquals(Kind.CONFLICT, clash.kind());
    }
}
