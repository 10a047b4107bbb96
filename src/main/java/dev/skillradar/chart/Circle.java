package dev.skillradar.chart;

/** A circle, used only for round markers (rings are always straight-segment polygons). */
public record Circle(Point centre, double radius) implements Geometry {
    public Circle {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("a circle needs a positive radius, got " + radius);
        }
    }
}
