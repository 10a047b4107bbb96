package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.T0;
import static dev.skillradar.storage.StorageTestSupport.bytes;
import static dev.skillradar.storage.StorageTestSupport.fileNames;
import static dev.skillradar.storage.StorageTestSupport.permissions;
import static dev.skillradar.storage.StorageTestSupport.queryLong;
import static dev.skillradar.storage.StorageTestSupport.queryString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.storage.ReliabilityFigures.Category;
import dev.skillradar.storage.StorageException.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ReliabilityFigures.class)
class BackupServiceTest {
    @TempDir
    Path tmp;
    @TempDir
    Path elsewhere;

    @Test
    void backupNowWritesAVerifiedPrivateCopyIntoTheRotationFolder() throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (Database db = Database.open(tmp, clock)) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            db.ratings().setLevel(me, "python", 3, ChangeOrigin.APP);
            clock.advance(Duration.ofMillis(1500));
            Path copy = db.backups().backupNow("Manual copy!");

            assertEquals(tmp.resolve("backups/skillradar-20260302T090001.500Z-manual-copy.db"), copy);
            assertEquals("rwx------", permissions(copy.getParent()));
            assertEquals("rw-------", permissions(copy));
            assertEquals("ok", queryString(copy, "PRAGMA quick_check"));
            assertEquals(3, queryLong(copy, "SELECT level FROM rating WHERE skill_id = 'python'"));
            BackupInfo newest = db.backups().list().get(0);
            assertEquals(new BackupInfo(copy, T0.plusMillis(1500), "manual-copy", Files.size(copy)), newest);
            assertTrue(fileNames(copy.getParent()).stream().noneMatch(n -> n.endsWith(".tmp")), "no temp files left");
        }
    }

    @Test
    void rotationKeepsTheLastSevenDailyAndFourWeeklyCopies() {
        Instant start = Instant.parse("2026-01-05T12:00:00Z"); // a Monday
        MutableClock clock = new MutableClock(start);
        try (Database db = Database.open(tmp, clock)) {
            for (int day = 0; day < 60; day++) {
                clock.set(start.plus(Duration.ofDays(day)));
                db.backups().backupNow("daily");
            }
            Set<LocalDate> kept = db.backups().list().stream()
                    .map(b -> LocalDate.ofInstant(b.takenAt(), ZoneOffset.UTC))
                    .collect(Collectors.toCollection(TreeSet::new));
            // Newest is Thursday 2026-03-05: 7 days back to 02-27; weeks end 03-05, 03-01, 02-22, 02-15.
            Set<LocalDate> expected = new TreeSet<>(List.of(
                    LocalDate.parse("2026-02-15"), LocalDate.parse("2026-02-22"),
                    LocalDate.parse("2026-02-27"), LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-01"),
                    LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-04"),
                    LocalDate.parse("2026-03-05")));
            assertEquals(expected, kept);
            assertEquals(9, db.backups().list().size());
        }
    }

    @Test
    void copiesOfTheLastDayAreAllKeptSoEachImportCanBeUndone() {
        MutableClock clock = new MutableClock(T0);
        try (Database db = Database.open(tmp, clock)) {
            for (int i = 0; i < 3; i++) {
                clock.advance(Duration.ofHours(1));
                db.backups().backupNow("before-import");
            }
            assertEquals(4, db.backups().list().size(), "daily + three imports");
            clock.advance(Duration.ofDays(1));
            db.backups().backupNow("manual");
            assertEquals(2, db.backups().list().size(), "yesterday collapses to its newest copy");
            assertEquals(List.of("manual", "before-import"),
                    db.backups().list().stream().map(BackupInfo::reason).toList());
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.IO_FAILURE, outcome = "reported, earlier data intact",
            label = "backup copy spoiled before verification: refused, no bad copy kept")
    void aCopyThatFailsVerificationIsDiscarded() {
        try (Database db = Database.open(tmp, new MutableClock(T0))) {
            List<BackupInfo> before = db.backups().list();
            db.backups().beforeVerify = copy -> {
                try {
                    byte[] junk = new byte[(int) Files.size(copy)];
                    new Random(7).nextBytes(junk);
                    Files.write(copy, junk);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            StorageException e = assertThrows(StorageException.class, () -> db.backups().backupNow("manual"));
            assertEquals(Kind.CORRUPT, e.kind());
            assertTrue(e.getMessage().contains("failed verification"), e.getMessage());
            assertEquals(before, db.backups().list());
            assertTrue(fileNames(db.backups().directory()).stream().noneMatch(n -> n.startsWith(".")),
                    "the bad copy is gone");
        }
    }

    @Test
    void backupToWritesAVerifiedPrivateCopyAtTheChosenPath() throws Exception {
        try (Database db = Database.open(tmp, new MutableClock(T0))) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            db.ratings().setLevel(me, "python", 1, ChangeOrigin.CLI);
            Path target = elsewhere.resolve("my backup.db");
            assertEquals(target, db.backups().backupTo(target));
            assertEquals("rw-------", permissions(target));
            assertEquals(1, queryLong(target, "SELECT level FROM rating"));

            db.ratings().setLevel(me, "python", 5, ChangeOrigin.CLI);
            db.backups().backupTo(target);
            assertEquals(5, queryLong(target, "SELECT level FROM rating"), "an existing file is replaced");
            assertEquals(List.of("my backup.db"), fileNames(elsewhere));

            assertEquals(Kind.NOT_FOUND, assertThrows(StorageException.class,
                    () -> db.backups().backupTo(elsewhere.resolve("missing/x.db"))).kind());
            assertEquals(Kind.INVALID, assertThrows(StorageException.class,
                    () -> db.backups().backupTo(db.file())).kind());
            assertEquals(Kind.INVALID, assertThrows(StorageException.class,
                    () -> db.backups().backupTo(Path.of(db.file() + "-wal"))).kind());
            Path besideTheDatabase = tmp.resolve("skillradar.db.copy");
            assertEquals(besideTheDatabase, db.backups().backupTo(besideTheDatabase));
            assertEquals(Kind.INVALID, assertThrows(StorageException.class,
                    () -> db.backups().backupTo(elsewhere)).kind());
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.SECOND_PROCESS, label = "a restore is seen at once by another open connection")
    void restoreBacksUpTheCurrentStateFirstAndOtherProcessesSeeTheRestoredData() throws Exception {
        MutableClock clock = new MutableClock(T0);
        Path saved = elsewhere.resolve("saved.db");
        try (Database db = Database.open(tmp, clock); Database cli = Database.open(tmp, clock)) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            db.ratings().setLevel(me, "python", 1, ChangeOrigin.APP);
            db.backups().backupTo(saved);
            byte[] savedBytes = bytes(saved);
            db.ratings().setLevel(me, "python", 3, ChangeOrigin.APP);
            db.ratings().setLevel(me, "sql", 2, ChangeOrigin.APP);
            long cliVersion = cli.dataVersion();
            clock.advance(Duration.ofMinutes(1));

            db.backups().restore(saved);

            assertEquals(1, db.ratings().current(me).get("python").level());
            assertFalse(db.ratings().current(me).containsKey("sql"));
            assertNotEquals(cliVersion, cli.dataVersion(), "the other connection notices the restore");
            assertEquals(1, cli.ratings().current(me).get("python").level());
            BackupInfo before = db.backups().list().stream().filter(b -> b.reason().equals("before-restore"))
                    .findFirst().orElseThrow();
            assertEquals(3, queryLong(before.file(), "SELECT level FROM rating WHERE skill_id = 'python'"));
            assertEquals(2, queryLong(before.file(), "SELECT level FROM rating WHERE skill_id = 'sql'"));
            assertArrayEquals(savedBytes, bytes(saved), "the backup file is only read");
            assertEquals(List.of("saved.db"), fileNames(elsewhere), "no -wal/-shm created beside it");
            assertEquals("ok", db.integrityCheck());
            assertEquals(Sqlite.APPLICATION_ID, (long) db.withConnection(c -> Sqlite.queryLong(c, "PRAGMA application_id")));
        }
        assertEquals(2, Files.readAllBytes(tmp.resolve(DataDirectory.DATABASE_FILE))[18], "still in WAL mode");
    }

    @Test
    @ReliabilityFigures.Case(value = Category.DAMAGED_FILE, outcome = "refused by restore, data unchanged")
    void restoreRefusesFilesThatFailVerificationAndChangesNothing(ReliabilityFigures.Variants variants) throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (Database db = Database.open(tmp, clock)) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            db.ratings().setLevel(me, "python", 4, ChangeOrigin.APP);
            int backups = db.backups().list().size();

            Path garbage = elsewhere.resolve("garbage.db");
            byte[] junk = new byte[16384];
            new Random(3).nextBytes(junk);
            Files.write(garbage, junk);
            Path foreign = elsewhere.resolve("foreign.db");
            StorageTestSupport.execute(foreign, "CREATE TABLE t (x)");
            Path newer = elsewhere.resolve("newer.db");
            db.backups().backupTo(newer);
            StorageTestSupport.execute(newer, "PRAGMA user_version = 42");
            Path truncated = elsewhere.resolve("truncated.db");
            db.backups().backupTo(truncated);
            byte[] full = bytes(truncated);
            Files.write(truncated, java.util.Arrays.copyOf(full, full.length / 2));

            Runnable unchanged = () -> {
                assertEquals(4, db.ratings().current(me).get("python").level());
                assertEquals(backups, db.backups().list().size());
            };
            assertEquals(Kind.CORRUPT, assertThrows(StorageException.class, () -> db.backups().restore(garbage)).kind());
            unchanged.run();
            variants.passed("restore a garbage file");
            assertEquals(Kind.CORRUPT, assertThrows(StorageException.class, () -> db.backups().restore(truncated)).kind());
            unchanged.run();
            variants.passed("restore a truncated backup");
            assertEquals(Kind.INVALID, assertThrows(StorageException.class, () -> db.backups().restore(foreign)).kind());
            unchanged.run();
            variants.passed("restore a foreign SQLite file");
            StorageException tooNew = assertThrows(StorageException.class, () -> db.backups().restore(newer));
            assertEquals(Kind.NEWER_VERSION, tooNew.kind());
            assertEquals("42", tooNew.args().get(1));
            unchanged.run();
            variants.passed(Category.NEWER_SCHEMA, "restore a backup from a newer version");
            assertEquals(Kind.NOT_FOUND, assertThrows(StorageException.class,
                    () -> db.backups().restore(elsewhere.resolve("nope.db"))).kind());
            unchanged.run();
            variants.passed("restore a missing file");

            assertEquals(4, db.ratings().current(me).get("python").level());
            assertEquals(backups, db.backups().list().size(), "nothing to back up before a refused restore");
            assertTrue(fileNames(tmp).stream().noneMatch(n -> n.endsWith(".tmp")), "no temp copies left");
        }
    }

    @Test
    void restoringABackupOfAnOlderVersionMigratesIt() throws Exception {
        MutableClock clock = new MutableClock(T0);
        Path old = elsewhere.resolve("v1.db");
        try (Database v1 = Database.open(tmp.resolve("v1"), clock)) {
            long me = v1.profiles().getOrCreateDefault("junior").id();
            v1.ratings().setLevel(me, "python", 2, ChangeOrigin.APP);
            v1.backups().backupTo(old);
        }
        List<Schema.Migration> v2 = new ArrayList<>(Schema.MIGRATIONS);
        v2.add(new Schema.Migration("avatars", List.of("ALTER TABLE profile ADD COLUMN avatar TEXT")));
        try (Database db = Database.open(tmp.resolve("v2"), clock, new Database.Options(v2, 3000))) {
            db.backups().restore(old);
            assertEquals(v2.size(), (long) db.withConnection(c -> Sqlite.queryLong(c, "PRAGMA user_version")));
            assertEquals(0L, (long) db.withConnection(c -> Sqlite.queryLong(c,
                    "SELECT count(*) FROM profile WHERE avatar IS NOT NULL")));
            long me = db.profiles().getOrCreateDefault("junior").id();
            assertEquals(2, db.ratings().current(me).get("python").level());
        }
    }
}
