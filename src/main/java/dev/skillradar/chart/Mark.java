package dev.skillradar.chart;

/**
 * One thing a renderer draws, in order: every layout ends in a list of these (its display list), so that the
 * window, the PNG and the PDF paint the same shapes in the same order with no decision of their own.
 */
public sealed interface Mark {
    /** Fills the shape with the ink. */
    record Fill(Geometry shape, Ink ink) implements Mark {
    }

    /** Strokes the outline of the shape (a closed path joins its ends) with the ink and line style. */
    record Stroke(Geometry shape, Ink ink, LineStyle style) implements Mark {
    }

    /** Draws each line of the block at its x and baseline, in the block's font and size. */
    record Text(TextBlock block, Ink ink) implements Mark {
    }
}
