package dev.skillradar.storage;

import java.util.List;
import java.util.Objects;

/**
 * Any failure of local storage, with a {@link Kind} and arguments so that the UI can show a localized
 * message; {@link #getMessage()} is one plain English sentence naming the file or thing concerned.
 *
 * <p>{@link #args()} by kind (the first argument is always a stable key or the file):
 * <ul>
 *   <li>NEWER_VERSION: [file, version of the file, highest version this build knows]</li>
 *   <li>BUSY, DISK_FULL, READ_ONLY, CORRUPT: [file]</li>
 *   <li>IO: [file, detail]</li>
 *   <li>NOT_FOUND: [what ("profile", "rating", "file"), id or path, ...]</li>
 *   <li>INVALID: [field ("profileName", "roleId", "skillId", "level", "note", "evidence", "settingKey",
 *       "origin", "snapshot", "backup", "target"), offending value, English reason]</li>
 *   <li>CONFLICT: ["profileName" or "profileHasRatings", profile name]</li>
 * </ul>
 * Kinds may be added later: switch over them with a default branch.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (retry, update, free disk space, fix input). */
    public enum Kind {
        /** The file was written by a newer SkillRadar; it was left untouched. */
        NEWER_VERSION,
        /** Another process holds the write lock longer than the busy timeout. */
        BUSY,
        /** The disk is full (or the database reached its size limit); the change was not saved. */
        DISK_FULL,
        /** The disk or file system reported an error. */
        IO,
        /** A profile, rating or file does not exist. */
        NOT_FOUND,
        /** The value given is not acceptable (caller's input). */
        INVALID,
        /** The change clashes with existing data (a taken profile name, a non-empty profile on import). */
        CONFLICT,
        /** The file (or a backup) is damaged. */
        CORRUPT,
        /** The file or its folder cannot be written. */
        READ_ONLY
    }

    private final Kind kind;
    private final List<String> args;

    public StorageException(Kind kind, String message, List<String> args) {
        this(kind, message, args, null);
    }

    public StorageException(Kind kind, String message, List<String> args, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
        this.args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    public Kind kind() {
        return kind;
    }

    public List<String> args() {
        return args;
    }
}
