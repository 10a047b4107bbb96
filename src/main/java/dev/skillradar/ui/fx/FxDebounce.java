package dev.skillradar.ui.fx;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** {@link Debounce} on the FX timer; the timer is created on first use, so constructing one needs no toolkit. */
public final class FxDebounce implements Debounce {
    static final Duration DELAY = Duration.millis(600);

    private PauseTransition timer;
    private Runnable pending;

    @Override
    public void schedule(Runnable action) {
        pending = action;
        if (timer == null) {
            timer = new PauseTransition(DELAY);
            timer.setOnFinished(e -> flush());
        }
        timer.playFromStart();
    }

    @Override
    public void flush() {
        if (timer != null) {
            timer.stop();
        }
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }

    @Override
    public void cancel() {
        if (timer != null) {
            timer.stop();
        }
        pending = null;
    }

    @Override
    public boolean isPending() {
        return pending != null;
    }
}
