package dev.skillradar.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Rating;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * Kills a writing child JVM with SIGKILL at random moments (during start-up, first creation, daily
 * backup, commits, manual backups) and checks after each kill that the file is intact and holds every
 * write the child acknowledged. Bounded: at most 20 rounds or 45 s (about 10–15 s on the dev VM).
 */
@ExtendWith(ReliabilityFigures.class)
@Tag("slow")
class CrashSafetyTest {
    private static final int MAX_ROUNDS = 20;
    private static final long TIME_BUDGET_MILLIS = 45_000;

    @TempDir
    Path tmp;

    static List<String> javaCommand(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    @ReliabilityFigures.Case(value = ReliabilityFigures.Category.CRASH,
            outcome = "reopened with integrity_check ok and every acknowledged write present")
    void everyAcknowledgedWriteSurvivesTheProcessBeingKilledAtAnyMoment(ReliabilityFigures.Variants variants)
            throws Exception {
        long started = System.nanoTime();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long deadline = System.currentTimeMillis() + TIME_BUDGET_MILLIS;
        int rounds = 0;
        int totalAcks = 0;
        int killedBeforeFirstWrite = 0;
        int maxLost = 0;
        int totalLost = 0;
        int neverCreated = 0;
        Path stderr = tmp.resolve("child-stderr.txt");
        Path dataDir = tmp.resolve("data");

        while (rounds < MAX_ROUNDS && System.currentTimeMillis() < deadline) {
            String round = "r" + rounds;
            Process child = new ProcessBuilder(javaCommand(CrashWriter.class, dataDir.toString(), round))
                    .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile())).start();
            AtomicInteger lastAck = new AtomicInteger(-1);
            CountDownLatch opened = new CountDownLatch(1);
            Thread reader = new Thread(() -> readAcks(child, lastAck, opened));
            reader.start();

            if (rounds % 4 == 0) {
                Thread.sleep(random.nextInt(700)); // often still starting, creating or backing up
            } else {
                opened.await(20, TimeUnit.SECONDS);
                Thread.sleep(random.nextInt(400));
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "child died");
            reader.join(20_000);

            int acked = lastAck.get();
            totalAcks += acked + 1;
            killedBeforeFirstWrite += acked < 0 ? 1 : 0;
            boolean created = acked >= 0 || Files.exists(dataDir.resolve(DataDirectory.DATABASE_FILE));
            neverCreated += created ? 0 : 1; // nothing to reopen, and nothing was promised
            int lost = verify(dataDir, round, acked);
            maxLost = Math.max(maxLost, lost);
            totalLost += lost;
            if (created && lost == 0) {
                variants.passed(null);
            } else if (created) {
                variants.failed("round " + rounds + ": " + lost + " of " + (acked + 1) + " acknowledged writes lost");
            }
            rounds++;
        }

        variants.detail(String.format(java.util.Locale.ROOT, "%d SIGKILLs of a writing child JVM in %.1f s (bound: %d rounds"
                + " or %d s), %d after acknowledged writes, %d during start-up or before the first write (%d before the"
                + " file existed); %d acknowledged writes, %d lost; seed %d", rounds,
                (System.nanoTime() - started) / 1e9, MAX_ROUNDS, TIME_BUDGET_MILLIS / 1000, rounds - killedBeforeFirstWrite,
                killedBeforeFirstWrite, neverCreated, totalAcks, totalLost, seed));
        assertEquals(0, maxLost, "acknowledged writes lost; child stderr: " + tail(stderr));
        assertTrue(rounds >= 5, "enough rounds ran: " + rounds);
        assertTrue(totalAcks > 0, "the child wrote something");
    }

    /** Reopens after the kill: no recovery needed, integrity ok, every acknowledged write present. */
    private static int verify(Path dataDir, String round, int lastAck) {
        if (!Files.exists(dataDir.resolve(DataDirectory.DATABASE_FILE)) && lastAck < 0) {
            return 0; // killed before the first start finished: nothing was promised
        }
        try (Database db = Database.open(dataDir, Clock.systemUTC())) {
            assertTrue(db.recoveryNotice().isEmpty(), () -> "a kill must never damage the file: "
                    + db.recoveryNotice().get().describe());
            assertEquals("ok", db.integrityCheck());
            for (BackupInfo backup : db.backups().list()) {
                BackupFolder.verify(backup.file(), Schema.MIGRATIONS.size(), 1000);
            }
            Map<String, Rating> current = db.ratings().current(db.profiles().getOrCreateDefault("junior").id());
            int lost = 0;
            for (int n = 0; n <= lastAck; n++) {
                Rating r = current.get(CrashWriter.skill(round, n));
                boolean intact = r != null && r.level() == CrashWriter.level(n)
                        && (!CrashWriter.hasNote(n) || ("note " + n).equals(r.note()));
                lost += intact ? 0 : 1;
            }
            return lost;
        }
    }

    private static void readAcks(Process child, AtomicInteger lastAck, CountDownLatch opened) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAck.set(Integer.parseInt(line.substring(4)));
                    opened.countDown();
                } else if (line.equals("OPEN")) {
                    opened.countDown();
                }
            }
        } catch (IOException e) {
            // the pipe closes when the child dies
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file) : "";
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
