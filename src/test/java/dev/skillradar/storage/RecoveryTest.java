package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.T0;
import static dev.skillradar.storage.StorageTestSupport.bytes;
import static dev.skillradar.storage.StorageTestSupport.fileNames;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.storage.RecoveryNotice.Problem;
import dev.skillradar.storage.ReliabilityFigures.Category;
import dev.skillradar.storage.StorageException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ReliabilityFigures.class)
class RecoveryTest {
    private static final int SKILLS = 150;
    private static final byte[] WAL_BYTES = "bytes of the moved file's -wal".getBytes();

    @TempDir
    Path tmp;

    /** How a file gets spoiled, and what start-up should call it. */
    enum Damage {
        GARBAGE(Problem.DAMAGED, "damaged"),
        TRUNCATED(Problem.DAMAGED, "damaged"),
        ZEROED_PAGES(Problem.DAMAGED, "damaged"),
        ZERO_LENGTH(Problem.EMPTY_FILE, "empty"),
        FOREIGN_SQLITE(Problem.FOREIGN, "foreign");

        final Problem problem;
        final String tag;

        Damage(Problem problem, String tag) {
            this.problem = problem;
            this.tag = tag;
        }

        void apply(Path file) throws Exception {
            byte[] original = Files.readAllBytes(file);
            switch (this) {
                case GARBAGE -> {
                    byte[] junk = new byte[original.length];
                    new Random(42).nextBytes(junk);
                    Files.write(file, junk);
                }
                case TRUNCATED -> Files.write(file, Arrays.copyOf(original, original.length / 2));
                case ZEROED_PAGES -> {
                    Arrays.fill(original, 4096, 4 * 4096, (byte) 0);
                    Files.write(file, original);
                }
                case ZERO_LENGTH -> Files.write(file, new byte[0]);
                case FOREIGN_SQLITE -> {
                    Files.delete(file);
                    StorageTestSupport.execute(file, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
                            "INSERT INTO invoices (total) VALUES (12.5)");
                }
            }
        }
    }

    static Stream<Arguments> variants() {
        return Stream.of(Damage.values()).flatMap(d -> Stream.of(Arguments.of(d, true), Arguments.of(d, false)));
    }

    /** A database with many ratings (several pages), optionally a fresh manual backup; returns the backup time. */
    private Optional<Instant> prepare(MutableClock clock, boolean withBackup) throws IOException {
        Instant backupAt = null;
        try (Database db = Database.open(tmp, clock)) {
            List<Rating> ratings = new ArrayList<>();
            for (int i = 0; i < SKILLS; i++) {
                ratings.add(new Rating("skill-" + i, i % 6, "note " + "x".repeat(i), null, T0));
            }
            // one transaction: fast even where fsync is slow
            db.profiles().importSnapshot("default", new ProfileSnapshot("seed", "junior", ratings, List.of()), false);
            if (withBackup) {
                clock.advance(Duration.ofMinutes(30));
                backupAt = clock.instant();
                db.backups().backupNow("manual");
            }
        }
        if (!withBackup) {
            deleteTree(BackupFolder.directory(tmp));
        }
        return Optional.ofNullable(backupAt);
    }

    @ParameterizedTest(name = "{0}, backup: {1}")
    @MethodSource("variants")
    @ReliabilityFigures.Case(value = Category.DAMAGED_FILE, outcome = "moved aside untouched and recovered")
    void unusableFileIsMovedAsideWithItsCompanionsAndTheNewestBackupRestored(Damage damage, boolean withBackup)
            throws Exception {
        MutableClock clock = new MutableClock(T0);
        Optional<Instant> backupAt = prepare(clock, withBackup);
        Path file = tmp.resolve(DataDirectory.DATABASE_FILE);
        damage.apply(file);
        Files.write(Path.of(file + "-wal"), WAL_BYTES);
        byte[] damaged = bytes(file);
        clock.set(Instant.parse("2026-03-03T18:15:00Z"));

        try (Database db = Database.open(tmp, clock)) {
            RecoveryNotice notice = db.recoveryNotice().orElseThrow();
            Path moved = tmp.resolve("skillradar.db." + damage.tag + "-20260303-181500");
            assertEquals(damage.problem, notice.problem());
            assertEquals(moved, notice.movedAsideTo());
            assertArrayEquals(damaged, bytes(moved), "the original bytes are kept");
            assertArrayEquals(WAL_BYTES, bytes(Path.of(moved + "-wal")), "its -wal moved along, unchanged");
            assertTrue(notice.describe().contains(moved.toString()), notice.describe());
            long me = db.profiles().getOrCreateDefault("junior").id();
            if (withBackup) {
                assertEquals(backupAt, notice.backupTakenAt());
                assertEquals(db.backups().list().stream().filter(b -> b.reason().equals("manual")).findFirst()
                        .map(BackupInfo::file), notice.restoredFrom());
                assertTrue(notice.describe().contains("2026-03-02 09:30 UTC"), notice.describe());
                assertEquals(SKILLS, db.ratings().current(me).size());
                assertEquals(SKILLS, db.ratings().history(me).size());
            } else {
                assertTrue(notice.backupTakenAt().isEmpty());
                assertTrue(notice.restoredFrom().isEmpty());
                assertTrue(notice.describe().contains("started fresh"), notice.describe());
                assertTrue(db.ratings().current(me).isEmpty());
            }
            assertEquals("ok", db.integrityCheck());
            db.ratings().setLevel(me, "after-recovery", 1, ChangeOrigin.APP);
        }
        try (Database db = Database.open(tmp, clock)) {
            assertTrue(db.recoveryNotice().isEmpty(), "the recovered file is used from now on");
        }
    }

