package dev.skillradar.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Helpers for storage tests: plain sqlite connections to inspect files, permissions, the root check. */
final class StorageTestSupport {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Database.Options FAST = new Database.Options(Schema.MIGRATIONS, 300);

    private StorageTestSupport() {
    }

    /** Root ignores file permissions, so read-only files and folders cannot be simulated. */
    static boolean isRoot() {
        try {
            Path probe = Files.createTempFile("uid", ".probe");
            try {
                return Integer.valueOf(0).equals(Files.getAttribute(probe, "unix:uid"));
            } finally {
                Files.delete(probe);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A connection without SkillRadar's settings, as a person with the sqlite3 tool would have. */
    static Connection plain(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static String queryString(Path file, String sql) throws SQLException {
        try (Connection c = plain(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static long queryLong(Path file, String sql) throws SQLException {
        return Long.parseLong(queryString(file, sql));
    }

    static void execute(Path file, String... statements) throws SQLException {
        try (Connection c = plain(file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static Set<String> tables(Path file) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = plain(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fileNames(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
