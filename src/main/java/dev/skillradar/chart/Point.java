package dev.skillradar.chart;

/** A position in chart units (px on screen and in PNGs, pt in PDFs), x to the right and y pointing down. */
public record Point(double x, double y) {
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates, got " + x + ", " + y);
        }
    }

    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
