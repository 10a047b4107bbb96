package dev.skillradar.report.pdf;

import java.util.Objects;

/**
 * A vector picture (radar, line chart) of {@code width} × {@code height} points, centred in the text column and
 * scaled down uniformly if it does not fit; an optional small caption follows it on the same page.
 * The painter may be called more than once (the engine counts the characters it cannot show before it draws),
 * so it must only draw.
 */
public record Figure(double width, double height, Painter painter, String caption) implements Block {

    /** Draws a figure onto a {@link Canvas} whose origin is the figure's top-left corner, y growing downwards. */
    @FunctionalInterface
    public interface Painter {
        void paint(Canvas canvas);
    }

    public Figure {
        if (!(width > 0 && height > 0) || width > 5000 || height > 5000) {
            throw new IllegalArgumentException("a figure is 0 to 5000 points wide and high, not " + width + " × " + height);
        }
        Objects.requireNonNull(painter, "painter");
        caption = Objects.requireNonNullElse(caption, "");
    }
}
