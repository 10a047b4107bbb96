package dev.skillradar.bench;

import dev.skillradar.chart.ChartLayout;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.chart.Series;
import dev.skillradar.ui.control.RadarChart;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Warm-loop timing of the radar control with 200 axes (labels, three series, missing values): each round sets a
 * spec with other values for the same axes and lays the chart out, which recomputes the layout and moves the
 * existing nodes (what the pulse after a change does; also timed with a CSS pass forced over every node). Prints the medians of that, of the layout alone, and of a software snapshot (the
 * pixels, which Monocle's software pipeline draws: reported, not a goal), and whether the nodes were reused.
 * Run by hand, headless: {@code java -cp target/classes:target/test-classes:<test class path>
 * dev.skillradar.bench.RadarChartBench [axes]} (it sets the Monocle properties itself).
 */
public final class RadarChartBench {
    private RadarChartBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        for (String[] p : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
                {"prism.order", "sw"}}) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        FutureTask<List<String>> run = new FutureTask<>(() -> measure(n));
        Platform.runLater(run);
        PrintStream out = System.out;
        run.get().forEach(out::println);
        Platform.exit();
    }

    private static List<String> measure(int n) {
        ChartSpec a = RadarLayoutBench.spec(n);
        ChartSpec b = shifted(a);
        RadarChart chart = new RadarChart(a);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(chart), 900, 900));
        stage.show();
        chart.applyCss();
        chart.layout();
        Node firstSpoke = chart.lookup(".radar-spoke");
        Node someMarker = new ArrayList<>(chart.lookupAll(".radar-marker")).get(n + 7);
        int nodes = count(chart);

        for (int i = 0; i < 200; i++) {
            update(chart, i % 2 == 0 ? b : a);
        }
        // wall time, and this thread's CPU time, which a machine shared with other builds disturbs less
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] update = new double[200];
        double[] updateCpu = new double[update.length];
        for (int i = 0; i < update.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            chart.setSpec(i % 2 == 0 ? b : a);
            chart.layout();
            update[i] = (System.nanoTime() - t0) / 1e6;
            updateCpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        double[] forcedCss = new double[200];
        for (int i = 0; i < forcedCss.length; i++) {
            long t0 = System.nanoTime();
            update(chart, i % 2 == 0 ? b : a);
            forcedCss[i] = (System.nanoTime() - t0) / 1e6;
        }
        DejaVuMeasure measure = DejaVuMeasure.load();
        ChartSpec sized = a.withSize(chart.getWidth(), chart.getHeight());
        double[] layout = new double[200];
        double[] layoutCpu = new double[layout.length];
        for (int i = 0; i < layout.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ChartLayout.of(sized, measure);
            layout[i] = (System.nanoTime() - t0) / 1e6;
            layoutCpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        double[] snapshot = new double[20];
        for (int i = 0; i < snapshot.length; i++) {
            update(chart, i % 2 == 0 ? b : a);
            long t0 = System.nanoTime();
            chart.snapshot(null, null);
            snapshot[i] = (System.nanoTime() - t0) / 1e6;
        }
        boolean reused = firstSpoke == chart.lookup(".radar-spoke")
                && someMarker == new ArrayList<>(chart.lookupAll(".radar-marker")).get(n + 7);
        stage.close();
        return List.of(String.format("radar control, %d axes, 900x900, %d nodes, reused after %d updates: %s", n, nodes,
                        update.length + forcedCss.length + 220, reused),
                String.format("  set spec + layout (what a pulse does):             median %.2f ms, p90 %.2f ms;"
                        + " cpu median %.2f ms", median(update), p90(update), median(updateCpu)),
                String.format("  the same with CSS forced over all nodes:           median %.2f ms, p90 %.2f ms",
                        median(forcedCss), p90(forcedCss)),
                String.format("  of which ChartLayout.of alone:                     median %.2f ms, p90 %.2f ms;"
                        + " cpu median %.2f ms", median(layout), p90(layout), median(layoutCpu)),
                String.format("  software snapshot of the control (prism sw):       median %.2f ms, p90 %.2f ms",
                        median(snapshot), p90(snapshot)));
    }

    private static void update(RadarChart chart, ChartSpec spec) {
        chart.setSpec(spec);
        chart.applyCss();
        chart.layout();
    }

    /** The same axes with every value moved by half a level (missing values stay missing). */
    private static ChartSpec shifted(ChartSpec spec) {
        List<Series> series = new ArrayList<>();
        for (Series s : spec.series()) {
            List<Double> v = new ArrayList<>();
            for (Double d : s.values()) {
                v.add(d == null ? null : (d + 0.5) % 5);
            }
            series.add(Series.of(s.id(), s.label(), s.kind(), v));
        }
        return spec.withSeries(series);
    }

    private static int count(Node node) {
        int c = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                c += count(child);
            }
        }
        return c;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double p90(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length * 9 / 10];
    }
}
