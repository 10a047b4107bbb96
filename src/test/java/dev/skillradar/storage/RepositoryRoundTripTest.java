package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.storage.StorageException.Kind;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryRoundTripTest {
    @TempDir
    Path tmp;
    MutableClock clock;
    Database db;
    long me;

    @BeforeEach
    void open() {
        clock = new MutableClock(T0);
        db = Database.open(tmp, clock);
        me = db.profiles().getOrCreateDefault("junior").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void profilesRoundTripWithTrimmedUniqueNames() {
        Profile ana = db.profiles().create("  Ana  ", "senior");
        assertEquals("Ana", ana.name());
        db.profiles().create("Ärztin", "junior");
        assertEquals(List.of("Ana", "Ärztin", "default"), db.profiles().list().stream().map(Profile::name).toList());
        assertEquals(Optional.of(ana), db.profiles().find("ANA "));
        assertEquals("Ärztin", db.profiles().find("äRZTIN").orElseThrow().name(), "case-insensitive beyond ASCII");

        StorageException taken = assertThrows(StorageException.class, () -> db.profiles().create("ärztin", "x"));
        assertEquals(Kind.CONFLICT, taken.kind());
        assertEquals(List.of("profileName", "Ärztin"), taken.args());

        db.profiles().rename(ana.id(), "ANA"); // same profile, new case: allowed
        db.profiles().setTargetRole(ana.id(), "lead");
        assertEquals(new Profile(ana.id(), "ANA", "lead"), db.profiles().find("ana").orElseThrow());
        assertThrows(StorageException.class, () -> db.profiles().rename(ana.id(), "Default"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "line\nbreak", "bell\u0007", "sep\u2028arator"})
    void unacceptableProfileNamesAreRefused(String name) {
        StorageException e = assertThrows(StorageException.class, () -> db.profiles().create(name, "junior"));
        assertEquals(Kind.INVALID, e.kind());
        assertEquals("profileName", e.args().get(0));
    }

    @Test
    void profileNamesMayHaveEightyCharactersButNotMore() {
        assertEquals(80, db.profiles().create("n".repeat(80), "junior").name().length());
        assertEquals(Kind.INVALID, assertThrows(StorageException.class,
                () -> db.profiles().create("m".repeat(81), "junior")).kind());
    }

    @Test
    void unknownProfilesAreReportedAsNotFound() {
        for (Runnable action : List.<Runnable>of(() -> db.profiles().rename(999, "x"),
                () -> db.profiles().delete(999), () -> db.ratings().current(999),
                () -> db.ratings().setLevel(999, "python", 1, ChangeOrigin.APP), () -> db.profiles().snapshot(999))) {
            StorageException e = assertThrows(StorageException.class, action::run);
            assertEquals(Kind.NOT_FOUND, e.kind());
            assertEquals(List.of("profile", "999"), e.args());
        }
    }

    @Test
    void levelsRoundTripAndHistoryRecordsOnlyChanges() {
        Rating first = db.ratings().setLevel(me, "python", 2, ChangeOrigin.APP);
        assertEquals(new Rating("python", 2, null, null, T0), first);
        clock.advance(Duration.ofMinutes(1));
        db.ratings().setLevel(me, "python", 2, ChangeOrigin.CLI); // unchanged: no history
        clock.advance(Duration.ofMinutes(1));
        db.ratings().setLevel(me, "python", 4, ChangeOrigin.CLI);
        clock.advance(Duration.ofMinutes(1));
        db.ratings().setLevel(me, "docker", 0, ChangeOrigin.APP);

        assertEquals(4, db.ratings().current(me).get("python").level());
        assertEquals(T0.plusSeconds(120), db.ratings().current(me).get("python").updatedAt());
        List<RatingChange> history = db.ratings().history(me);
        assertEquals(3, history.size());
        assertEquals(new RatingChange(history.get(0).seq(), "python", null, 2, T0, ChangeOrigin.APP), history.get(0));
        assertEquals(new RatingChange(history.get(1).seq(), "python", 2, 4, T0.plusSeconds(120), ChangeOrigin.CLI),
                history.get(1));
        assertEquals("docker", history.get(2).skillId());
        assertTrue(history.get(0).seq() < history.get(1).seq() && history.get(1).seq() < history.get(2).seq());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6, 100})
    void levelsOutsideZeroToFiveAreRefused(int level) {
        StorageException e = assertThrows(StorageException.class,
                () -> db.ratings().setLevel(me, "python", level, ChangeOrigin.APP));
        assertEquals(Kind.INVALID, e.kind());
        assertEquals(List.of("level", String.valueOf(level)), e.args().subList(0, 2));
        assertTrue(db.ratings().current(me).isEmpty());
    }

    @Test
    void theSchemaItselfRefusesLevelsOutsideZeroToFive() {
        StorageException e = assertThrows(StorageException.class, () -> db.withConnection(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO rating (profile_id, skill_id, level, updated_at) VALUES ("
                        + me + ", 'x', 7, '2026-01-01T00:00:00Z')");
            }
        }));
        assertEquals(Kind.INVALID, e.kind());
    }

    @Test
    void notesAreStoredStrippedClearedWhenBlankAndLimitedInLength() {
        db.ratings().setLevel(me, "python", 3, ChangeOrigin.APP);
        clock.advance(Duration.ofSeconds(5));
        assertEquals("read the docs", db.ratings().setNote(me, "python", "  read the docs \n").note());
        assertEquals(T0.plusSeconds(5), db.ratings().current(me).get("python").updatedAt());
        String longest = "ü".repeat(Rating.MAX_NOTE_LENGTH);
        assertEquals(longest, db.ratings().setNote(me, "python", longest).note());
        StorageException e = assertThrows(StorageException.class,
                () -> db.ratings().setNote(me, "python", longest + "x"));
        assertEquals(Kind.INVALID, e.kind());
        assertEquals(longest, db.ratings().current(me).get("python").note());
        assertNull(db.ratings().setNote(me, "python", "   ").note());
        assertNull(db.ratings().current(me).get("python").note());
        assertEquals(1, db.ratings().history(me).size(), "notes do not add history");
    }

    @Test
    void notesAndLinksNeedARatingFirst() {
        StorageException e = assertThrows(StorageException.class, () -> db.ratings().setNote(me, "rust", "hi"));
        assertEquals(Kind.NOT_FOUND, e.kind());
        assertEquals(List.of("rating", String.valueOf(me), "rust"), e.args());
    }

    @Test
    void rateStoresLevelNoteAndLinkTogetherAndKeepsWhatIsNotGiven() {
        Rating first = db.ratings().rate(me, "python", 2, "Kurs", "https://example.org/p", ChangeOrigin.CLI);
        assertEquals("Kurs", first.note());
        Rating second = db.ratings().rate(me, "python", 3, null, null, ChangeOrigin.CLI);
        assertEquals("Kurs", second.note());
        assertEquals("https://example.org/p", second.evidence());
        Rating cleared = db.ratings().rate(me, "python", 3, " ", null, ChangeOrigin.CLI);
        assertNull(cleared.note());
        assertEquals(2, db.ratings().history(me).size(), "only the two level changes are history");
    }

    @Test
    void rateWithABadLinkChangesNothing() {
        db.ratings().rate(me, "python", 2, "alt", null, ChangeOrigin.CLI);
        assertThrows(StorageException.class,
                () -> db.ratings().rate(me, "python", 4, "neu", "ftp://example.org", ChangeOrigin.CLI));
        Rating stored = db.ratings().current(me).get("python");
        assertEquals(2, stored.level());
        assertEquals("alt", stored.note());
        assertEquals(1, db.ratings().history(me).size());
    }

    @Test
    void evidenceLinksMustBeHttpOrHttps() {
        db.ratings().setLevel(me, "python", 3, ChangeOrigin.APP);
        assertEquals("https://github.com/ana/project",
                db.ratings().setEvidence(me, "python", " https://github.com/ana/project ").evidence());
        for (String bad : List.of("ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd", "no link")) {
            StorageException e = assertThrows(StorageException.class, () -> db.ratings().setEvidence(me, "python", bad));
            assertEquals(Kind.INVALID, e.kind(), bad);
            assertEquals("evidence", e.args().get(0));
        }
        assertEquals("https://github.com/ana/project", db.ratings().current(me).get("python").evidence());
        assertEquals("http://example.org", db.ratings().setEvidence(me, "python", "http://example.org").evidence());
        assertNull(db.ratings().setEvidence(me, "python", null).evidence());
    }

    @Test
    void theImportMarkerIsNotARatingChange() {
        assertEquals(Kind.INVALID, assertThrows(StorageException.class,
                () -> db.ratings().setLevel(me, "python", 1, ChangeOrigin.IMPORT_REPLACE)).kind());
    }

    @Test
    void deletingAProfileRemovesItsRatingsAndHistory() throws SQLException {
        Profile other = db.profiles().create("Other", "junior");
        db.ratings().setLevel(other.id(), "python", 3, ChangeOrigin.APP);
        db.ratings().setLevel(me, "python", 1, ChangeOrigin.APP);
        db.profiles().delete(other.id());
        assertEquals(1L, (long) db.withConnection(c -> Sqlite.queryLong(c, "SELECT count(*) FROM rating")));
        assertEquals(1L, (long) db.withConnection(c -> Sqlite.queryLong(c, "SELECT count(*) FROM rating_history")));
    }

    @Test
    void settingsRoundTripAndCanBeRemoved() {
        assertTrue(db.settings().get("theme").isEmpty());
        db.settings().put("theme", "dark");
        db.settings().put("theme", "light");
        assertEquals(Optional.of("light"), db.settings().get("theme"));
        db.settings().put("theme", null);
        assertTrue(db.settings().get("theme").isEmpty());
        assertEquals(Kind.INVALID, assertThrows(StorageException.class, () -> db.settings().put(" ", "x")).kind());
    }

    @Test
    void snapshotHoldsRatingsAndFullHistory() {
        db.ratings().setLevel(me, "sql", 1, ChangeOrigin.APP);
        db.ratings().setLevel(me, "sql", 2, ChangeOrigin.APP);
        db.ratings().setNote(me, "sql", "joins");
        var snapshot = db.profiles().snapshot(me);
        assertEquals("default", snapshot.name());
        assertEquals("junior", snapshot.targetRoleId());
        assertEquals(List.of("sql"), snapshot.ratings().stream().map(Rating::skillId).toList());
        assertEquals("joins", snapshot.ratings().get(0).note());
        assertEquals(2, snapshot.history().size());
    }
}
