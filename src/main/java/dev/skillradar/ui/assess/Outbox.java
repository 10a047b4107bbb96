package dev.skillradar.ui.assess;

import java.util.Objects;

/**
 * Remembers the last value of one field handed to the writer until it comes back committed in
 * {@code AppState.ratings()}. Until then stored values are older echoes (or an outside change our
 * newer write replaces), so they must not overwrite what the user sees. The write queue is FIFO,
 * hence seeing the last value sent means every earlier one is done too.
 */
final class Outbox<T> {
    private T inFlight;
    private boolean waiting;

    void sent(T value) {
        inFlight = value;
        waiting = true;
    }

    /** True when {@code stored} should be shown; false while our own newer write is still on its way. */
    boolean accept(T stored) {
        if (!waiting) {
            return true;
        }
        if (Objects.equals(stored, inFlight)) {
            waiting = false;
        }
        return false;
    }

    /** The write failed: stop waiting for its echo. */
    void failed() {
        waiting = false;
        inFlight = null;
    }

    boolean isWaiting() {
        return waiting;
    }
}
