package dev.skillradar.app;

import dev.skillradar.storage.BackupInfo;
import dev.skillradar.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Backups and restore of all data, the same for the window and the command line: verified copies into the
 * rotation folder or a file of the user's choice, and a restore that backs up the current state first.
 * Failures come out as {@link AppProblem}. Call from the I/O thread.
 */
public final class Backups {
    /** The reason recorded in the name of a backup the user asked for. */
    public static final String MANUAL = "manual";

    private final Database db;

    public Backups(Database db) {
        this.db = db;
    }

    /** One verified copy in the rotation folder: where, when and why it was taken, its size. */
    public record Backup(Path file, Instant takenAt, String reason, long sizeBytes) {
    }

    /**
     * What opening the data did because the database file could not be used: {@code problem} is
     * "DAMAGED", "FOREIGN" or "EMPTY_FILE"; the file was moved aside, and a backup restored or a fresh start made.
     */
    public record Recovery(String problem, Path movedAsideTo, Optional<Instant> backupTakenAt,
                           Optional<Path> restoredFrom) {
    }

    /** The recovery made when the data was opened, if one was needed. */
    public Optional<Recovery> recoveryAtStart() {
        return db.recoveryNotice().map(n -> new Recovery(n.problem().name(), n.movedAsideTo(), n.backupTakenAt(),
                n.restoredFrom()));
    }

    /** A verified copy into the rotation folder now; its path. */
    public Path backupNow(String reason) {
        return AppProblem.translating(() -> db.backups().backupNow(reason));
    }

    /** A verified copy written to {@code file} (replaced if it exists); its path. */
    public Path backupTo(Path file) {
        return AppProblem.translating(() -> db.backups().backupTo(file));
    }

    /** The copies in the rotation folder, newest first. */
    public List<Backup> list() {
        return AppProblem.translating(() -> db.backups().list().stream().map(Backups::backup).toList());
    }

    /** Replaces all data with a verified backup, after backing up the current state. */
    public void restore(Path file) {
        AppProblem.translating(() -> {
            db.backups().restore(file);
            return null;
        });
    }

    /** The rotation folder. */
    public Path directory() {
        return db.backups().directory();
    }

    /** The database file itself. */
    public Path databaseFile() {
        return db.file();
    }

    private static Backup backup(BackupInfo b) {
        return new Backup(b.file(), b.takenAt(), b.reason(), b.sizeBytes());
    }
}
