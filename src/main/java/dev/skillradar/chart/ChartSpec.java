package dev.skillradar.chart;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a radar or bar chart shows, before any layout: axes in the catalogue's order (never sorted), up to one
 * series per {@link SeriesKind}, the picture's size in chart units (px for the window and PNGs, pt for PDFs; y
 * points down, the PDF renderer flips), the base font size, and the few texts the chart prints, already
 * localised: an optional title (null for none), the mark appended to optional axes' labels (e.g.
 * " (optional)"), and the legend's text for the missing-value marker.
 */
public record ChartSpec(String title, List<Axis> axes, List<Series> series, Size size, double fontSize,
                        String optionalMark, String missingLabel) {
    /** The fixed scale: 0 at the centre, rings at 1..5. */
    public static final int SCALE_MIN = 0;
    public static final int SCALE_MAX = 5;
    /** No label is drawn smaller than this (px, or pt in a PDF). */
    public static final double MIN_FONT_SIZE = 11;

    public ChartSpec {
        axes = List.copyOf(axes);
        series = List.copyOf(series);
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(optionalMark, "optionalMark");
        Objects.requireNonNull(missingLabel, "missingLabel");
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one axis");
        }
        if (!(fontSize >= MIN_FONT_SIZE)) {
            throw new IllegalArgumentException("the base font size is at least " + MIN_FONT_SIZE + ", got " + fontSize);
        }
        Set<SeriesKind> kinds = EnumSet.noneOf(SeriesKind.class);
        for (Series s : series) {
            if (!kinds.add(s.kind())) {
                throw new IllegalArgumentException("at most one series of kind " + s.kind());
            }
            if (s.values().size() != axes.size()) {
                throw new IllegalArgumentException("series " + s.id() + " has " + s.values().size()
                        + " values for " + axes.size() + " axes");
            }
        }
    }

    /** A spec without title, with English defaults for the two texts (tests and demos; the app passes its own). */
    public static ChartSpec of(List<Axis> axes, List<Series> series, double width, double height) {
        return new ChartSpec(null, axes, series, new Size(width, height), 13, " (optional)", "no value");
    }

    public ChartSpec withTitle(String newTitle) {
        return new ChartSpec(newTitle, axes, series, size, fontSize, optionalMark, missingLabel);
    }

    public ChartSpec withSize(double width, double height) {
        return new ChartSpec(title, axes, series, new Size(width, height), fontSize, optionalMark, missingLabel);
    }

    public ChartSpec withSeries(List<Series> newSeries) {
        return new ChartSpec(title, axes, newSeries, size, fontSize, optionalMark, missingLabel);
    }

    /** The label as printed: the axis label plus the optional mark for an optional axis. */
    String printedLabel(Axis axis) {
        return axis.optional() ? axis.label() + optionalMark : axis.label();
    }
}
