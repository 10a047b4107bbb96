package dev.skillradar.chart;

/** An axis-aligned rectangle in chart units, (x, y) its top-left corner, y pointing down. */
public record Box(double x, double y, double width, double height) {
    public Box {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("a box needs a non-negative size, got " + width + " x " + height);
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Point centre() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** Whether the interiors of the two boxes overlap (touching edges do not count). */
    public boolean intersects(Box other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= maxX() && p.y() >= y && p.y() <= maxY();
    }

    /** The box grown by {@code margin} on every side. */
    public Box grow(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public Box translate(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    /** The distance from {@code p} to the nearest point of the box (0 when inside). */
    public double distanceTo(Point p) {
        double nx = Math.max(x, Math.min(p.x(), maxX()));
        double ny = Math.max(y, Math.min(p.y(), maxY()));
        double ddx = p.x() - nx;
        double ddy = p.y() - ny;
        return Math.sqrt(ddx * ddx + ddy * ddy); // not hypot: this runs thousands of times per layout
    }

    /** The box moved the least distance that puts it inside {@code frame} (centred where it is larger). */
    public Box clampInto(Box frame) {
        double nx = width >= frame.width ? frame.x + (frame.width - width) / 2
                : Math.max(frame.x, Math.min(x, frame.maxX() - width));
        double ny = height >= frame.height ? frame.y + (frame.height - height) / 2
                : Math.max(frame.y, Math.min(y, frame.maxY() - height));
        return new Box(nx, ny, width, height);
    }
}
