package dev.skillradar.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The schema as a list of migrations: step {@code i} (1-based) turns user_version {@code i-1} into
 * {@code i}, in one transaction. Never edit a released step; append a new one.
 */
final class Schema {
    /**
     * One migration step: plain SQL statements run in order, then, if given, a {@link JavaStep} on the same
     * connection in the same transaction (for a change SQL cannot express, such as replaying a history).
     */
    record Migration(String description, List<String> statements, JavaStep java) {
        Migration {
            statements = List.copyOf(statements);
        }

        /** A step of SQL statements only. */
        Migration(String description, List<String> statements) {
            this(description, statements, null);
        }
    }

    /**
     * Java code of a migration step, run inside the step's transaction (no BEGIN or COMMIT of its own). It must
     * only use SQL valid at its own schema version, so it keeps working when later steps change the tables.
     */
    @FunctionalInterface
    interface JavaStep {
        void run(Connection connection) throws SQLException;
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration("profiles, ratings, rating history, settings", List.of(
                    "PRAGMA application_id = " + Sqlite.APPLICATION_ID,
                    """
                    CREATE TABLE profile (
                      id             INTEGER PRIMARY KEY,
                      name           TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
                      target_role_id TEXT NOT NULL CHECK (length(target_role_id) > 0),
                      created_at     TEXT NOT NULL
                    )""",
                    "CREATE UNIQUE INDEX profile_name_unique ON profile (name COLLATE NOCASE)",
                    """
                    CREATE TABLE rating (
                      profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
                      skill_id   TEXT NOT NULL CHECK (length(skill_id) > 0),
                      level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
                      note       TEXT CHECK (note IS NULL OR length(note) <= 4000),
                      evidence   TEXT CHECK (evidence IS NULL OR evidence LIKE 'http://%'
                                                              OR evidence LIKE 'https://%'),
                      updated_at TEXT NOT NULL,
                      PRIMARY KEY (profile_id, skill_id)
                    )""",
                    """
                    CREATE TABLE rating_history (
                      seq        INTEGER PRIMARY KEY AUTOINCREMENT,
                      profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
                      skill_id   TEXT,
                      old_level  INTEGER CHECK (old_level BETWEEN 0 AND 5),
                      new_level  INTEGER CHECK (new_level BETWEEN 0 AND 5),
                      changed_at TEXT NOT NULL,
                      origin     TEXT NOT NULL,
                      CHECK ((origin = 'import-replace') = (skill_id IS NULL)),
                      CHECK (origin = 'import-replace' OR new_level IS NOT NULL)
                    )""",
                    "CREATE INDEX rating_history_profile ON rating_history (profile_id, seq)",
                    """
                    CREATE TABLE setting (
                      key   TEXT PRIMARY KEY,
                      value TEXT NOT NULL
                    )""")),
            // 2: before imports had to explain their ratings, a profile's history could end elsewhere.
            new Migration("history entries where a replay of the history does not end at the ratings",
                    List.of(), HistoryReconciliation::run),
            // 3: a mentor's view of a learner, imported from their export, kept apart from one's own profiles.
            new Migration("comparison profiles", List.of(
                    "ALTER TABLE profile ADD COLUMN kind TEXT NOT NULL DEFAULT 'own' CHECK (kind IN ('own', 'comparison'))")),
            // 4: ticked check statements with their notes and links, their append-only history, the scoring basis.
            new Migration("ticked check statements, their history, the profile's scoring basis", List.of(
                    """
                    CREATE TABLE check_tick (
                      profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
                      check_id   TEXT NOT NULL CHECK (length(check_id) > 0),
                      note       TEXT CHECK (note IS NULL OR length(note) <= 4000),
                      evidence   TEXT CHECK (evidence IS NULL OR evidence LIKE 'http://%'
                                                              OR evidence LIKE 'https://%'),
                      ticked_at  TEXT NOT NULL,
                      PRIMARY KEY (profile_id, check_id)
                    )""",
                    """
                    CREATE TABLE check_history (
                      seq        INTEGER PRIMARY KEY AUTOINCREMENT,
                      profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
                      check_id   TEXT,
                      ticked     INTEGER CHECK (ticked IN (0, 1)),
                      note       TEXT CHECK (note IS NULL OR length(note) <= 4000),
                      evidence   TEXT CHECK (evidence IS NULL OR evidence LIKE 'http://%'
                                                              OR evidence LIKE 'https://%'),
                      changed_at TEXT NOT NULL,
                      origin     TEXT NOT NULL,
                      CHECK ((origin = 'import-replace') = (check_id IS NULL)),
                      CHECK (origin = 'import-replace' OR ticked IS NOT NULL)
                    )""",
                    "CREATE INDEX check_history_profile ON check_history (profile_id, seq)",
                    "ALTER TABLE profile ADD COLUMN basis TEXT NOT NULL DEFAULT 'self'"
                            + " CHECK (basis IN ('self', 'checks', 'lower'))")));

    private Schema() {
    }

    /**
     * Applies the missing steps, each in its own transaction that re-reads user_version under the write
     * lock (another process may have migrated meanwhile).
     */
    static void migrate(Connection connection, List<Migration> migrations) throws SQLException {
        for (int target = 1; target <= migrations.size(); target++) {
            Sqlite.execute(connection, "BEGIN IMMEDIATE");
            try {
                long current = Sqlite.queryLong(connection, "PRAGMA user_version");
                if (current == target - 1) {
                    Migration step = migrations.get(target - 1);
                    for (String sql : step.statements()) {
                        Sqlite.execute(connection, sql);
                    }
                    if (step.java() != null) {
                        step.java().run(connection);
                    }
                    Sqlite.execute(connection, "PRAGMA user_version = " + target);
                }
                Sqlite.execute(connection, "COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    Sqlite.execute(connection, "ROLLBACK");
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        }
    }
}
