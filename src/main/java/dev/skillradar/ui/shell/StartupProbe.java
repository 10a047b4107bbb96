package dev.skillradar.ui.shell;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import javafx.animation.AnimationTimer;

/**
 * {@code --startup-probe}: measures the time from process start to the first painted frame and
 * prints {@code first-frame-ms=N} on stdout, then (Linux) {@code peak-rss-kb=N}, the peak resident
 * memory so far (VmHWM), for the benchmarks (src/test/bench/). With {@code -Dskillradar.training.screens}
 * it then tours the screens for the build's class-data training ({@link TrainingTour}) before ending.
 * The only place outside the CLI that prints to stdout, on purpose: it is a machine-read result.
 */
public final class StartupProbe {
    /** Animation ticks to wait after the window was shown: the first pulse lays out and renders
     *  the frame; by the tick of the second the renderer has handed that frame to the window. */
    private static final int TICKS = 2;
    /** Linux's USER_HZ, the unit of a process's start time in /proc (100 on every common platform). */
    private static final double TICKS_PER_SECOND = 100;
    /** Further apart than this, the /proc reading is not trusted (another USER_HZ, say). */
    private static final long MAX_DISAGREEMENT_MS = 1500;

    private StartupProbe() {
    }

    /** Call right after {@code stage.show()} on the FX thread; {@code then} runs after printing. */
    public static void arm(Runnable then) {
        arm(() -> { }, then);
    }

    /**
     * As {@link #arm(Runnable)}; in a training run ({@link TrainingTour}) {@code afterTour} runs once the tour has
     * visited every screen, just before {@code then}: what else the class-data archive should hold.
     */
    public static void arm(Runnable afterTour, Runnable then) {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                try {
                    StartupTrace.mark("pulse " + (ticks + 1));
                    if (++ticks < TICKS) {
                        return;
                    }
                    stop();
                    System.out.println("first-frame-ms=" + millisSinceStart());
                    peakResidentKilobytes().ifPresent(kb -> System.out.println("peak-rss-kb=" + kb));
                    System.out.flush();
                } catch (RuntimeException | LinkageError e) {
                    // no figure rather than a timer failing on every pulse, forever
                    stop();
                    System.err.println("startup probe failed: " + e);
                }
                TrainingTour.requested().ifPresentOrElse(tour -> tour.run(visited -> {
                    System.out.println("training-visited=" + String.join(",", visited));
                    System.out.flush();
                    afterTour.run();
                    then.run();
                }), then);
            }
        }.start();
    }

    /**
     * On Linux from /proc (the process's start and the uptime, both in 10 ms steps): the JDK's
     * {@code ProcessHandle} start instant adds the boot time, which Linux gives in whole seconds, so
     * it can be up to a second early, the same for every process since boot, which would make both
     * programs of the benchmark look slower and their ratio closer to 1. Elsewhere the JDK's value.
     */
    static long millisSinceStart() {
        long now = System.currentTimeMillis();
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
        long coarse = now - start;
        OptionalLong proc = fromProc();
        return proc.isPresent() && Math.abs(proc.getAsLong() - coarse) <= MAX_DISAGREEMENT_MS ? proc.getAsLong() : coarse;
    }

    /** VmHWM of /proc/self/status: the most memory the process has held in RAM so far. */
    static OptionalLong peakResidentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.substring(6).trim().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return OptionalLong.empty();
    }

    private static OptionalLong fromProc() {
        try {
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).trim().split("\\s+")[0]);
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // after "pid (comm) ": state is field 3, starttime field 22, so index 19 from here
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            long startTicks = Long.parseLong(fields[19]);
            return OptionalLong.of(Math.round(uptime * 1000 - startTicks * 1000 / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
