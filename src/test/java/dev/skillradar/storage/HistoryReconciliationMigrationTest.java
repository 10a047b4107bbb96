package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.T0;
import static dev.skillradar.storage.StorageTestSupport.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 2 on a database of today's schema (user_version 1) holding real data: the profiles, ratings,
 * notes and history stay as they were, and an {@code import} entry is appended exactly where a replay of a
 * profile's history does not end at its ratings.
 */
class HistoryReconciliationMigrationTest {
    private static final Database.Options VERSION_1 = new Database.Options(List.of(Schema.MIGRATIONS.get(0)), 300);
    private static final Database.Options CURRENT = new Database.Options(Schema.MIGRATIONS, 300);

    @TempDir
    Path tmp;

    @Test
    void aVersion1DatabaseKeepsItsDataAndGetsEntriesExactlyWhereItsHistoryEndsElsewhere() throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (Database db = Database.open(tmp, clock, VERSION_1)) {
            assertEquals(1, (long) db.withConnection(c -> Sqlite.queryLong(c, "PRAGMA user_version")));
        }
        Path file = tmp.resolve(DataDirectory.DATABASE_FILE);
        long anna = 1;
        long old = 2;
        // Everything as that version wrote it, in SQL of its schema (today's repositories know later columns).
        StorageTestSupport.execute(file,
                "INSERT INTO profile (id, name, target_role_id, created_at) VALUES (1, 'Anna', 'junior', '2026-03-02T09:00:00.000Z')",
                "INSERT INTO profile (id, name, target_role_id, created_at) VALUES (2, 'Old import', 'senior', '2026-03-02T09:10:00.000Z')",
                "INSERT INTO rating (profile_id, skill_id, level, note, evidence, updated_at) VALUES (1, 'python', 4, 'pandas',"
                        + " 'https://example.org/nb', '2026-03-02T09:10:00.000Z')",
                rating(anna, "sql", 2, "2026-03-02T09:05:00.000Z"),
                history(anna, "python", null, 3, "2026-03-02T09:00:00.000Z", "app"),
                history(anna, "sql", null, 2, "2026-03-02T09:05:00.000Z", "cli"),
                history(anna, "python", 3, 4, "2026-03-02T09:10:00.000Z", "app"));
        // What an import before the rule could leave behind (written directly, as that version did).
        StorageTestSupport.execute(file,
                history(old, "git", null, 4, "2025-11-01T08:00:00.000Z", "app"),       // replaced next
                "INSERT INTO rating_history (profile_id, skill_id, changed_at, origin)"
                        + " VALUES (" + old + ", NULL, '2025-11-01T08:10:00.000Z', 'import-replace')",
                rating(old, "git", 4, "2025-11-01T08:00:00.000Z"),                     // history only before the marker
                rating(old, "python", 1, "2025-11-01T09:00:00.000Z"),
                history(old, "python", null, 3, "2025-11-01T10:00:00.000Z", "app"),    // made last ...
                history(old, "python", 3, 1, "2025-11-01T08:30:00.000Z", "app"),       // ... but seq says first
                rating(old, "docker", 2, "2025-11-01T09:15:00.000Z"),                  // a rating without history
                history(old, "kubernetes", null, 2, "2025-11-01T08:20:00.000Z", "import"), // no rating: left alone
                rating(old, "cobol", 3, "2025-11-01T09:30:00.000Z"),                   // unknown to the catalogue
                history(old, "sql", null, 5, "2025-11-01T08:40:00.000Z", "import"),
                rating(old, "sql", 5, "2025-11-01T08:40:00.000Z"));                    // consistent
        long seqBefore = queryLong(file, "SELECT max(seq) FROM rating_history");
        Map<Long, Map<String, Rating>> ratingsBefore = new HashMap<>();
        Map<Long, List<RatingChange>> historyBefore = new HashMap<>();
        for (long id : List.of(anna, old)) {
            try (java.sql.Connection c = StorageTestSupport.plain(file)) {
                ratingsBefore.put(id, Rows.ratings(c, id));
                historyBefore.put(id, Rows.history(c, id));
            }
        }
        assertEquals(3, historyBefore.get(anna).size());

