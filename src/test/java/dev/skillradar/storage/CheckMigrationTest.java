package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.T0;
import static dev.skillradar.storage.StorageTestSupport.queryLong;
import static dev.skillradar.storage.StorageTestSupport.queryString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 4 on a database of the schema before it (user_version 3) holding real data: profiles (one a
 * comparison), ratings with notes and links, their history and the settings stay exactly as they were; the
 * profiles are scored on self-ratings, have no ticks, and can be ticked, confirmed and given a basis at once.
 */
class CheckMigrationTest {
    private static final Database.Options VERSION_3 = new Database.Options(Schema.MIGRATIONS.subList(0, 3), 300);
    private static final Database.Options CURRENT = new Database.Options(Schema.MIGRATIONS, 300);

    @TempDir
    Path tmp;

    @Test
    void migrationFourIsTheLastStepAndComesAfterTheComparisons() {
        assertEquals(4, Schema.MIGRATIONS.size());
        assertTrue(Schema.MIGRATIONS.get(2).description().contains("comparison"));
        assertTrue(Schema.MIGRATIONS.get(3).description().contains("check statements"));
    }

    @Test
    void aVersion3DatabaseKeepsEverythingAndGainsTicksTheirHistoryAndTheBasis() throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (Database db = Database.open(tmp, clock, VERSION_3)) {
            assertEquals(3, (long) db.withConnection(c -> Sqlite.queryLong(c, "PRAGMA user_version")));
        }
        long anna = 1;
        long mentor = 2;
        // Everything as that version wrote it, in SQL of its schema (today's repositories know later columns).
        StorageTestSupport.execute(tmp.resolve(DataDirectory.DATABASE_FILE),
                "INSERT INTO profile (id, name, target_role_id, created_at, kind) VALUES (1, 'Anna', 'junior',"
                        + " '2026-03-02T09:00:00.000Z', 'own')",
                "INSERT INTO profile (id, name, target_role_id, created_at, kind) VALUES (2, 'Mentor', 'mid',"
                        + " '2026-03-02T09:10:00.000Z', 'comparison')",
                "INSERT INTO rating (profile_id, skill_id, level, note, evidence, updated_at) VALUES (1, 'python', 3,"
                        + " 'Daily pandas work', 'https://example.org/nb', '2026-03-02T09:05:00.000Z')",
                "INSERT INTO rating (profile_id, skill_id, level, updated_at) VALUES (1, 'sql', 2, '2026-03-02T09:04:00.000Z')",
                "INSERT INTO rating (profile_id, skill_id, level, updated_at) VALUES (2, 'sql', 4, '2026-03-02T09:10:00.000Z')",
                history(1, "python", null, 4, "2026-03-02T09:00:00.000Z", "cli"),
                history(1, "sql", null, 2, "2026-03-02T09:04:00.000Z", "app"),
                history(1, "python", 4, 3, "2026-03-02T09:05:00.000Z", "app"),
                history(2, "sql", null, 4, "2026-03-02T09:10:00.000Z", "app"),
                "INSERT INTO setting (key, value) VALUES ('ui.language', 'de')");
        Path file = tmp.resolve(DataDirectory.DATABASE_FILE);
        assertEquals(3, queryLong(file, "PRAGMA user_version"));
        Map<Long, Map<String, Rating>> ratings = new HashMap<>();
        Map<Long, List<RatingChange>> history = new HashMap<>();
        List<Profile> profiles;
        try (java.sql.Connection c = StorageTestSupport.plain(file)) {
            profiles = Rows.profiles(c);
            for (Profile p : profiles) {
                ratings.put(p.id(), Rows.ratings(c, p.id()));
                history.put(p.id(), Rows.history(c, p.id()));
            }
        }
        assertEquals(3, history.get(anna).size());

        clock.advance(Duration.ofDays(1));
        try (Database db = Database.open(tmp, clock, CURRENT)) {
            assertEquals(4, (long) db.withConnection(c -> Sqlite.queryLong(c, "PRAGMA user_version")));
            BackupInfo backup = db.backups().list().stream().filter(b -> b.reason().equals("before-migration"))
                    .findFirst().orElseThrow();
            assertEquals(3, queryLong(backup.file(), "PRAGMA user_version"), "the backup before it is of version 3");
            assertEquals(profiles, db.profiles().list(), "profiles (and which is a comparison) kept");
            for (Profile p : profiles) {
                assertEquals(ratings.get(p.id()), db.ratings().current(p.id()), "ratings, notes and links kept");
                assertEquals(history.get(p.id()), db.ratings().history(p.id()), "history kept, nothing added");
                assertEquals(Basis.SELF, db.profiles().basis(p.id()));
                assertEquals(Map.of(), db.checks().ticks(p.id()));
                assertEquals(List.of(), db.checks().history(p.id()));
            }
            assertEquals("de", db.settings().get("ui.language").orElseThrow());
            assertEquals(6, db.settings().confirmMonths(), "the default re-confirmation period");
            assertEquals("ok", db.integrityCheck());

            db.checks().tick(anna, List.of("python-1-a"), "notebook", null, ChangeOrigin.CLI);
            db.ratings().confirm(anna, List.of("python"));
            db.profiles().setBasis(anna, Basis.LOWER);
            long annaId = anna;
            assertEquals(Basis.LOWER, db.profiles().basis(anna));
            assertEquals(1, db.checks().ticks(annaId).size());
        }
        assertEquals("lower", queryString(file, "SELECT basis FROM profile WHERE id = " + anna));
        assertEquals("self", queryString(file, "SELECT basis FROM profile WHERE id = " + mentor));
        try (Database db = Database.open(tmp, clock, CURRENT)) {
            assertEquals(1, db.backups().list().stream().filter(b -> b.reason().equals("before-migration")).count(),
                    "opening again migrates nothing");
        }
    }

    private static String history(long profile, String skill, Integer oldLevel, int newLevel, String at, String origin) {
        return "INSERT INTO rating_history (profile_id, skill_id, old_level, new_level, changed_at, origin) VALUES ("
                + profile + ", '" + skill + "', " + oldLevel + ", " + newLevel + ", '" + at + "', '" + origin + "')";
    }
}
