package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.FAST;
import static dev.skillradar.storage.StorageTestSupport.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.storage.ReliabilityFigures.Category;
import dev.skillradar.storage.StorageException.Kind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

@ExtendWith(ReliabilityFigures.class)
@Tag("slow")
class ConcurrencyTest {
    @TempDir
    Path tmp;

    @Test
    @ReliabilityFigures.Case(value = Category.SECOND_PROCESS,
            label = "another writer holds the lock: BUSY after the timeout, reads still work, nothing lost")
    void aWriterWaitsUpToTheBusyTimeoutThenReportsBusy() throws Exception {
        try (Database db = Database.open(tmp, new MutableClock(T0), FAST);
             Connection other = StorageTestSupport.plain(db.file()); Statement s = other.createStatement()) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO setting (key, value) VALUES ('held', 'by another process')");

            long started = System.nanoTime();
            StorageException e = assertThrows(StorageException.class,
                    () -> db.ratings().setLevel(me, "python", 2, ChangeOrigin.CLI));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(Kind.BUSY, e.kind());
            assertEquals(List.of(db.file().toString()), e.args());
            assertEquals("The SkillRadar database " + db.file() + " is busy: another SkillRadar process is writing to"
                    + " it. Try again in a moment.", e.getMessage());
            assertTrue(waitedMillis >= 250, "waited " + waitedMillis + " ms");
            assertTrue(db.ratings().current(me).isEmpty(), "reading works while another process writes (WAL)");

            s.execute("COMMIT");
            db.ratings().setLevel(me, "python", 2, ChangeOrigin.CLI);
            assertEquals(2, db.ratings().current(me).get("python").level());
            assertEquals(Optional.of("by another process"), db.settings().get("held"));
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.SECOND_PROCESS, label = "the other writer finishes within the timeout: write succeeds")
    void aWriterSucceedsWhenTheOtherProcessFinishesWithinTheTimeout() throws Exception {
        try (Database db = Database.open(tmp, new MutableClock(T0));
             Connection other = StorageTestSupport.plain(db.file()); Statement s = other.createStatement()) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            s.execute("BEGIN IMMEDIATE");
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(200);
                    s.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            releaser.start();
            db.ratings().setLevel(me, "python", 4, ChangeOrigin.CLI);
            releaser.join();
            assertEquals(4, db.ratings().current(me).get("python").level());
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.SECOND_PROCESS, label = "window and CLI share the file and see each other's commits")
    void windowAndCommandLineShareTheFileAndSeeEachOthersCommits() {
        MutableClock clock = new MutableClock(T0);
        try (Database window = Database.open(tmp, clock); Database cli = Database.open(tmp, clock)) {
            long me = window.profiles().getOrCreateDefault("junior").id();
            long seen = window.dataVersion();
            assertEquals(seen, window.dataVersion(), "stable while nobody else commits");

            cli.ratings().setLevel(me, "python", 3, ChangeOrigin.CLI);

            assertNotEquals(seen, window.dataVersion());
            assertEquals(3, window.ratings().current(me).get("python").level());
            for (int i = 0; i < 20; i++) {
                (i % 2 == 0 ? window : cli).ratings().setLevel(me, "skill-" + i, i % 6, ChangeOrigin.APP);
            }
            assertEquals(21, cli.ratings().current(me).size());
            assertEquals("ok", cli.integrityCheck());
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.SECOND_PROCESS, label = "only one window per data folder")
    void onlyOneWindowPerDataDirectory() {
        Optional<InstanceLock> first = InstanceLock.tryAcquire(tmp);
        assertTrue(first.isPresent());
        assertTrue(InstanceLock.tryAcquire(tmp).isEmpty());
        try (InstanceLock other = InstanceLock.tryAcquire(tmp.resolve("other")).orElseThrow()) {
            assertTrue(other != null, "another data directory has its own window");
        }
        first.get().close();
        try (InstanceLock again = InstanceLock.tryAcquire(tmp).orElseThrow()) {
            assertTrue(again != null);
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.SECOND_PROCESS,
            label = "window lock held by a child JVM, released when it is killed")
    void theWindowLockHoldsAcrossProcessesAndDiesWithItsOwner() throws Exception {
        Process child = new ProcessBuilder(CrashSafetyTest.javaCommand(LockHolder.class, tmp.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("LOCKED", out.readLine());
            assertTrue(InstanceLock.tryAcquire(tmp).isEmpty(), "held by the other process");
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        try (InstanceLock mine = InstanceLock.tryAcquire(tmp).orElseThrow()) {
            assertTrue(mine != null, "the OS released the dead process's lock");
        }
    }
}
