package dev.skillradar.bench;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a new data folder for {@link TrendBench}: {@code bench-roadmap.json} ({@link BigRoadmap}, 2,200 skills)
 * and, through the real repositories, five years of one rating change a day (1,826 changes from 2021-01-01)
 * in the profile "default". Usage: {@code GenerateBenchData DATA_DIR} (the folder must not hold a database yet).
 */
public final class GenerateBenchData {
    public static final String ROADMAP_FILE = "bench-roadmap.json";
    public static final Instant START = Instant.parse("2021-01-01T00:00:00Z");
    public static final int DAYS = 1826;

    private GenerateBenchData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateBenchData DATA_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        if (Files.exists(dir.resolve("skillradar.db"))) {
            System.err.println(dir + " already holds a database; give a new folder");
            System.exit(2);
        }
        System.out.println(generate(dir));
    }

    /** Writes the catalogue and the history into {@code dir} (which must not hold a database yet); a summary line. */
    public static String generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path roadmapFile = dir.resolve(ROADMAP_FILE);
        Files.writeString(roadmapFile, BigRoadmap.json());
        Roadmap roadmap = new CatalogLoader().load(roadmapFile); // proves it valid
        List<Skill> skills = roadmap.skills();
        StepClock clock = new StepClock(START);
        Random rnd = new Random(1826);
        long began = System.nanoTime();
        try (Database db = Database.open(dir, clock)) {
            Profile me = db.profiles().getOrCreateDefault("junior");
            Map<String, Integer> current = new HashMap<>();
            for (int day = 0; day < DAYS; day++) {
                clock.now = START.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(8 * 60 + rnd.nextInt(12 * 60)));
                String skill = skills.get(rnd.nextInt(skills.size())).id();
                int old = current.getOrDefault(skill, -1);
                int level = (old + 1 + rnd.nextInt(5)) % 6; // always a change, so always a history entry
                db.ratings().setLevel(me.id(), skill, level, day % 3 == 0 ? ChangeOrigin.CLI : ChangeOrigin.APP);
                current.put(skill, level);
            }
            return String.format("%s: %d skills, %d rating changes over %d days, %d skills rated, %d ms, %d KiB",
                    dir, skills.size(), db.ratings().history(me.id()).size(), DAYS, current.size(),
                    Duration.ofNanos(System.nanoTime() - began).toMillis(), Files.size(db.file()) / 1024);
        }
    }

    /** The generator's clock: one day after the other. */
    private static final class StepClock extends Clock {
        private volatile Instant now;

        StepClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
