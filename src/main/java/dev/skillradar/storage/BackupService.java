package dev.skillradar.storage;

import dev.skillradar.storage.StorageException.Kind;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sqlite.SQLiteConnection;

/**
 * Verified copies of the database: taken with SQLite's {@code VACUUM INTO} into a private temporary file
 * that is flushed, reopened and checked (quick_check, application_id, user_version) before it is renamed
 * into place; rotated in {@code <dataDir>/backups}; restorable without losing the current state.
 */
public final class BackupService {
    private static final System.Logger LOG = System.getLogger(BackupService.class.getName());
    private static final String TEMP_PREFIX = ".backup-";

    private final SqlSession sql;
    private final Path dataDir;
    private final Path dbFile;
    private final Clock clock;
    private final Database.Options options;
    /** Test seam: runs on each fresh copy before it is verified. */
    volatile Consumer<Path> beforeVerify = path -> { };

    BackupService(SqlSession sql, Path dataDir, Clock clock, Database.Options options) {
        this.sql = sql;
        this.dataDir = dataDir;
        this.dbFile = sql.file();
        this.clock = clock;
        this.options = options;
    }

    /** The rotation folder, {@code <dataDir>/backups}. */
    public Path directory() {
        return BackupFolder.directory(dataDir);
    }

    /**
     * A verified copy in the rotation folder, named after its time and {@code reason} (e.g. "manual"),
     * followed by rotation.
     */
    public Path backupNow(String reason) {
        String cleanReason = BackupFolder.sanitizeReason(reason);
        Path dir = directory();
        try {
            PrivateFiles.createDirectory(dir);
        } catch (IOException e) {
            throw SqlErrors.map(e, dir);
        }
        Instant takenAt = clock.instant();
        Path temp = verifiedSnapshot(dir);
        Path target;
        for (int counter = 1; ; counter++) {
            target = dir.resolve(BackupFolder.fileName(takenAt, cleanReason, counter));
            try {
                PrivateFiles.moveNoReplace(temp, target);
                break;
            } catch (FileAlreadyExistsException e) {
                // same millisecond as another copy: take the next counter
            } catch (IOException e) {
                BackupFolder.deleteWithCompanions(temp);
                throw SqlErrors.map(e, target);
            }
        }
        LOG.log(Level.DEBUG, "Backup written: " + target);
        rotate();
        return target;
    }

    /** A verified copy at a path the user chose (replacing a file there), written atomically, 0600. */
    public Path backupTo(Path file) {
        Path target = file.toAbsolutePath().normalize();
        String t = target.toString();
        if (Stream.of("", "-wal", "-shm", "-journal").anyMatch(suffix -> target.equals(Path.of(dbFile + suffix)))) {
            throw SqlErrors.invalid("target", t, "a backup cannot replace the database or its own files");
        }
        if (Files.isDirectory(target)) {
            throw SqlErrors.invalid("target", t, "it is a folder; name a file inside it");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new StorageException(Kind.NOT_FOUND, "The folder " + parent + " does not exist.",
                    List.of("file", String.valueOf(parent)));
        }
        Path temp = verifiedSnapshot(parent);
        try {
            PrivateFiles.moveReplacing(temp, target);
        } catch (IOException e) {
            BackupFolder.deleteWithCompanions(temp);
            throw SqlErrors.map(e, target);
        }
        LOG.log(Level.DEBUG, "Backup written: " + target);
        return target;
    }

    /** The copies in the rotation folder, newest first (each was verified before it got its name). */
    public List<BackupInfo> list() {
        return BackupFolder.list(directory());
    }

