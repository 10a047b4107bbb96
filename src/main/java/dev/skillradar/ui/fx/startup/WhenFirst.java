package dev.skillradar.ui.fx.startup;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Runs a step the first time a condition holds (at once if it holds already), for nodes that are
 * created only when first needed rather than with their screen. The caller keeps a strong reference
 * to the condition if it is a binding: a binding only weakly observes its dependencies.
 */
public final class WhenFirst {
    private WhenFirst() {
    }

    public static void isTrue(ObservableBooleanValue condition, Runnable step) {
        if (condition.get()) {
            step.run();
            return;
        }
        condition.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable obs) {
                if (condition.get()) {
                    condition.removeListener(this);
                    step.run();
                }
            }
        });
    }
}
