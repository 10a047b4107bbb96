package dev.skillradar.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.storage.StorageException.Kind;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqlErrorsTest {
    private static final Path FILE = Path.of("/x/skillradar.db");

    @ParameterizedTest(name = "SQLite code {0} -> {1}")
    @CsvSource({
        "5, BUSY", "6, BUSY", "517, BUSY", "773, BUSY",          // BUSY, LOCKED, BUSY_SNAPSHOT, BUSY_TIMEOUT
        "13, DISK_FULL",
        "10, IO", "778, IO", "1034, IO",                       // IOERR, IOERR_WRITE, IOERR_FSYNC
        "11, CORRUPT", "26, CORRUPT", "267, CORRUPT",          // CORRUPT, NOTADB, CORRUPT_VTAB
        "8, READ_ONLY", "3, READ_ONLY",
        "14, IO",
        "19, INVALID"})
    void sqliteResultCodesMapToKinds(int code, Kind expected) {
        StorageException e = SqlErrors.map(new SQLException("sqlite said no", null, code), FILE);
        assertEquals(expected, e.kind());
        assertTrue(e.getMessage().contains(FILE.toString()) || expected == Kind.INVALID, e.getMessage());
    }

    @Test
    void theDriversOwnExceptionsMapToo() {
        assertEquals(Kind.DISK_FULL, SqlErrors.map(new SQLiteException("full", SQLiteErrorCode.SQLITE_FULL), FILE).kind());
        assertEquals(Kind.BUSY, SqlErrors.map(new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY_TIMEOUT), FILE).kind());
    }

    @Test
    void messagesAreOneClearSentenceNamingTheFile() {
        assertEquals("The SkillRadar database /x/skillradar.db is busy: another SkillRadar process is writing to it."
                + " Try again in a moment.", SqlErrors.map(new SQLException("", null, 5), FILE).getMessage());
        assertEquals("The disk holding /x/skillradar.db is full, so the last change was not saved. Free some disk"
                + " space and try again.", SqlErrors.map(new SQLException("", null, 13), FILE).getMessage());
        assertEquals("SkillRadar cannot write to /x/skillradar.db: the file or its folder is read-only. Check their"
                + " permissions.", SqlErrors.map(new SQLException("", null, 8), FILE).getMessage());
    }
}
