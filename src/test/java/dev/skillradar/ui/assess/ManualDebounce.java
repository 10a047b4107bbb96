package dev.skillradar.ui.assess;

import dev.skillradar.ui.fx.Debounce;

/** A {@link Debounce} whose quiet moment is whenever the test says so ({@link #flush()}). */
final class ManualDebounce implements Debounce {
    private Runnable pending;

    @Override
    public void schedule(Runnable action) {
        pending = action;
    }

    @Override
    public void flush() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }

    @Override
    public void cancel() {
        pending = null;
    }

    @Override
    public boolean isPending() {
        return pending != null;
    }
}