        clock.advance(Duration.ofDays(1));
        try (Database db = Database.open(tmp, clock, CURRENT)) {
            assertEquals(Schema.MIGRATIONS.size(), (long) db.withConnection(c -> Sqlite.queryLong(c, "PRAGMA user_version")));
            BackupInfo backup = db.backups().list().stream().filter(b -> b.reason().equals("before-migration"))
                    .findFirst().orElseThrow();
            assertEquals(1, queryLong(backup.file(), "PRAGMA user_version"));
            assertEquals(2, db.profiles().list().size());
            for (Profile p : db.profiles().list()) {
                assertTrue(!p.comparison(), "profiles from before comparisons existed are one's own (migration 3)");
                assertEquals(ratingsBefore.get(p.id()), db.ratings().current(p.id()), "ratings, notes and links kept");
                List<RatingChange> after = db.ratings().history(p.id());
                assertEquals(historyBefore.get(p.id()), after.subList(0, historyBefore.get(p.id()).size()),
                        "the history is only appended to");
            }
            assertEquals(historyBefore.get(anna), db.ratings().history(anna), "a consistent profile gets nothing");

            List<RatingChange> added = db.ratings().history(old).subList(historyBefore.get(old).size(),
                    db.ratings().history(old).size());
            assertEquals(List.of(
                    new RatingChange(added.get(0).seq(), "cobol", null, 3, Instant.parse("2025-11-01T09:30:00Z"), ChangeOrigin.IMPORT),
                    new RatingChange(added.get(1).seq(), "docker", null, 2, Instant.parse("2025-11-01T09:15:00Z"), ChangeOrigin.IMPORT),
                    new RatingChange(added.get(2).seq(), "git", null, 4, Instant.parse("2025-11-01T08:00:00Z"), ChangeOrigin.IMPORT),
                    new RatingChange(added.get(3).seq(), "python", 3, 1, Instant.parse("2025-11-01T10:00:00Z"), ChangeOrigin.IMPORT)),
                    added, "at the rating's updated_at, or at the later entry it has to override (python)");
            assertTrue(added.get(0).seq() > seqBefore, "the normal next seq");

            for (Profile p : db.profiles().list()) {
                Map<String, Integer> replayed = HistoryReplay.ofAllSkills(db.ratings().history(p.id())).finalState();
                db.ratings().current(p.id()).values().forEach(r ->
                        assertEquals(r.level(), replayed.get(r.skillId()), p.name() + ": " + r.skillId()));
            }
            assertEquals(2, HistoryReplay.ofAllSkills(db.ratings().history(old)).finalState().get("kubernetes"),
                    "a replayed skill without a rating cannot be undone by the history and is left alone");
        }

        List<RatingChange> migrated;
        try (Database db = Database.open(tmp, clock, CURRENT)) {
            migrated = db.ratings().history(old);
            long finalOld = old;
            assertEquals(0, (int) db.withConnection(c -> HistoryReconciliation.reconcile(c, finalOld)), "idempotent");
            db.withConnection(c -> {
                HistoryReconciliation.run(c);
                return null;
            });
            assertEquals(migrated, db.ratings().history(old));
        }
        try (Database db = Database.open(tmp, clock, CURRENT)) {
            assertEquals(migrated, db.ratings().history(old), "opening again migrates nothing");
        }
    }

    @Test
    void aNewDatabaseIsCreatedAtTheCurrentVersion() throws Exception {
        try (Database db = Database.open(tmp, new MutableClock(T0), CURRENT)) {
            assertEquals(Schema.MIGRATIONS.size(), (long) db.withConnection(c -> Sqlite.queryLong(c, "PRAGMA user_version")));
            assertEquals(List.of(), db.ratings().history(db.profiles().getOrCreateDefault("junior").id()));
        }
    }

    private static String rating(long profile, String skill, int level, String at) {
        return "INSERT INTO rating (profile_id, skill_id, level, updated_at) VALUES (" + profile + ", '" + skill + "', "
                + level + ", '" + at + "')";
    }

    private static String history(long profile, String skill, Integer oldLevel, int newLevel, String at, String origin) {
        return "INSERT INTO rating_history (profile_id, skill_id, old_level, new_level, changed_at, origin) VALUES ("
                + profile + ", '" + skill + "', " + oldLevel + ", " + newLevel + ", '" + at + "', '" + origin + "')";
    }
}
