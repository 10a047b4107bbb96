package dev.skillradar.chart;

import java.util.List;

/** Straight segments through {@code points}; a closed path also joins the last point to the first. */
public record Path(List<Point> points, boolean closed) implements Geometry {
    public Path {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a path needs at least one point");
        }
    }

    public static Path open(List<Point> points) {
        return new Path(points, false);
    }

    public static Path closed(List<Point> points) {
        return new Path(points, true);
    }

    public static Path segment(Point from, Point to) {
        return new Path(List.of(from, to), false);
    }

    public static Path rectangle(Box box) {
        return closed(List.of(new Point(box.x(), box.y()), new Point(box.maxX(), box.y()),
                new Point(box.maxX(), box.maxY()), new Point(box.x(), box.maxY())));
    }
}
