package dev.skillradar.chart;

import java.util.Objects;

/**
 * One axis of a radar (one bar row of a bar chart): a stable id, its label as the user reads it (already
 * localised), and whether the skill is optional (its label gets the spec's optional mark and the muted ink).
 */
public record Axis(String id, String label, boolean optional) {
    public Axis {
        Objects.requireNonNull(id, "id");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("axis " + id + " needs a label");
        }
    }

    public static Axis of(String id, String label) {
        return new Axis(id, label, false);
    }
}
