package dev.skillradar.storage;

import dev.skillradar.storage.StorageException.Kind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/** Turns SQLite result codes and file-system errors into {@link StorageException}s with clear sentences. */
final class SqlErrors {
    // Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
    static final int SQLITE_PERM = 3;
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_IOERR = 10;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_CONSTRAINT = 19;
    static final int SQLITE_NOTADB = 26;

    private SqlErrors() {
    }

    static int primaryCode(SQLException e) {
        return e.getErrorCode() & 0xFF;
    }

    static boolean isCorruption(SQLException e) {
        int code = primaryCode(e);
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    }

    static StorageException map(SQLException e, Path file) {
        String f = file.toString();
        return switch (primaryCode(e)) {
            case SQLITE_BUSY, SQLITE_LOCKED -> busy(file, e);
            case SQLITE_FULL -> diskFull(file, e);
            case SQLITE_READONLY, SQLITE_PERM -> readOnly(file, e);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> new StorageException(Kind.CORRUPT,
                    "The SkillRadar database " + f + " is damaged. Restart SkillRadar: it will move the file aside"
                            + " and restore the newest backup.", List.of(f), e);
            case SQLITE_CONSTRAINT -> new StorageException(Kind.INVALID,
                    "The change was refused by a rule of the SkillRadar database " + f + ": " + e.getMessage(),
                    List.of("constraint", "", String.valueOf(e.getMessage())), e);
            case SQLITE_CANTOPEN -> new StorageException(Kind.IO,
                    "The SkillRadar database " + f + " cannot be opened: check that its folder exists and is"
                            + " accessible.", List.of(f, String.valueOf(e.getMessage())), e);
            case SQLITE_IOERR -> io(file, "a disk input/output error", e);
            default -> io(file, String.valueOf(e.getMessage()), e);
        };
    }

    static StorageException map(IOException e, Path file) {
        String f = file.toString();
        if (PrivateFiles.isDiskFull(e)) {
            return diskFull(file, e);
        }
        if (e instanceof AccessDeniedException) {
            return readOnly(file, e);
        }
        if (e instanceof NoSuchFileException) {
            return new StorageException(Kind.NOT_FOUND, "The file " + f + " does not exist.", List.of("file", f), e);
        }
        return io(file, String.valueOf(e.getMessage()), e);
    }

    static StorageException busy(Path file, Throwable cause) {
        String f = file.toString();
        return new StorageException(Kind.BUSY, "The SkillRadar database " + f + " is busy: another SkillRadar"
                + " process is writing to it. Try again in a moment.", List.of(f), cause);
    }

    static StorageException diskFull(Path file, Throwable cause) {
        String f = file.toString();
        return new StorageException(Kind.DISK_FULL, "The disk holding " + f + " is full, so the last change was"
                + " not saved. Free some disk space and try again.", List.of(f), cause);
    }

    static StorageException readOnly(Path file, Throwable cause) {
        String f = file.toString();
        return new StorageException(Kind.READ_ONLY, "SkillRadar cannot write to " + f + ": the file or its folder"
                + " is read-only. Check their permissions.", List.of(f), cause);
    }

    static StorageException io(Path file, String detail, Throwable cause) {
        String f = file.toString();
        return new StorageException(Kind.IO, "SkillRadar could not read or write " + f + " (" + detail
                + "); the last change was not saved.", List.of(f, detail), cause);
    }

    static StorageException invalid(String field, Object value, String reason) {
        return new StorageException(Kind.INVALID, "Invalid " + field + " \"" + value + "\": " + reason + ".",
                List.of(field, String.valueOf(value), reason));
    }
}
