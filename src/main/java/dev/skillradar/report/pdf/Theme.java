package dev.skillradar.report.pdf;

/**
 * The report's type scale, colours and spacing in one place. Colours are calm and of clearly different
 * lightness so that the page still reads when printed in grey; nothing is lighter than a rule needs to be.
 */
final class Theme {
    // type scale, points
    static final float TITLE = 20f;
    static final float SUBTITLE = 10.5f;
    static final float H1 = 14f;
    static final float H2 = 11.5f;
    static final float H3 = 10f;
    static final float BODY = 9.5f;
    static final float TABLE = 8.5f;
    static final float SMALL = 8f;
    static final float RUNNING = 7.5f;
    static final float KEY_FIGURE = 26f;

    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.32f;
    static final float TIGHT_LEADING = 1.2f;

    // DejaVu Sans' vertical metrics (hhea ascender 1901, descender -483 of 2048 units)
    static final float ASCENT = 0.928f;
    static final float DESCENT = 0.236f;

    // colours
    static final Rgb INK = Rgb.of(0x1E2329);
    static final Rgb MUTED = Rgb.of(0x5C6570);
    static final Rgb ACCENT = Rgb.of(0x1F4E79);
    static final Rgb LINK = Rgb.of(0x1A5A96);
    static final Rgb RULE = Rgb.of(0x9AA3AD);
    static final Rgb HAIRLINE = Rgb.of(0xD3D8DE);
    static final Rgb TINT = Rgb.of(0xF0F3F6);
    static final Rgb TRACK = Rgb.of(0xE4E8EC);
    static final Rgb BAR = Rgb.of(0x2E6494);

    // spacing, points
    static final float PARAGRAPH_GAP = 6f;
    static final float BULLET_INDENT = 12f;
    static final float CELL_PAD_X = 4f;
    static final float CELL_PAD_Y = 3f;
    static final float HAIR = 0.4f;
    static final float HEADER_BAND = 24f;
    static final float FOOTER_BAND = 26f;

    private Theme() {
    }

    /** The size of a heading of {@code level} 1..3. */
    static float headingSize(int level) {
        return switch (level) {
            case 1 -> H1;
            case 2 -> H2;
            default -> H3;
        };
    }

    /** The distance from the top of a line box {@code size × leading} high to its baseline. */
    static float baseline(float size, float leading) {
        return size * ((leading - ASCENT - DESCENT) / 2 + ASCENT);
    }
}
