package dev.skillradar.ui.shell;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import javafx.animation.AnimationTimer;

/**
 * {@code --startup-probe}: measures the time from process start to the first painted frame and
 * prints {@code first-frame-ms=N} on stdout, for the startup benchmark (src/test/bench/startup.sh).
 * The only place outside the CLI that prints to stdout, on purpose: it is a machine-read result.
 */
public final class StartupProbe {
    /** Animation ticks to wait after the window was shown: the first pulse lays out and renders
     *  the frame; by the tick of the second the renderer has handed that frame to the window. */
    private static final int TICKS = 2;

    private StartupProbe() {
    }

    /** Call right after {@code stage.show()} on the FX thread; {@code then} runs after printing. */
    public static void arm(Runnable then) {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks < TICKS) {
                    return;
                }
                stop();
                System.out.println("first-frame-ms=" + millisSinceStart());
                System.out.flush();
                then.run();
            }
        }.start();
    }

    static long millisSinceStart() {
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - start;
    }
}
