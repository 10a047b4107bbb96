package dev.skillradar.bench;

import dev.skillradar.chart.Axis;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.chart.RadarLayout;
import dev.skillradar.chart.Series;
import dev.skillradar.chart.SeriesKind;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Warm-loop timing of a 200-axis radar layout (labels, three series, missing values), printed as the median
 * over many runs after a warm-up; the budget is one frame, 16 ms. Run by hand:
 * {@code java -cp target/classes:target/test-classes:<fontbox, pdfbox-io> dev.skillradar.bench.RadarLayoutBench [axes]}.
 * A main rather than JMH: the figure needed is "well under a frame", not nanosecond precision.
 */
public final class RadarLayoutBench {
    private RadarLayoutBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        PrintStream out = System.out;
        DejaVuMeasure measure = DejaVuMeasure.load();
        ChartSpec spec = spec(n);
        double checksum = 0;
        for (int i = 0; i < 300; i++) {
            checksum += RadarLayout.of(spec, measure).radius();
        }
        // wall time, and this thread's CPU time, which a machine shared with other builds disturbs less
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[200];
        double[] cpu = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            checksum += RadarLayout.of(spec, measure).radius();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        out.printf("radar layout, %d axes, 900x900: wall median %.2f ms, p90 %.2f ms; cpu median %.2f ms, p90 %.2f ms"
                + " (checksum %.0f)%n", n, ms[ms.length / 2], ms[ms.length * 9 / 10], cpu[cpu.length / 2],
                cpu[cpu.length * 9 / 10], checksum);
    }

    static ChartSpec spec(int n) {
        List<Axis> axes = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        List<Double> compare = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            axes.add(new Axis("a" + i, "Fähigkeit Nummer " + (i + 1) + " mit langem Namen", i % 17 == 0));
            current.add(i % 23 == 5 ? null : (i * 7 % 11) * 0.5);
            target.add(3.0 + i % 2);
            compare.add((i * 3 % 11) * 0.5);
        }
        return ChartSpec.of(axes, List.of(Series.of("c", "Current", SeriesKind.CURRENT, current),
                Series.of("t", "Target", SeriesKind.TARGET, target),
                Series.of("x", "Compare", SeriesKind.COMPARE, compare)), 900, 900).withTitle("Benchmark");
    }
}
