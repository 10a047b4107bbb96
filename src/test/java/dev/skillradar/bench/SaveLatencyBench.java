package dev.skillradar.bench;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * The benchmark suite's save latency (src/test/bench/suite.sh): one rating saved through the storage code
 * the window's autosave uses ({@code RatingRepository.setLevel} on a {@link Database} opened like the app's),
 * against a bare sqlite-jdbc insert into a file with the same pragmas, measured alternately in one JVM.
 * Prints {@code save-app-us=MEDIAN,P99} and {@code save-bare-us=MEDIAN,P99} (microseconds) for the script,
 * and {@code save-shape-us=MEDIAN,P99}: the same writes as setLevel (upsert of the rating, a history row,
 * one transaction) on the same schema in plain JDBC with statements prepared once, which tells the cost of
 * what a save writes from the cost of the code around it.
 */
public final class SaveLatencyBench {
    private static final int WARM_UP = 50;

    private SaveLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Files.createDirectories(dir);
        long[] app = new long[rounds];
        long[] bare = new long[rounds];
        long[] shape = new long[rounds];
        try (Database db = Database.open(dir.resolve("app"), Clock.systemUTC());
             Connection c = bareConnection(dir.resolve("bare.db"));
             Connection sc = bareConnection(dir.resolve("shape.db"));
             SameShape same = new SameShape(sc)) {
            long profile = db.profiles().getOrCreateDefault("junior").id();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS rating (skill TEXT NOT NULL, level INTEGER NOT NULL, at TEXT NOT NULL)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rating (skill, level, at) VALUES (?, ?, ?)")) {
                for (int i = -WARM_UP; i < rounds; i++) {
                    int level = (i & 1) + 2; // a different level every time, so every save writes its history row
                    // alternate which one goes first, so neither always finds the disk just flushed
                    long a;
                    long b;
                    if ((i & 2) == 0) {
                        a = time(() -> db.ratings().setLevel(profile, "python", level, ChangeOrigin.APP));
                        b = time(() -> bareInsert(insert, level));
                    } else {
                        b = time(() -> bareInsert(insert, level));
                        a = time(() -> db.ratings().setLevel(profile, "python", level, ChangeOrigin.APP));
                    }
                    long sh = time(() -> same.save(level));
                    if (i >= 0) {
                        app[i] = a;
                        bare[i] = b;
                        shape[i] = sh;
                    }
                }
            }
        }
        System.out.println("save-app-us=" + summary(app));
        System.out.println("save-bare-us=" + summary(bare));
        System.out.println("save-shape-us=" + summary(shape));
    }

    /** setLevel's writes on a copy of its tables, in plain JDBC. */
    private static final class SameShape implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement upsert;
        private final PreparedStatement history;

        SameShape(Connection c) throws SQLException {
            this.c = c;
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE profile (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
                s.execute("INSERT INTO profile VALUES (1, 'default')");
                s.execute("CREATE TABLE rating (profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,"
                        + " skill_id TEXT NOT NULL, level INTEGER NOT NULL, note TEXT, evidence TEXT, updated_at TEXT NOT NULL,"
                        + " PRIMARY KEY (profile_id, skill_id))");
                s.execute("CREATE TABLE rating_history (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE, skill_id TEXT,"
                        + " old_level INTEGER, new_level INTEGER, changed_at TEXT NOT NULL, origin TEXT NOT NULL)");
                s.execute("CREATE INDEX rating_history_profile ON rating_history (profile_id, seq)");
            }
            upsert = c.prepareStatement("INSERT INTO rating (profile_id, skill_id, level, updated_at) VALUES (1, 'python', ?, ?)"
                    + " ON CONFLICT (profile_id, skill_id) DO UPDATE SET level = excluded.level, updated_at = excluded.updated_at");
            history = c.prepareStatement("INSERT INTO rating_history (profile_id, skill_id, new_level, changed_at, origin)"
                    + " VALUES (1, 'python', ?, ?, 'app')");
        }

        void save(int level) {
            try (Statement s = c.createStatement()) {
                String now = java.time.Instant.now().toString();
                s.execute("BEGIN IMMEDIATE");
                upsert.setInt(1, level);
                upsert.setString(2, now);
                upsert.executeUpdate();
                history.setInt(1, level);
                history.setString(2, now);
                history.executeUpdate();
                s.execute("COMMIT");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            upsert.close();
            history.close();
        }
    }

    /** The pragmas of storage.Sqlite.openReadWrite, written out here on purpose (that class is the app's). */
    private static Connection bareConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(3000);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.enableFullSync(true);
        config.setJournalSizeLimit(4 * 1024 * 1024);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA checkpoint_fullfsync = ON");
        }
        return c;
    }

    private static void bareInsert(PreparedStatement insert, int level) {
        try {
            insert.setString(1, "python");
            insert.setInt(2, level);
            insert.setString(3, java.time.Instant.now().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1000;
    }

    private static String summary(long[] micros) {
        long[] s = micros.clone();
        Arrays.sort(s);
        return s[s.length / 2] + "," + s[(int) Math.ceil(s.length * 0.99) - 1];
    }
}
