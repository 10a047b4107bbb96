package dev.skillradar.chart;

import java.util.List;

/** The shape of a value marker; each series kind has its own so that colour is never the only difference. */
public enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND;

    /** The outline of a marker of this shape with overall size {@code size} centred on {@code c}. */
    public Geometry outline(Point c, double size) {
        double h = size / 2;
        return switch (this) {
            case CIRCLE -> new Circle(c, h);
            // a square looks bigger than a circle of the same width, so it is drawn a little smaller
            case SQUARE -> Path.rectangle(new Box(c.x() - h * 0.9, c.y() - h * 0.9, size * 0.9, size * 0.9));
            case TRIANGLE -> Path.closed(List.of(new Point(c.x(), c.y() - h * 1.15),
                    new Point(c.x() + h * 1.1, c.y() + h * 0.75), new Point(c.x() - h * 1.1, c.y() + h * 0.75)));
            case DIAMOND -> Path.closed(List.of(new Point(c.x(), c.y() - h * 1.2), new Point(c.x() + h * 1.2, c.y()),
                    new Point(c.x(), c.y() + h * 1.2), new Point(c.x() - h * 1.2, c.y())));
        };
    }
}
