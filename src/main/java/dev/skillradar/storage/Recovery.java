package dev.skillradar.storage;

import dev.skillradar.storage.RecoveryNotice.Problem;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What start-up does with a file it cannot use: move it aside with its -wal/-shm files under a name that
 * says why and when (never delete it), then restore the newest backup that passes verification, or start
 * fresh when there is none.
 */
final class Recovery {
    private static final System.Logger LOG = System.getLogger(Recovery.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private Recovery() {
    }

    static String tag(Problem problem) {
        return switch (problem) {
            case DAMAGED -> "damaged";
            case FOREIGN -> "foreign";
            case EMPTY_FILE -> "empty";
        };
    }

    /**
     * The replacement (a verified copy of the newest usable backup, or a fresh database) is prepared before
     * the file is moved aside, so a full disk stops recovery before anything moved and the next start
     * simply tries again.
     */
    static RecoveryNotice recover(Path file, Problem problem, String detail, Clock clock, Database.Options options) {
        LOG.log(Level.WARNING, "The database " + file + " cannot be used: " + detail);
        Path dataDir = file.toAbsolutePath().getParent();
        Path replacement = null;
        BackupInfo used = null;
        for (BackupInfo backup : BackupFolder.list(BackupFolder.directory(dataDir))) {
            try {
                replacement = BackupFolder.verifiedCopy(backup.file(), dataDir, options.knownVersion(),
                        options.busyTimeoutMillis());
                used = backup;
                break;
            } catch (StorageException e) {
                if (e.kind() == StorageException.Kind.DISK_FULL || e.kind() == StorageException.Kind.READ_ONLY) {
                    throw e; // about our folder, not the backup: no other backup would fare better
                }
                LOG.log(Level.WARNING, "Skipping backup " + backup.file() + ": " + e.getMessage());
            }
        }
        if (replacement == null) {
            replacement = Database.buildFresh(dataDir, options);
        }
        try {
            Path moved = moveAside(file, tag(problem), clock);
            PrivateFiles.moveNoReplace(replacement, file);
            LOG.log(Level.WARNING, "Moved the unusable file to " + moved + "; "
                    + (used == null ? "no usable backup, started fresh" : "restored " + used.file()));
            return new RecoveryNotice(problem, moved, Optional.ofNullable(used).map(BackupInfo::takenAt),
                    Optional.ofNullable(used).map(BackupInfo::file));
        } catch (IOException e) {
            throw SqlErrors.map(e, file);
        } finally {
            BackupFolder.deleteWithCompanions(replacement);
        }
    }

    /** Renames the file and its companions to {@code <name>.<tag>-<yyyyMMdd-HHmmss>[-n]<companion suffix>}. */
    static Path moveAside(Path file, String tag, Clock clock) {
        Path dir = file.toAbsolutePath().getParent();
        String base = file.getFileName() + "." + tag + "-" + STAMP.format(ZonedDateTime.now(clock));
        String name = base;
        for (int n = 2; taken(dir, name); n++) {
            name = base + "-" + n;
        }
        Path target = dir.resolve(name);
        try {
            // The main file first: if we stop halfway, a stray -wal is moved aside on the next start
            // rather than replayed into another file.
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            for (String suffix : COMPANIONS) {
                Path companion = Path.of(file + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, Path.of(target + suffix), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw SqlErrors.io(file, "could not move the file aside: " + e.getMessage(), e);
        } catch (IOException e) {
            throw SqlErrors.map(e, file);
        }
        PrivateFiles.fsyncDirectory(dir);
        return target;
    }

    /** A -wal or -shm file without its database would be replayed into a new file of the same name. */
    static void moveStrayCompanions(Path file, Clock clock) {
        boolean any = COMPANIONS.stream().anyMatch(s -> Files.exists(Path.of(file + s)));
        if (!any) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        String base = file.getFileName() + ".orphan-" + STAMP.format(ZonedDateTime.now(clock));
        String name = base;
        for (int n = 2; taken(dir, name); n++) {
            name = base + "-" + n;
        }
        try {
            for (String suffix : COMPANIONS) {
                Path companion = Path.of(file + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, dir.resolve(name + suffix), StandardCopyOption.ATOMIC_MOVE);
                    LOG.log(Level.WARNING, "Moved " + companion + " (it had no database) to " + name + suffix);
                }
            }
        } catch (IOException e) {
            throw SqlErrors.map(e, file);
        }
        PrivateFiles.fsyncDirectory(dir);
    }

    private static boolean taken(Path dir, String name) {
        if (Files.exists(dir.resolve(name))) {
            return true;
        }
        return COMPANIONS.stream().anyMatch(s -> Files.exists(dir.resolve(name + s)));
    }
}
