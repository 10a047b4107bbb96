package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.T0;
import static dev.skillradar.storage.StorageTestSupport.fileNames;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.storage.ReliabilityFigures.Category;
import dev.skillradar.storage.StorageException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** A full disk is simulated with PRAGMA max_page_count, which makes SQLite fail exactly like ENOSPC (SQLITE_FULL). */
@ExtendWith(ReliabilityFigures.class)
@Tag("slow")
class DiskFullTest {
    @TempDir
    Path tmp;

    private static void limitToCurrentSize(Database db) {
        db.withConnection(c -> {
            long pages = Sqlite.queryLong(c, "PRAGMA page_count");
            Sqlite.execute(c, "PRAGMA max_page_count = " + pages);
            return null;
        });
    }

    @Test
    @ReliabilityFigures.Case(value = Category.IO_FAILURE, outcome = "reported, earlier data intact",
            label = "disk full during ratings: DISK_FULL, every acknowledged rating kept, works once space is freed")
    void aFullDiskIsReportedAndEverythingSavedBeforeSurvives() {
        MutableClock clock = new MutableClock(T0);
        Map<String, Integer> acknowledged = new HashMap<>();
        long me;
        try (Database db = Database.open(tmp, clock)) {
            me = db.profiles().getOrCreateDefault("junior").id();
            for (int i = 0; i < 20; i++) {
                db.ratings().setLevel(me, "skill-" + i, i % 6, ChangeOrigin.APP);
                acknowledged.put("skill-" + i, i % 6);
            }
            limitToCurrentSize(db);

            StorageException full = null;
            for (int i = 20; i < 2000 && full == null; i++) {
                try {
                    db.ratings().setLevel(me, "skill-" + i, i % 6, ChangeOrigin.APP);
                    db.ratings().setNote(me, "skill-" + i, "n".repeat(3000));
                    acknowledged.put("skill-" + i, i % 6);
                } catch (StorageException e) {
                    full = e;
                }
            }

            assertNotNull(full, "the size limit was reached");
            assertEquals(Kind.DISK_FULL, full.kind());
            assertEquals(List.of(db.file().toString()), full.args());
            assertTrue(full.getMessage().contains(db.file().toString()) && full.getMessage().contains("full"),
                    full.getMessage());
            assertEquals("ok", db.integrityCheck());
            Map<String, Integer> stored = new HashMap<>();
            db.ratings().current(me).forEach((skill, r) -> stored.put(skill, r.level()));
            assertTrue(stored.entrySet().containsAll(acknowledged.entrySet()), "no acknowledged write lost");

            db.withConnection(c -> {
                Sqlite.execute(c, "PRAGMA max_page_count = 1073741823"); // space freed
                return null;
            });
            db.ratings().setLevel(me, "after", 1, ChangeOrigin.APP);
        }
        try (Database db = Database.open(tmp, clock)) {
            assertTrue(db.recoveryNotice().isEmpty());
            Map<String, Rating> current = db.ratings().current(me);
            acknowledged.forEach((skill, level) -> assertEquals(level, current.get(skill).level(), skill));
            assertEquals(1, current.get("after").level());
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.IO_FAILURE, outcome = "reported, earlier data intact",
            label = "disk full during an import: nothing changed")
    void anImportThatFillsTheDiskChangesNothing() {
        try (Database db = Database.open(tmp, new MutableClock(T0))) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            db.ratings().setLevel(me, "docker", 3, ChangeOrigin.APP);
            List<Rating> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add(new Rating("skill-" + i, 2, "x".repeat(3000), null, T0));
            }
            ProfileSnapshot big = new ProfileSnapshot("big", "senior", many, List.<RatingChange>of());
            limitToCurrentSize(db);

            StorageException e = assertThrows(StorageException.class,
                    () -> db.profiles().importSnapshot("default", big, true));

            assertEquals(Kind.DISK_FULL, e.kind());
            assertEquals(List.of("docker"), List.copyOf(db.ratings().current(me).keySet()));
            assertEquals(1, db.ratings().history(me).size());
            assertEquals("ok", db.integrityCheck());
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.IO_FAILURE, outcome = "reported, earlier data intact",
            label = "disk full writing an export or report: old file kept")
    void anAtomicWriteOnAFullDiskKeepsTheOldFile() throws IOException {
        Path target = tmp.resolve("report.pdf");
        Files.write(target, new byte[] {1, 2, 3});
        StorageException e = assertThrows(StorageException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[] {9, 9});
            throw new IOException("No space left on device");
        }));
        assertEquals(Kind.DISK_FULL, e.kind());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of("report.pdf"), fileNames(tmp));
    }

    @Test
    @ReliabilityFigures.Case(value = Category.IO_FAILURE, outcome = "reported with the folder named",
            label = "read-only data folder")
    void aReadOnlyDataFolderIsReportedClearly() throws IOException {
        Assumptions.assumeFalse(StorageTestSupport.isRoot(),
                "running as root: root ignores file permissions, so a read-only folder cannot be simulated");
        Database.open(tmp, new MutableClock(T0)).close();
        Path file = tmp.resolve(DataDirectory.DATABASE_FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("r-x------"));
        try {
            StorageException e = assertThrows(StorageException.class, () -> {
                try (Database db = Database.open(tmp, new MutableClock(T0.plusSeconds(90_000)))) {
                    db.ratings().setLevel(db.profiles().getOrCreateDefault("junior").id(), "python", 1, ChangeOrigin.APP);
                }
            });
            assertTrue(e.kind() == Kind.READ_ONLY || e.kind() == Kind.IO, e.kind() + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
