package dev.skillradar.ui.fx;

/**
 * One delayed action that restarts on every {@link #schedule}: typing runs it once, after a quiet
 * moment. Screens use {@link FxDebounce}; tests use a manual one and call {@link #flush}.
 */
public interface Debounce {
    /** Replaces any pending action and restarts the delay. */
    void schedule(Runnable action);

    /** Runs the pending action now (leaving a field, closing the window). */
    void flush();

    /** Drops the pending action (the profile changed underneath it). */
    void cancel();

    boolean isPending();
}
