package dev.skillradar.report.pdf;

/** Horizontal alignment of a table column or of text drawn at a point. */
public enum Align {
    LEFT, CENTER, RIGHT;

    /** The left edge of something {@code width} wide aligned at {@code anchor}. */
    double left(double anchor, double width) {
        return switch (this) {
            case LEFT -> anchor;
            case CENTER -> anchor - width / 2;
            case RIGHT -> anchor - width;
        };
    }
}
