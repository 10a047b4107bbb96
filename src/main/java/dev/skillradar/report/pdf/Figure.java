package dev.skillradar.report.pdf;

import java.util.Objects;

/**
 * A vector picture (radar, line chart) of {@code width} × {@code height} points, centred in the text column and
 * scaled down uniformly if it does not fit; an optional small caption follows it on the same page. A figure with
 * {@code shrinkable} below 1 may be drawn down to that fraction of its fitted size rather than move to the next
 * page with what it is kept with (the summary's radar under a few lines too many, instead of half a page left
 * empty); at 1 it never shrinks for the page.
 * The painter may be called more than once (the engine counts the characters it cannot show before it draws),
 * so it must only draw.
 */
public record Figure(double width, double height, Painter painter, String caption, double shrinkable)
        implements Block {

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
        if (!(shrinkable > 0 && shrinkable <= 1)) {
            throw new IllegalArgumentException("a figure may shrink to a fraction above 0 and up to 1, not " + shrinkable);
        }
    }

    /** A figure that never shrinks for the page. */
    public Figure(double width, double height, Painter painter, String caption) {
        this(width, height, painter, caption, 1);
    }

    /** The same figure, allowed to shrink to {@code fraction} of its fitted size to stay on its page. */
    public Figure shrinkableTo(double fraction) {
        return new Figure(width, height, painter, caption, fraction);
    }
}
