package dev.skillradar.chart;

import java.util.List;
import java.util.Optional;

/**
 * A computed bar chart, what {@link ChartLayout#of} draws for fewer than three axes: one row per axis (label on
 * the left), and in it one horizontal bar per shown series on the 0..5 scale, in the series' line style with its
 * marker at the value; the current series' bar also gets its light fill. A missing value has no bar, only the
 * struck-through marker to the right of the scale's end, where no value can be.
 */
public record BarLayout(Size size, Optional<TextBlock> title, List<Tick> ticks, List<Row> rows, double zeroX,
                        double unit, Legend legend, List<Mark> marks) implements ChartLayout {
    public BarLayout {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
        marks = List.copyOf(marks);
    }

    public static BarLayout of(ChartSpec spec, TextMeasure measure) {
        return BarLayouter.layout(spec, measure);
    }

    /** The x of value {@code v} on the scale. */
    public double x(double v) {
        return zeroX + v * unit;
    }

    /** Scale level 0..5: its gridline across all rows and its number above them. */
    public record Tick(int level, Path gridline, TextBlock label) {
    }

    /** The row of axis {@code axis}; {@code box} is its hover and focus target. */
    public record Row(int axis, String axisId, String fullText, boolean optional, TextBlock label,
                      boolean truncated, Box box, List<Bar> bars) {
        public Row {
            bars = List.copyOf(bars);
        }
    }

    /**
     * The bar of one series in a row: {@code line} from 0 to the value (none for 0 or a missing value),
     * {@code fill} for the current series, the marker at the value or, when {@code value} is null, the missing
     * marker.
     */
    public record Bar(String seriesId, SeriesKind kind, SeriesStyle style, Double value, Optional<Path> line,
                      Optional<Box> fill, Marker marker) {
    }
}
