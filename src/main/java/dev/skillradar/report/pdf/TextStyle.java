package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;

/** Size, line height and colours of a piece of laid-out text; {@code face} is the face of its plain runs. */
record TextStyle(float size, float leading, Rgb colour, BundledFont face) {
    static final TextStyle BODY = new TextStyle(Theme.BODY, Theme.LEADING, Theme.INK, BundledFont.REGULAR);
    static final TextStyle SMALL = new TextStyle(Theme.SMALL, Theme.LEADING, Theme.MUTED, BundledFont.REGULAR);
    static final TextStyle TABLE = new TextStyle(Theme.TABLE, Theme.LEADING, Theme.INK, BundledFont.REGULAR);
    static final TextStyle TABLE_SMALL = new TextStyle(Theme.SMALL, Theme.LEADING, Theme.MUTED, BundledFont.REGULAR);

    float lineHeight() {
        return size * leading;
    }

    TextStyle withColour(Rgb c) {
        return new TextStyle(size, leading, c, face);
    }
}
