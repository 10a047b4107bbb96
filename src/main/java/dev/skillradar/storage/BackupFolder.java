package dev.skillradar.storage;

import dev.skillradar.storage.StorageException.Kind;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names, lists and verifies backup copies; shared by {@link BackupService} and start-up recovery. */
final class BackupFolder {
    static final String DIRECTORY = "backups";
    static final String TEMP_SUFFIX = ".tmp";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "skillradar-(\\d{8}T\\d{6}\\.\\d{3}Z)-([a-z0-9]+(?:-[a-z0-9]+)*?)(?:\\.(\\d+))?\\.db");

    private BackupFolder() {
    }

    static Path directory(Path dataDir) {
        return dataDir.resolve(DIRECTORY);
    }

    static String fileName(Instant takenAt, String reason, int counter) {
        return "skillradar-" + STAMP.format(takenAt) + "-" + reason + (counter > 1 ? "." + counter : "") + ".db";
    }

    /** Lower-case words joined by '-', e.g. "before-import"; anything else becomes '-'. */
    static String sanitizeReason(String reason) {
        String cleaned = reason == null ? "" : reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (cleaned.length() > 40) {
            cleaned = cleaned.substring(0, 40).replaceAll("-+$", "");
        }
        return cleaned.isEmpty() ? "manual" : cleaned;
    }

    /** The copies in the rotation folder, newest first; only verified copies ever get such a name. */
    static List<BackupInfo> list(Path backupDir) {
        List<BackupInfo> result = new ArrayList<>();
        if (!Files.isDirectory(backupDir)) {
            return result;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(backupDir)) {
            for (Path entry : entries) {
                Matcher m = NAME.matcher(entry.getFileName().toString());
                if (m.matches() && Files.isRegularFile(entry)) {
                    Instant takenAt = Instant.from(STAMP.parse(m.group(1)));
                    try {
                        result.add(new BackupInfo(entry, takenAt, m.group(2), Files.size(entry)));
                    } catch (NoSuchFileException e) {
                        // removed by a concurrent rotation
                    }
                }
            }
        } catch (IOException e) {
            throw SqlErrors.map(e, backupDir);
        }
        // newest first, ties by file name (descending); written out: Comparator.comparing makes serializable lambdas,
        // spun anew at every start, as this runs while the window opens (README, Design > Start-up)
        result.sort((a, b) -> {
            int c = b.takenAt().compareTo(a.takenAt());
            return c != 0 ? c : b.file().getFileName().toString().compareTo(a.file().getFileName().toString());
        });
        return result;
    }

    /**
     * Checks that {@code file} is a healthy SkillRadar database this build can read (quick_check,
     * application_id, user_version), through a read-only connection.
     */
    static long verify(Path file, int knownVersion, int busyTimeoutMillis) {
        Probe.Result result = Probe.inspect(file, knownVersion, busyTimeoutMillis);
        String f = file.toString();
        return switch (result.status()) {
            case OK -> result.userVersion();
            case NEWER -> throw new StorageException(Kind.NEWER_VERSION, "The backup " + f
                    + " was made by a newer SkillRadar (data version " + result.userVersion()
                    + "; this version understands up to " + knownVersion + "). Update SkillRadar to use it.",
                    List.of(f, String.valueOf(result.userVersion()), String.valueOf(knownVersion)));
            case DAMAGED -> throw new StorageException(Kind.CORRUPT, "The backup " + f
                    + " is damaged and cannot be used (" + result.detail() + ").", List.of(f));
            case FOREIGN, EMPTY_FILE -> throw new StorageException(Kind.INVALID, "The file " + f
                    + " is not a SkillRadar backup: " + result.detail() + ".",
                    List.of("backup", f, result.detail()));
        };
    }

    /**
     * Copies {@code source} (and its -wal file, if any) to a new private temporary file in {@code dir},
     * verifies the copy and folds any WAL into it, so the result is one self-contained, checked file.
     * The source itself is only read. The caller renames or deletes the returned file.
     */
    static Path verifiedCopy(Path source, Path dir, int knownVersion, int busyTimeoutMillis) {
        if (!Files.isRegularFile(source)) {
            String s = source.toString();
            throw new StorageException(Kind.NOT_FOUND, "The backup file " + s + " does not exist.",
                    List.of("file", s));
        }
        Path temp = null;
        try {
            temp = PrivateFiles.createTempFile(dir, ".copy-", TEMP_SUFFIX);
            copyBytes(source, temp);
            Path sourceWal = Path.of(source + "-wal");
            Path tempWal = Path.of(temp + "-wal");
            if (Files.isRegularFile(sourceWal) && Files.size(sourceWal) > 0) {
                Files.createFile(tempWal);
                PrivateFiles.restrictToOwner(tempWal);
                copyBytes(sourceWal, tempWal);
            }
            verify(temp, knownVersion, busyTimeoutMillis);
            // A read-write open and close checkpoints the WAL into the file and sets WAL mode.
            try (Connection connection = Sqlite.openReadWrite(temp, busyTimeoutMillis)) {
                Sqlite.queryLong(connection, "PRAGMA user_version");
            }
            PrivateFiles.deleteQuietly(tempWal);
            PrivateFiles.deleteQuietly(Path.of(temp + "-shm"));
            PrivateFiles.fsync(temp);
            return temp;
        } catch (IOException e) {
            deleteWithCompanions(temp);
            throw SqlErrors.map(e, source);
        } catch (SQLException e) {
            deleteWithCompanions(temp);
            throw SqlErrors.map(e, source);
        } catch (RuntimeException e) {
            deleteWithCompanions(temp);
            throw e;
        }
    }

    static void deleteWithCompanions(Path file) {
        if (file != null) {
            PrivateFiles.deleteQuietly(file);
            PrivateFiles.deleteQuietly(Path.of(file + "-wal"));
            PrivateFiles.deleteQuietly(Path.of(file + "-shm"));
            PrivateFiles.deleteQuietly(Path.of(file + "-journal"));
        }
    }

    private static void copyBytes(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            long position = 0;
            while (position < size) {
                position += in.transferTo(position, size - position, out);
            }
            out.force(true);
        }
    }
}
