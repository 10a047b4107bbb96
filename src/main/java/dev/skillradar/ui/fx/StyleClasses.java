package dev.skillradar.ui.fx;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** A style class that a node has exactly while a flag holds (a chart's "dark" while the dark theme is on). */
public final class StyleClasses {
    private StyleClasses() {
    }

    /** Gives {@code node} the style class {@code name} now if {@code on} holds, and follows every change of it. */
    public static void follow(Node node, String name, ObservableValue<Boolean> on) {
        set(node, name, Boolean.TRUE.equals(on.getValue()));
        on.addListener((obs, was, is) -> set(node, name, Boolean.TRUE.equals(is)));
    }

    private static void set(Node node, String name, boolean on) {
        if (!on) {
            node.getStyleClass().removeAll(name);
        } else if (!node.getStyleClass().contains(name)) {
            node.getStyleClass().add(name);
        }
    }
}
