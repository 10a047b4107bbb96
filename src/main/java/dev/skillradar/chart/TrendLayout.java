package dev.skillradar.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A computed line chart of readiness over time: the y axis 0–100 % with gridlines at 0, 25, 50, 75 and 100,
 * time ticks at calendar boundaries, one line per series (straight segments in time order, its own style and
 * marker), and the legend. A single reading is a marker in the middle of a week around it; with no readings at
 * all the plot shows the spec's empty message.
 */
public record TrendLayout(Size size, Optional<TextBlock> title, Box plot, Instant start, Instant end,
                          List<YTick> yTicks, List<XTick> xTicks, List<Line> lines, Optional<TextBlock> emptyMessage,
                          Legend legend, List<Mark> marks) implements Drawing {
    public TrendLayout {
        yTicks = List.copyOf(yTicks);
        xTicks = List.copyOf(xTicks);
        lines = List.copyOf(lines);
        marks = List.copyOf(marks);
    }

    public static TrendLayout of(TrendSpec spec, TextMeasure measure) {
        return TrendLayouter.layout(spec, measure);
    }

    /** The x of an instant (the plot's time range runs from {@code start} at its left to {@code end} at its right). */
    public double x(Instant at) {
        double span = Math.max(1, end.toEpochMilli() - start.toEpochMilli());
        return plot.x() + (at.toEpochMilli() - start.toEpochMilli()) / span * plot.width();
    }

    /** The y of a percentage, 0 at the bottom of the plot. */
    public double y(double percent) {
        return plot.maxY() - percent / 100 * plot.height();
    }

    /** A horizontal gridline with its worded percentage left of the plot. */
    public record YTick(int percent, Path gridline, TextBlock label) {
    }

    /** A time tick: a short mark under the plot and its worded date centred below. */
    public record XTick(LocalDate date, TickUnit unit, Path tick, TextBlock label) {
    }

    /**
     * One series: its line (none with fewer than two readings), a marker per reading (drawn when
     * {@code markersDrawn}: always for a single reading, not where readings are too dense to tell apart).
     */
    public record Line(String id, String label, SeriesStyle style, Optional<Path> path, List<Reading> readings,
                       boolean markersDrawn) {
        public Line {
            readings = List.copyOf(readings);
        }
    }

    /** One reading, placed, for markers and tooltips. */
    public record Reading(Instant at, double percent, Marker marker) {
    }
}
