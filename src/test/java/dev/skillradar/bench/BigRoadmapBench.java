package dev.skillradar.bench;

import dev.skillradar.bench.BigRoadmapMeasures.Measure;
import dev.skillradar.bench.BigRoadmapMeasures.What;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.storage.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark suite's big-roadmap rows (src/test/bench/suite.sh): the roadmap of {@link BigRoadmap} (2,200 skills,
 * one area of 200) with five years of one rating change a day ({@link GenerateBenchData}, written through the real
 * repositories), and the five measures of {@link BigRoadmapMeasures}, each
 * <ul>
 *   <li><b>cold</b>: its first run in a fresh JVM, one child JVM per measure (default options, like the suite's
 *   other JVMs), its inputs ready (catalogue loaded, database open, levels read: untimed), so the figure is the
 *   class loading, interpretation and first-time work of the measure itself, not the JVM's start;</li>
 *   <li><b>warm</b>: the median of repeated runs in this JVM after warm-up runs;</li>
 *   <li><b>peak memory</b>: the heap used at its peak while the cold run ran (the sum of the heap pools' peaks
 *   after a full GC and a peak reset just before it, so live data such as the catalogue counts), and the child
 *   JVM's peak resident set (VmHWM, inputs and JVM included).</li>
 * </ul>
 * Usage: {@code BigRoadmapBench DIR [ROUNDS_FACTOR]}; DIR is filled first if it holds no database. Prints
 * {@code big|<what>|<cold ms>|<warm ms>|<peak heap MB>|<cold JVM VmHWM MB>} per measure and notes starting with
 * {@code #}.
 */
public final class BigRoadmapBench {
    private static final long MB = 1024 * 1024;

    private BigRoadmapBench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        if (args.length == 3 && args[0].equals("--cold")) {
            out.println(cold(What.valueOf(args[1]), Path.of(args[2])));
            return;
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int factor = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        if (!Files.exists(dir.resolve("skillradar.db"))) {
            out.println("# data: " + GenerateBenchData.generate(dir));
        }
        // the day's first open takes the daily backup: a start of the day is not what "open profile" measures
        Database.open(dir, Clock.systemUTC()).close();
        out.println("# cold: the first run in a fresh JVM per measure, inputs ready; warm: median of repeated runs in"
                + " one JVM after warm-up; peak: heap used during the cold run / the cold JVM's VmHWM");
        List<String[]> colds = new ArrayList<>();
        for (What what : What.values()) {
            colds.add(child(what, dir));
        }
        Roadmap roadmap = BigRoadmapMeasures.roadmap(dir);
        for (What what : What.values()) {
            String[] cold = colds.get(what.ordinal()); // cold|WHAT|ms|heap MB|VmHWM MB|what it made|ms since JVM start
            int rounds = factor * rounds(what);
            double[] ms = new double[rounds];
            String made;
            long warmHeap;
            try (Measure m = BigRoadmapMeasures.prepare(what, dir, roadmap)) {
                for (int i = 0; i < Math.max(3, rounds / 3); i++) {
                    m.run();
                    m.afterRun();
                }
                resetPeaks();
                made = null;
                for (int i = 0; i < rounds; i++) {
                    long t = System.nanoTime();
                    made = m.run();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    m.afterRun();
                }
                warmHeap = heapPeak() / MB;
            }
            Arrays.sort(ms);
            out.printf("# %s: %s; cold %s ms (%s ms after the child JVM started); warm median of %d %.1f ms (%.1f–%.1f),"
                    + " heap peak over the warm runs %d MB (a full heap before each GC, not what it needs)%n", what.label,
                    made, cold[2], cold[6], rounds, ms[rounds / 2], ms[0], ms[rounds - 1], warmHeap);
            out.printf("big|%s|%s|%s|%s|%s%n", what.label, cold[2], format(ms[rounds / 2]), cold[3], cold[4]);
        }
    }

    /** Warm runs per measure: more of the quick ones, so each row takes a few seconds at most. */
    private static int rounds(What what) {
        return switch (what) {
            case OPEN -> 20;
            case SCORE, RADAR -> 60;
            case TREND -> 30;
            case REPORT -> 6;
        };
    }

    private static String format(double ms) {
        return ms < 10 ? String.format("%.1f", ms) : String.format("%.0f", ms);
    }

    /** Runs {@code what} once in a new JVM with this one's java and class path; its line, split. */
    private static String[] child(What what, Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                BigRoadmapBench.class.getName(), "--cold", what.name(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (l.startsWith("cold|")) {
                    line = l;
                }
            }
        }
        if (p.waitFor() != 0 || line == null) {
            throw new IllegalStateException("the cold run of " + what.label + " failed (exit " + p.exitValue() + ")");
        }
        return line.split("\\|", -1);
    }

    /** The child's side: prepare, one timed run, its memory. */
    private static String cold(What what, Path dir) {
        Roadmap roadmap = BigRoadmapMeasures.roadmap(dir);
        try (Measure m = BigRoadmapMeasures.prepare(what, dir, roadmap)) {
            resetPeaks();
            long t = System.nanoTime();
            String made = m.run();
            double ms = (System.nanoTime() - t) / 1e6;
            long heap = heapPeak() / MB;
            m.afterRun();
            return String.join("|", "cold", what.name(), format(ms), Long.toString(heap), Long.toString(vmHwmKb() / 1024),
                    made, Long.toString(ManagementFactory.getRuntimeMXBean().getUptime()));
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset (each pool's own peak: an upper bound). */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** This process's peak resident set (Linux), in KiB; -1 elsewhere. */
    private static long vmHwmKb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