    @ParameterizedTest(name = "backup available: {0}")
    @ValueSource(booleans = {true, false})
    @ReliabilityFigures.Case(value = Category.NEWER_SCHEMA, outcome = "refused, file untouched",
            label = "not recovered over")
    void fileFromANewerVersionIsNeverRecoveredOver(boolean withBackup) throws Exception {
        MutableClock clock = new MutableClock(T0);
        prepare(clock, withBackup);
        Path file = tmp.resolve(DataDirectory.DATABASE_FILE);
        StorageTestSupport.execute(file, "PRAGMA user_version = " + (Schema.MIGRATIONS.size() + 1));
        byte[] before = bytes(file);
        List<String> backupsBefore = withBackup ? fileNames(BackupFolder.directory(tmp)) : List.of();

        StorageException e = assertThrows(StorageException.class, () -> Database.open(tmp, clock));

        assertEquals(Kind.NEWER_VERSION, e.kind());
        assertArrayEquals(before, bytes(file));
        assertTrue(fileNames(tmp).stream().noneMatch(n -> n.contains(".damaged-") || n.contains(".foreign-")));
        if (withBackup) {
            assertEquals(backupsBefore, fileNames(BackupFolder.directory(tmp)));
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.DAMAGED_FILE, outcome = "moved aside untouched and recovered",
            label = "damaged newest backup skipped for the older one")
    void aDamagedNewestBackupIsSkippedForTheNextOne() throws Exception {
        MutableClock clock = new MutableClock(T0);
        Path older;
        Path newer;
        try (Database db = Database.open(tmp, clock)) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            db.ratings().setLevel(me, "python", 2, ChangeOrigin.APP);
            clock.advance(Duration.ofHours(1));
            older = db.backups().backupNow("manual");
            db.ratings().setLevel(me, "python", 4, ChangeOrigin.APP);
            clock.advance(Duration.ofHours(1));
            newer = db.backups().backupNow("manual");
        }
        byte[] spoiled = bytes(newer);
        Arrays.fill(spoiled, 4096, spoiled.length, (byte) 0x5A);
        Files.write(newer, spoiled);
        Damage.GARBAGE.apply(tmp.resolve(DataDirectory.DATABASE_FILE));

        try (Database db = Database.open(tmp, clock)) {
            RecoveryNotice notice = db.recoveryNotice().orElseThrow();
            assertEquals(Optional.of(older), notice.restoredFrom());
            long me = db.profiles().getOrCreateDefault("junior").id();
            assertEquals(2, db.ratings().current(me).get("python").level());
        }
        assertArrayEquals(spoiled, bytes(newer), "a bad backup is skipped, not deleted");
    }

    @Test
    @ReliabilityFigures.Case(value = Category.DAMAGED_FILE, outcome = "moved aside untouched and recovered",
            label = "two programs start on a damaged file at once: recovered once")
    void twoProgramsStartingOnADamagedFileRecoverItOnce() throws Exception {
        MutableClock clock = new MutableClock(T0);
        prepare(clock, true);
        Damage.GARBAGE.apply(tmp.resolve(DataDirectory.DATABASE_FILE));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Database>> opens = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                opens.add(pool.submit(() -> Database.open(tmp, clock)));
            }
            int notices = 0;
            for (Future<Database> f : opens) {
                try (Database db = f.get()) {
                    notices += db.recoveryNotice().isPresent() ? 1 : 0;
                    assertEquals(SKILLS, db.ratings().current(db.profiles().getOrCreateDefault("junior").id()).size());
                }
            }
            assertEquals(1, notices);
            assertEquals(1, fileNames(tmp).stream().filter(n -> n.matches("skillradar\\.db\\.damaged-[0-9-]+")).count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noticeSaysWhatHappenedInPlainWords() {
        RecoveryNotice restored = new RecoveryNotice(Problem.FOREIGN, Path.of("/d/skillradar.db.foreign-20261128-181500"),
                Optional.of(Instant.parse("2026-11-27T08:00:00Z")),
                Optional.of(Path.of("/d/backups/skillradar-20261127T080000.000Z-daily.db")));
        assertEquals("The SkillRadar database /d/skillradar.db belonged to another program. It was moved aside,"
                + " not deleted, to /d/skillradar.db.foreign-20261128-181500. The newest working"
                + " backup, taken on 2026-11-27 08:00 UTC, was restored from"
                + " /d/backups/skillradar-20261127T080000.000Z-daily.db; changes made after that backup are not"
                + " included.", restored.describe());
        RecoveryNotice fresh = new RecoveryNotice(Problem.EMPTY_FILE, Path.of("/d/skillradar.db.empty-20261128-181500"),
                Optional.empty(), Optional.empty());
        assertFalse(fresh.describe().contains("restored"));
        assertTrue(fresh.describe().endsWith("No working backup was found, so SkillRadar started fresh with an empty"
                + " profile."));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