    /**
     * Replaces all data with the content of {@code backupFile}, which is only read: a private copy is
     * verified (quick_check, application_id, user_version not newer than this build) and migrated, the
     * current state is backed up ("before-restore"), then the copy is loaded in one transaction (SQLite's
     * backup API), so other processes never see a half-restored database.
     */
    public void restore(Path backupFile) {
        Path source = backupFile.toAbsolutePath().normalize();
        if (source.equals(dbFile)) {
            throw SqlErrors.invalid("backup", source, "the database cannot be restored from itself");
        }
        Path copy = BackupFolder.verifiedCopy(source, dataDir, options.knownVersion(), options.busyTimeoutMillis());
        try {
            try (Connection c = Sqlite.openReadWrite(copy, options.busyTimeoutMillis())) {
                Schema.migrate(c, options.migrations());
            } catch (SQLException e) {
                throw SqlErrors.map(e, source);
            }
            backupNow("before-restore");
            sql.direct(c -> {
                sql.forgetStatements(); // none prepared before the restore is used after it
                int rc = c.unwrap(SQLiteConnection.class).getDatabase().restore("main", copy.toString(), null);
                if (rc != 0) {
                    throw new SQLException("restore failed with SQLite result code " + rc, null, rc);
                }
                Sqlite.execute(c, "PRAGMA journal_mode = WAL");
                return null;
            });
            LOG.log(Level.INFO, "Restored " + dbFile + " from " + source);
        } finally {
            BackupFolder.deleteWithCompanions(copy);
        }
    }

    /** Takes the "daily" copy unless one was taken today; a failure is logged, not fatal to start-up. */
    boolean dailyIfDue() {
        try {
            LocalDate today = LocalDate.now(clock);
            boolean done = list().stream().anyMatch(b -> b.reason().equals("daily")
                    && b.takenAt().atZone(clock.getZone()).toLocalDate().equals(today));
            if (!done) {
                backupNow("daily");
            }
            return !done;
        } catch (StorageException e) {
            LOG.log(Level.WARNING, "The daily backup failed: " + e.getMessage(), e);
            return false;
        }
    }

    /** VACUUM INTO a new private file in {@code dir}, flushed and verified; the caller renames it. */
    private Path verifiedSnapshot(Path dir) {
        Path temp;
        try {
            temp = PrivateFiles.createTempFile(dir, TEMP_PREFIX, BackupFolder.TEMP_SUFFIX);
        } catch (IOException e) {
            throw SqlErrors.map(e, dir);
        }
        try {
            sql.direct(c -> {
                Sqlite.vacuumInto(c, temp);
                return null;
            });
            PrivateFiles.restrictToOwner(temp);
            PrivateFiles.fsync(temp);
            beforeVerify.accept(temp);
            try {
                BackupFolder.verify(temp, options.knownVersion(), options.busyTimeoutMillis());
            } catch (StorageException e) {
                String f = dbFile.toString();
                throw new StorageException(Kind.CORRUPT, "A backup copy of " + f + " failed verification and was"
                        + " discarded (" + e.getMessage() + ")", List.of(f), e);
            }
            BackupFolder.deleteWithCompanions(Path.of(temp + "-journal")); // none expected; keep dir clean
            return temp;
        } catch (StorageException e) {
            BackupFolder.deleteWithCompanions(temp);
            if (e.kind() == Kind.DISK_FULL) {
                throw new StorageException(Kind.DISK_FULL, "The disk holding " + dir + " is full, so the backup"
                        + " was not written. Free some disk space and try again.", List.of(dir.toString()), e);
            }
            throw e;
        } catch (IOException e) {
            BackupFolder.deleteWithCompanions(temp);
            throw SqlErrors.map(e, temp);
        } catch (RuntimeException e) {
            BackupFolder.deleteWithCompanions(temp);
            throw e;
        }
    }

    private void rotate() {
        Path dir = directory();
        List<BackupInfo> all = list();
        Set<Path> keep = BackupRotation.keep(all, clock.instant(), clock.getZone());
        for (BackupInfo b : all) {
            if (!keep.contains(b.file())) {
                PrivateFiles.deleteQuietly(b.file());
                LOG.log(Level.DEBUG, "Rotated out backup " + b.file());
            }
        }
        // Leftovers of copies interrupted by a crash; a day old, so no running copy is touched.
        Instant cutoff = Instant.now().minus(Duration.ofDays(1));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + BackupFolder.TEMP_SUFFIX)) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
                    PrivateFiles.deleteQuietly(temp);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Could not look for stale temporary files in " + dir, e);
        }
    }
}
