package dev.skillradar.bench;

import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Radar;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.assessment.Trend;
import dev.skillradar.assessment.TrendPeriod;
import dev.skillradar.assessment.TrendPoint;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Warm-loop timings over the data of {@link GenerateBenchData}: reading the history, building the replay, the
 * trend per month, week and day (replay built each time, goal: well under 200 ms), the state at 100 random
 * instants (one sweep, and one by one), readiness at those instants, and the radar of the 200-skill area.
 * Prints the median (and min–max) of the measured rounds. Usage: {@code TrendBench DATA_DIR [ROUNDS]}.
 */
public final class TrendBench {
    private static final int WARMUP = 15;

    private TrendBench() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long t = System.nanoTime();
        Roadmap roadmap = new CatalogLoader().load(dir.resolve(GenerateBenchData.ROADMAP_FILE));
        long loaded = System.nanoTime();
        ReadinessCalculator calc = new ReadinessCalculator(roadmap);
        System.out.printf("catalogue: %d skills, %d units; loaded once (cold JVM) in %d ms, calculator built in %d ms%n",
                roadmap.skills().size(), calc.units().size(), (loaded - t) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        Role role = roadmap.role("junior").orElseThrow();
        Trend trend = new Trend(calc);
        Radar radar = new Radar(calc);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Map<String, List<Long>> times = new LinkedHashMap<>();
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            Profile me = db.profiles().getOrCreateDefault("junior");
            Random rnd = new Random(100);
            for (int round = 0; round < WARMUP + rounds; round++) {
                boolean measured = round >= WARMUP;
                List<RatingChange> history = time(times, measured, "history read from SQLite", () -> db.ratings().history(me.id()));
                HistoryReplay replay = time(times, measured, "replay built (sort)", () -> HistoryReplay.of(history, roadmap));
                for (TrendPeriod every : TrendPeriod.values()) {
                    List<TrendPoint> points = time(times, measured, "trend --every " + every.id() + " (replay built + trend)",
                            () -> trend.of(HistoryReplay.of(history, roadmap), role, every, zone));
                    if (round == 0) {
                        System.out.printf("trend --every %s: %d points%n", every.id(), points.size());
                    }
                }
                Instant first = replay.first().orElseThrow();
                long span = replay.last().orElseThrow().toEpochMilli() - first.toEpochMilli();
                List<Instant> moments = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    moments.add(first.plusMillis((long) (rnd.nextDouble() * span)));
                }
                var states = time(times, measured, "state at 100 random instants, one sweep", () -> replay.statesAt(moments));
                time(times, measured, "state at 100 random instants, one by one", () -> {
                    int n = 0;
                    for (Instant m : moments) {
                        n += replay.stateAt(m).size();
                    }
                    return n;
                });
                time(times, measured, "readiness (scores) at those 100 instants", () -> {
                    double sum = 0;
                    for (Map<String, Integer> s : states) {
                        Double v = calc.scores(role, s).overall();
                        sum += v == null ? 0 : v;
                    }
                    return sum;
                });
                Map<String, Integer> now = replay.finalState();
                time(times, measured, "radar: 21 area axes", () -> radar.areas(role, now));
                time(times, measured, "radar: drill-down of the 200-skill area", () -> radar.drillDown("radar", role, now));
                time(times, measured, "radar: table of the 200-skill area (Dashboard gap order)",
                        () -> radar.drillDownTable("radar", role, now));
            }
        }
        System.out.printf("%d warm rounds after %d warm-up rounds, medians (min–max):%n", rounds, WARMUP);
        times.forEach((what, list) -> {
            long[] v = list.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-58s %8.2f ms  (%.2f–%.2f)%n", what, v[v.length / 2] / 1e6, v[0] / 1e6,
                    v[v.length - 1] / 1e6);
        });
    }

    private static <T> T time(Map<String, List<Long>> times, boolean measured, String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long took = System.nanoTime() - start;
        if (measured) {
            times.computeIfAbsent(what, k -> new ArrayList<>()).add(took);
        }
        return result;
    }
}
