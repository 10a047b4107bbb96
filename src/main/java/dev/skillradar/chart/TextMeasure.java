package dev.skillradar.chart;

/**
 * Widths and vertical metrics of text in one of the {@link BundledFont}s, in chart units at a given font size.
 * Without kerning: PDF's showText and Java2D's drawString do not kern by default either, so every renderer
 * puts the glyphs where the layout measured them.
 */
public interface TextMeasure {
    /** The advance width of {@code text} (sum of glyph advances, no kerning). */
    double width(BundledFont font, double size, String text);

    /** The distance from the baseline up to the top of the line. */
    double ascent(BundledFont font, double size);

    /** The distance from the baseline down to the bottom of the line (positive). */
    double descent(BundledFont font, double size);

    /** The height of one line; lines of a block follow each other at this distance. */
    default double lineHeight(BundledFont font, double size) {
        return ascent(font, size) + descent(font, size);
    }
}
