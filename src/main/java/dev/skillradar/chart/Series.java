package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One profile drawn on a radar or bar chart: a value 0..5 per axis in axis order, {@code null} where there is
 * none (drawn as missing, never as 0). A series that is not visible keeps its legend entry and changes nothing
 * else: the axes, the scale and the labels stay where they are.
 */
public record Series(String id, String label, SeriesKind kind, List<Double> values, boolean visible) {
    public Series {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        // List.copyOf refuses nulls, and null is how a missing value is said
        values = Collections.unmodifiableList(new ArrayList<>(values));
        for (Double v : values) {
            if (v != null && !(v >= ChartSpec.SCALE_MIN && v <= ChartSpec.SCALE_MAX)) {
                throw new IllegalArgumentException("series " + id + " has a value outside 0..5: " + v);
            }
        }
    }

    public static Series of(String id, String label, SeriesKind kind, List<Double> values) {
        return new Series(id, label, kind, values, true);
    }

    /** The same series shown or hidden (the legend's toggle). */
    public Series withVisible(boolean shown) {
        return new Series(id, label, kind, values, shown);
    }

    public boolean hasMissing() {
        return values.contains(null);
    }
}
