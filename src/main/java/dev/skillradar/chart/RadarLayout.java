package dev.skillradar.chart;

import java.util.List;
import java.util.Optional;

/**
 * A computed radar chart: everything a renderer draws, placed, plus the structure the window needs for hover,
 * focus and tooltips. Axis 0 points straight up, the others follow clockwise at equal angles (y points down).
 * The scale is 0 at {@code centre} to 5 at {@code radius}. Rings are polygons of straight segments between the
 * spokes; with fewer than three axes (where {@link ChartLayout#of} draws bars instead) each ring is a short
 * tick across each spoke, since a polygon through one or two points would mean nothing.
 */
public record RadarLayout(Size size, Optional<TextBlock> title, Point centre, double radius, double labelFontSize,
                          List<Ring> rings, List<Spoke> spokes, List<AxisLabel> labels, List<SeriesShape> series,
                          List<AxisHit> hits, Legend legend, List<Mark> marks) implements ChartLayout {
    public RadarLayout {
        rings = List.copyOf(rings);
        spokes = List.copyOf(spokes);
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        hits = List.copyOf(hits);
        marks = List.copyOf(marks);
    }

    /** Lays out a radar for any number of axes (1 to several hundred). */
    public static RadarLayout of(ChartSpec spec, TextMeasure measure) {
        return RadarLayouter.layout(spec, measure);
    }

    /**
     * Scale ring {@code level} (1..5). {@code label} is its number, on the bisector of the first wedge just inside
     * the ring; {@code plate}, if present, is a background patch for a wedge too narrow to keep spokes and series
     * off the number: then plate and number are painted above the series.
     */
    public record Ring(int level, double radius, List<Path> paths, TextBlock label, Optional<Box> plate) {
        public Ring {
            paths = List.copyOf(paths);
        }
    }

    /**
     * The spoke of axis {@code axis} to the outer ring; {@code angle} in radians clockwise from up. It starts at the
     * centre, or with more than {@link #DENSE_AXES} axes at the first ring, where so many spokes would otherwise
     * merge into a grey disc.
     */
    public record Spoke(int axis, double angle, Point start, Point end) {
    }

    public static final int DENSE_AXES = 48;

    /**
     * The label of axis {@code axis}. {@code fullText} is always the whole label (for tooltips), {@code block}
     * what fits (possibly shortened with "…", {@code truncated}). A label that is not {@code visible} is not drawn
     * by default: its block is still placed (inside the picture) for the window to show on focus or hover.
     */
    public record AxisLabel(int axis, String axisId, String fullText, boolean optional, TextBlock block,
                            boolean visible, boolean truncated, Point anchor) {
    }

    /**
     * A shown series: its line in pieces ({@code lines}; the line breaks where a value is missing and is never drawn
     * to 0), the fill (only for CURRENT, and only when every axis has a value, because any partial fill would
     * either reach into the centre at the gap, reading as 0, or bridge it, reading as a value), and a marker per
     * axis: at the value, or for a missing value a struck-through hollow marker just outside the outer ring.
     */
    public record SeriesShape(String id, String label, SeriesKind kind, SeriesStyle style, List<Path> lines,
                              Optional<Path> fill, List<ValueMark> markers) {
        public SeriesShape {
            lines = List.copyOf(lines);
            markers = List.copyOf(markers);
        }
    }

    /** The marker of one value of a series on axis {@code axis}; {@code value} is null where it is missing. */
    public record ValueMark(int axis, Double value, Marker marker) {
    }

    /** The pointer and focus target of axis {@code axis}: the wedge around its spoke, and its label's box. */
    public record AxisHit(int axis, Path wedge, Box labelBox) {
    }
}
