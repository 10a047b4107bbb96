package dev.skillradar.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Inspects an existing file through a read-only connection, so nothing is ever written into a file that
 * may not be ours: is it a healthy SkillRadar database, and which version?
 */
final class Probe {
    /** What the file turned out to be. */
    enum Status { OK, NEWER, EMPTY_FILE, FOREIGN, DAMAGED }

    /** The verdict; {@code detail} explains it in English for logs and messages. */
    record Result(Status status, long userVersion, String detail) {
    }

    private Probe() {
    }

    /**
     * @throws StorageException BUSY or IO when the file cannot be inspected at all (locked, unreadable):
     *         that says nothing about its content, so it must not be treated as damage.
     */
    static Result inspect(Path file, int knownVersion, int busyTimeoutMillis) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw SqlErrors.map(e, file);
        }
        if (size == 0) {
            // Decided without SQLite: opening a 0-byte database deletes its -wal file, even read-only.
            return new Result(Status.EMPTY_FILE, 0, "the file is empty (0 bytes)");
        }
        try (Connection connection = Sqlite.openReadOnly(file, busyTimeoutMillis)) {
            long applicationId = Sqlite.queryLong(connection, "PRAGMA application_id");
            long userVersion = Sqlite.queryLong(connection, "PRAGMA user_version");
            if (applicationId != Sqlite.APPLICATION_ID) {
                long objects = Sqlite.queryLong(connection, "SELECT count(*) FROM sqlite_master");
                if (applicationId == 0 && userVersion == 0 && objects == 0) {
                    return new Result(Status.EMPTY_FILE, 0, "the file is an SQLite database with nothing in it");
                }
                return new Result(Status.FOREIGN, userVersion, String.format(
                        "the file is an SQLite database of another application (application_id 0x%08X)",
                        applicationId));
            }
            if (userVersion > knownVersion) {
                return new Result(Status.NEWER, userVersion, "the file has data version " + userVersion
                        + ", this SkillRadar knows versions up to " + knownVersion);
            }
            String check = Sqlite.check(connection, "quick_check");
            if (!"ok".equals(check)) {
                return new Result(Status.DAMAGED, userVersion, "quick_check: " + check);
            }
            return new Result(Status.OK, userVersion, "ok");
        } catch (SQLException e) {
            if (SqlErrors.isCorruption(e)) {
                return new Result(Status.DAMAGED, -1, String.valueOf(e.getMessage()));
            }
            throw SqlErrors.map(e, file);
        }
    }
}
