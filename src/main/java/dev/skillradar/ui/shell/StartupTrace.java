package dev.skillradar.ui.shell;

/**
 * Start-up diagnostics: with {@code -Dskillradar.startupTrace=true} each mark prints
 * {@code startup <ms since process start> <thread> <what>} on stderr. Off by default, when a mark
 * costs one boolean test. Used to find where the first frame's time goes (README, Design › Start-up).
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("skillradar.startupTrace");

    private StartupTrace() {
    }

    public static void mark(String what) {
        if (ON) {
            System.err.println("startup " + StartupProbe.millisSinceStart() + " " + Thread.currentThread().getName() + " " + what);
        }
    }
}
