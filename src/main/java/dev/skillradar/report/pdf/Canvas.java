package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;

/**
 * The drawing surface a {@link Figure.Painter} paints on: the figure's box in points, origin at its top-left
 * corner, y growing downwards (the engine flips to PDF's y-up). Paths are built with moveTo/lineTo/curveTo and
 * then stroked or filled with solid colours only; text is set in the bundled font. Characters the font lacks
 * are drawn as □ and counted like everywhere else in the report.
 */
public interface Canvas {
    /** DejaVu Sans' cap height as a share of the font size, for centring a label on a point. */
    double CAP_HEIGHT = 0.729;

    /** The figure's width in its own units (as declared in the {@link Figure}). */
    double width();

    /** The figure's height in its own units. */
    double height();

    Canvas moveTo(double x, double y);

    Canvas lineTo(double x, double y);

    /** A cubic Bézier from the current point through control points 1 and 2 to point 3. */
    Canvas curveTo(double x1, double y1, double x2, double y2, double x3, double y3);

    Canvas closePath();

    /** Draws the outline of the path built since the last stroke or fill, then starts a new path. */
    void stroke(Stroke stroke);

    /** Fills the path built since the last stroke or fill (non-zero winding), then starts a new path. */
    void fill(Rgb colour);

    /** Fills, then outlines, the current path. */
    void fillAndStroke(Rgb fill, Stroke stroke);

    /**
     * Draws one line of text whose baseline is at {@code y}; {@code x} is its left edge, centre or right edge
     * as {@code align} says. A newline or tab becomes a space.
     */
    void text(String text, double x, double y, BundledFont face, double size, Rgb colour, Align align);

    /** The advance width of {@code text} as {@link #text} would draw it. */
    double textWidth(String text, BundledFont face, double size);

    default void text(String text, double x, double y, BundledFont face, double size, Rgb colour) {
        text(text, x, y, face, size, colour, Align.LEFT);
    }

    default Canvas rect(double x, double y, double w, double h) {
        return moveTo(x, y).lineTo(x + w, y).lineTo(x + w, y + h).lineTo(x, y + h).closePath();
    }

    /** A circle as four Bézier arcs. */
    default Canvas circle(double cx, double cy, double r) {
        double k = 0.5523 * r; // control-point distance of a quarter circle
        return moveTo(cx + r, cy)
                .curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r)
                .curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
                .curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
                .curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
                .closePath();
    }
}
