package dev.skillradar.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One line of a line chart (overall readiness, or one area's), its points in time order. */
public record TrendSeries(String id, String label, List<TrendPoint> points) {
    public TrendSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        points = points.stream().sorted(Comparator.comparing(TrendPoint::at)).toList();
    }
}
