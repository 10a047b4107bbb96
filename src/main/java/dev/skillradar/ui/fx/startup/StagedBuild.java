package dev.skillradar.ui.fx.startup;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Builds the parts of a screen that are not in sight at first after its first frame: once the owner
 * is in a showing window and that frame was painted, one step per animation pulse, in the order
 * given, so the window appears early and is complete a moment later without any user action.
 */
public final class StagedBuild {
    /** Pulses to let pass once showing: the first paints the frame, the second hands it to the window. */
    private static final int FIRST_FRAME_PULSES = 2;

    private final Node owner;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete", true);
    private final AnimationTimer timer = new AnimationTimer() {
        private int pulses;

        @Override
        public void handle(long now) {
            if (!showing()) {
                pulses = 0;
                return;
            }
            if (++pulses > FIRST_FRAME_PULSES) {
                runNext();
            }
        }
    };
    private boolean running;

    public StagedBuild(Node owner) {
        this.owner = owner;
    }

    /** Queues a step; the steps run in the order they were queued. */
    public void later(Runnable step) {
        steps.add(step);
        complete.set(false);
        if (!running) {
            running = true;
            timer.start();
        }
    }

    /** True once every queued step has run. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** Runs every remaining step now (when something needs the whole screen at once). */
    public void finishNow() {
        while (!steps.isEmpty()) {
            runNext();
        }
    }

    private void runNext() {
        Runnable step = steps.poll();
        if (step != null) {
            step.run();
        }
        if (steps.isEmpty()) {
            timer.stop();
            running = false;
            complete.set(true);
        }
    }

    private boolean showing() {
        Scene scene = owner.getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window != null && window.isShowing();
    }
}
