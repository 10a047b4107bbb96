package dev.skillradar.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** Opens SQLite connections with SkillRadar's settings; see notes/storage.md for why they are what they are. */
final class Sqlite {
    /** "SKRD": marks a file as SkillRadar's, so a foreign SQLite file is recognised and never touched. */
    static final int APPLICATION_ID = 0x534B5244;
    static final int DEFAULT_BUSY_TIMEOUT_MILLIS = 3000;

    private Sqlite() {
    }

    /** A connection that cannot write to the file; used to probe files before trusting them. */
    static Connection openReadOnly(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(busyTimeoutMillis);
        return config.createConnection(url(file));
    }

    /**
     * A read-write connection: WAL (readers never block the writer, so the CLI works while the window is
     * open), synchronous=FULL (a commit is on disk when it returns, even across power loss), foreign keys on.
     */
    static Connection openReadWrite(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.enableFullSync(true); // macOS: F_FULLFSYNC, the only real flush there; a no-op elsewhere
        config.setJournalSizeLimit(4 * 1024 * 1024); // a big import must not leave a big -wal behind for good
        // Otherwise sqlite-jdbc runs "SELECT last_insert_rowid()" after every INSERT and keeps its result open,
        // which costs each save a query and keeps a statement kept by SqlSession in progress (VACUUM INTO
        // refuses to run then); the one caller that needs a new id asks for it itself.
        config.setGetGeneratedKeys(false);
        Connection connection = config.createConnection(url(file));
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA checkpoint_fullfsync = ON");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static String url(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.indexOf('?') >= 0) {
            // sqlite-jdbc would read the rest as connection parameters.
            throw SqlErrors.invalid("target", path, "SkillRadar cannot use a path containing \"?\"");
        }
        return "jdbc:sqlite:" + path;
    }

    static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first problem quick_check (or integrity_check) reports, or "ok". */
    static String check(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA " + pragma + "(5)")) {
            StringBuilder problems = new StringBuilder();
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equals(line)) {
                    problems.append(problems.length() == 0 ? "" : "; ").append(line);
                }
            }
            return problems.length() == 0 ? "ok" : problems.toString();
        }
    }

    static void vacuumInto(Connection connection, Path target) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.executeUpdate();
        }
    }
}
