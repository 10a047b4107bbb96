package dev.skillradar.chart;

import java.util.List;

/**
 * The look of one series that does not depend on colour: line style, marker shape and whether the marker is
 * filled. Every chart uses these, so a grey-scale print and a colour-blind reader can tell the series apart.
 */
public record SeriesStyle(Ink ink, LineStyle line, MarkerShape marker, boolean markerFilled) {

    /** The style of a radar or bar series of this kind; lengths scale with the base font size. */
    public static SeriesStyle of(SeriesKind kind, double fontSize) {
        double u = fontSize / 13.0;
        return switch (kind) {
            case CURRENT -> new SeriesStyle(Ink.CURRENT, LineStyle.solid(2.5 * u), MarkerShape.CIRCLE, true);
            case TARGET -> new SeriesStyle(Ink.TARGET,
                    new LineStyle(2.0 * u, List.of(7 * u, 4.5 * u), LineStyle.Cap.BUTT), MarkerShape.SQUARE, false);
            case COMPARE -> new SeriesStyle(Ink.COMPARE,
                    new LineStyle(2.0 * u, List.of(0.1 * u, 4.5 * u), LineStyle.Cap.ROUND), MarkerShape.TRIANGLE, true);
        };
    }

    /** The {@code index}-th style of a line chart with several series (at most four: overall and areas). */
    public static SeriesStyle trend(int index, double fontSize) {
        double u = fontSize / 13.0;
        return switch (index) {
            case 0 -> of(SeriesKind.CURRENT, fontSize);
            case 1 -> of(SeriesKind.TARGET, fontSize);
            case 2 -> of(SeriesKind.COMPARE, fontSize);
            case 3 -> new SeriesStyle(Ink.TEXT_MUTED,
                    new LineStyle(2.0 * u, List.of(9 * u, 3.5 * u, 0.1 * u, 3.5 * u), LineStyle.Cap.ROUND),
                    MarkerShape.DIAMOND, false);
            default -> throw new IllegalArgumentException("a line chart has at most 4 series, asked for style " + index);
        };
    }
}
