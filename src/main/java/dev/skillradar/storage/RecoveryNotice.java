package dev.skillradar.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Database#open} did because the database file could not be used: the file was moved aside
 * (never deleted) and either the newest verified backup was restored or SkillRadar started fresh.
 */
public record RecoveryNotice(Problem problem, Path movedAsideTo, Optional<Instant> backupTakenAt,
                             Optional<Path> restoredFrom) {

    /** Why the file could not be used. */
    public enum Problem {
        /** Not readable as a database, or it failed SQLite's quick_check (garbage, truncated, zeroed pages). */
        DAMAGED,
        /** A readable SQLite database of another application. */
        FOREIGN,
        /** A zero-length file, or an SQLite database with nothing in it. */
        EMPTY_FILE
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public RecoveryNotice {
        Objects.requireNonNull(problem);
        Objects.requireNonNull(movedAsideTo);
        Objects.requireNonNull(backupTakenAt);
        Objects.requireNonNull(restoredFrom);
    }

    /** One short English paragraph for the user: what happened, where the file went, what was restored. */
    public String describe() {
        String what = switch (problem) {
            case DAMAGED -> "was damaged and could not be read";
            case FOREIGN -> "belonged to another program";
            case EMPTY_FILE -> "was empty";
        };
        Path original = movedAsideTo.resolveSibling(DataDirectory.DATABASE_FILE);
        String start = "The SkillRadar database " + original + " " + what + ". It was moved aside, not deleted, to "
                + movedAsideTo + ". ";
        if (restoredFrom.isPresent()) {
            String when = backupTakenAt.map(WHEN::format).orElse("an unknown date");
            return start + "The newest working backup, taken on " + when + ", was restored from "
                    + restoredFrom.get() + "; changes made after that backup are not included.";
        }
        return start + "No working backup was found, so SkillRadar started fresh with an empty profile.";
    }
}
