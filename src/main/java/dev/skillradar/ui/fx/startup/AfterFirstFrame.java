package dev.skillradar.ui.fx.startup;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Runs a step once {@code owner} is in a showing window whose first frame was painted (the second
 * animation pulse after showing, as the start-up probe counts), for work the first frame does not need.
 */
public final class AfterFirstFrame {
    /** Pulses to let pass once showing: the first paints the frame, the second hands it to the window. */
    private static final int FIRST_FRAME_PULSES = 2;

    private AfterFirstFrame() {
    }

    public static void run(Node owner, Runnable step) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                Scene scene = owner.getScene();
                Window window = scene == null ? null : scene.getWindow();
                if (window == null || !window.isShowing()) {
                    pulses = 0;
                } else if (++pulses > FIRST_FRAME_PULSES) {
                    stop();
                    step.run();
                }
            }
        }.start();
    }
}
