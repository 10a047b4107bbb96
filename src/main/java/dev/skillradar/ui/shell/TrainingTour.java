package dev.skillradar.ui.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;

/**
 * The build's class-data training start (packaging/linux/train.sh): with {@code --startup-probe} and
 * {@code -Dskillradar.training.screens=all} (or a comma-separated list of screen ids) the probe, after
 * its figure, opens each screen of the navigation column in turn and lets it lay out and paint, so that
 * the classes the screens load go into the archive, then ends the app. A screen is found by its
 * navigation button ({@code #nav-<id>}), so a screen added to {@link ShellViewModel.Screen} is part of
 * "all" without any change here. Without the property nothing of this runs.
 */
final class TrainingTour {
    static final String PROPERTY = "skillradar.training.screens";
    /** Pulses before the first visit: the Assess screen builds its remaining rows one area per pulse. */
    private static final int SETTLE_PULSES = 90;
    /** Pulses per screen: built, styled, laid out and painted, with its first staged work done. */
    private static final int PULSES_PER_SCREEN = 45;

    private final List<String> wanted;

    private TrainingTour(List<String> wanted) {
        this.wanted = wanted;
    }

    /** The tour the system property asks for, if any. */
    static Optional<TrainingTour> requested() {
        return of(System.getProperty(PROPERTY, ""));
    }

    /** "all", a comma-separated list of screen ids, or blank for no tour. */
    static Optional<TrainingTour> of(String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = v.equals("all") ? List.of()
                : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new TrainingTour(ids));
    }

    /**
     * On the FX thread, once the window is showing: visits the screens in navigation order, then
     * hands the ids it visited to {@code whenDone} (the start-up probe prints them for the training
     * script, which compares them with what it asked for).
     */
    void run(Consumer<List<String>> whenDone) {
        List<ButtonBase> buttons = navigationButtons();
        List<String> visited = new ArrayList<>();
        new AnimationTimer() {
            private int pulses;
            private int next;

            @Override
            public void handle(long now) {
                int due = SETTLE_PULSES + next * PULSES_PER_SCREEN;
                if (++pulses < due) {
                    return;
                }
                if (next < buttons.size()) {
                    ButtonBase b = buttons.get(next++);
                    b.fire();
                    visited.add(b.getId().substring("nav-".length()));
                    return;
                }
                stop();
                whenDone.accept(List.copyOf(visited));
            }
        }.start();
    }

    private List<ButtonBase> navigationButtons() {
        List<ButtonBase> found = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            for (Node n : w.getScene().getRoot().lookupAll(".nav-button")) {
                if (n instanceof ButtonBase b && b.getId() != null && b.getId().startsWith("nav-")
                        && (wanted.isEmpty() || wanted.contains(b.getId().substring("nav-".length())))) {
                    found.add(b);
                }
            }
        }
        return found;
    }
}
