package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.storage.StorageException.Kind;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statements SqlSession keeps between transactions, and the saves that use them. */
class SqlSessionTest {
    @TempDir
    Path tmp;

    private SqlSession session() throws SQLException {
        Path file = tmp.resolve("session.db");
        return new SqlSession(Sqlite.openReadWrite(file, Sqlite.DEFAULT_BUSY_TIMEOUT_MILLIS), file);
    }

    @Test
    void aKeptStatementIsTheSameInTheNextTransactionAndOnlyUsableInsideOne() throws SQLException {
        try (SqlSession sql = session()) {
            PreparedStatement first = sql.read(c -> sql.prepared("SELECT 1"));
            PreparedStatement second = sql.write(c -> sql.prepared("SELECT 1"));
            assertSame(first, second);
            assertFalse(first.isClosed());
            assertThrows(IllegalStateException.class, () -> sql.prepared("SELECT 1"));
            assertThrows(IllegalStateException.class, () -> sql.direct(c -> sql.prepared("SELECT 1")));
        }
    }

    @Test
    void aFailedTransactionAndClosingTheSessionDropTheKeptStatements() throws SQLException {
        SqlSession sql = session();
        PreparedStatement before = sql.read(c -> sql.prepared("SELECT 1"));
        assertThrows(StorageException.class, () -> sql.write(c -> {
            sql.prepared("SELECT 1");
            throw new SQLException("disk I/O error", null, 10);
        }));
        assertTrue(before.isClosed(), "a statement in an unknown state is never used again");
        PreparedStatement after = sql.read(c -> sql.prepared("SELECT 1"));
        assertFalse(after.isClosed());
        sql.close();
        assertTrue(after.isClosed());
    }

    @Test
    void savesKeepWorkingAroundBackupsARestoreAndARefusedSave() {
        try (Database db = Database.open(tmp, new MutableClock(T0))) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            db.ratings().setLevel(me, "python", 1, ChangeOrigin.APP);
            Path backup = db.backups().backupNow("manual");
            db.ratings().setLevel(me, "python", 2, ChangeOrigin.APP); // VACUUM INTO ran between two saves
            db.ratings().setNote(me, "python", "after the backup");

            Profile mentor = db.profiles().importComparison("Anna", new ProfileSnapshot("Anna", "mid",
                    List.of(new Rating("python", 4, null, null, T0)),
                    List.of(new RatingChange(1, "python", null, 4, T0, ChangeOrigin.APP))));
            for (Runnable refused : List.<Runnable>of(
                    () -> db.ratings().setLevel(mentor.id(), "python", 5, ChangeOrigin.APP),
                    () -> db.ratings().rate(mentor.id(), "python", 5, "n", null, ChangeOrigin.APP),
                    () -> db.ratings().setNote(mentor.id(), "python", "n"),
                    () -> db.ratings().setEvidence(mentor.id(), "python", "https://example.org"))) {
                assertEquals(Kind.INVALID, assertThrows(StorageException.class, refused::run).kind());
            }
            assertEquals(4, db.ratings().current(mentor.id()).get("python").level(), "the comparison is unchanged");

            db.ratings().setLevel(me, "python", 3, ChangeOrigin.APP);
            db.backups().restore(backup);
            assertEquals(1, db.ratings().current(me).get("python").level(), "restored");
            db.ratings().setLevel(me, "python", 4, ChangeOrigin.CLI);
            Rating now = db.ratings().current(me).get("python");
            assertEquals(4, now.level());
            assertEquals(List.of(1, 4), db.ratings().history(me).stream().map(RatingChange::newLevel).toList());
        }
    }
}
