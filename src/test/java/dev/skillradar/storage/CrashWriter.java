package dev.skillradar.storage;

import dev.skillradar.assessment.ChangeOrigin;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process for {@link CrashSafetyTest}: writes ratings (and notes, and now and then a backup) in a loop
 * and prints "ACK n" only after write n has returned, i.e. after its COMMIT. It runs until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    /** What write {@code n} of a round stores: level and whether a note goes with it. */
    static String skill(String round, int n) {
        return round + "-" + n;
    }

    static int level(int n) {
        return n % 6;
    }

    static boolean hasNote(int n) {
        return n % 3 == 0;
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        String round = args[1];
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Database db = Database.open(dataDir, Clock.systemUTC())) {
            long me = db.profiles().getOrCreateDefault("junior").id();
            out.println("OPEN");
            out.flush();
            for (int n = 0; ; n++) {
                db.ratings().setLevel(me, skill(round, n), level(n), ChangeOrigin.CLI);
                if (hasNote(n)) {
                    db.ratings().setNote(me, skill(round, n), "note " + n);
                }
                if (n % 150 == 149) {
                    db.backups().backupNow("manual");
                }
                out.println("ACK " + n);
                out.flush();
            }
        }
    }
}
