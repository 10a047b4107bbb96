package dev.skillradar.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Edits an SQLite file's header directly (https://sqlite.org/fileformat.html#the_database_header), so
 * that the tests can fake a database from a newer SkillRadar without SQL outside the storage package.
 */
public final class SqliteHeader {
    /** Offset of the 4-byte big-endian "user version" that SkillRadar uses as its data version. */
    private static final int USER_VERSION_OFFSET = 60;

    private SqliteHeader() {
    }

    public static void setUserVersion(Path db, int version) throws IOException {
        if (Files.exists(Path.of(db + "-wal")) && Files.size(Path.of(db + "-wal")) > 0) {
            throw new IllegalStateException("the database still has a write-ahead log; close every connection first");
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(USER_VERSION_OFFSET);
            f.writeInt(version);
        }
    }
}
