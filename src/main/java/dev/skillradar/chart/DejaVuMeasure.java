package dev.skillradar.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * {@link TextMeasure} of the bundled DejaVu fonts, read from the TrueType files with Apache FontBox: advance
 * widths per code point (the whole Basic Multilingual Plane, tabulated once at load, so that measuring is a
 * table look-up and the instance is immutable and thread-safe) and the hhea ascent and descent, the same
 * metrics Java2D, JavaFX and a PDF viewer use. Code points outside the BMP measure as the missing-glyph box.
 */
public final class DejaVuMeasure implements TextMeasure {
    private final Map<BundledFont, Metrics> metrics;

    private DejaVuMeasure(Map<BundledFont, Metrics> metrics) {
        this.metrics = metrics;
    }

    /** Parses both bundled fonts (a few tens of milliseconds); keep one instance and share it. */
    public static DejaVuMeasure load() {
        Map<BundledFont, Metrics> map = new EnumMap<>(BundledFont.class);
        for (BundledFont font : BundledFont.values()) {
            map.put(font, Metrics.read(font));
        }
        return new DejaVuMeasure(map);
    }

    @Override
    public double width(BundledFont font, double size, String text) {
        Metrics m = metrics.get(font);
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += cp <= 0xFFFF ? m.advances[cp] : m.notdef;
            i += Character.charCount(cp);
        }
        return units * size / m.unitsPerEm;
    }

    @Override
    public double ascent(BundledFont font, double size) {
        Metrics m = metrics.get(font);
        return m.ascender * size / m.unitsPerEm;
    }

    @Override
    public double descent(BundledFont font, double size) {
        Metrics m = metrics.get(font);
        return -m.descender * size / m.unitsPerEm;
    }

    /** The font's design units per em (2048 for DejaVu), for tests that compare with other measurers. */
    public int unitsPerEm(BundledFont font) {
        return metrics.get(font).unitsPerEm;
    }

    private static final class Metrics {
        final int unitsPerEm;
        final int ascender;
        final int descender;
        final int notdef;
        final char[] advances = new char[0x10000];

        private Metrics(TrueTypeFont ttf) throws IOException {
            unitsPerEm = ttf.getUnitsPerEm();
            ascender = ttf.getHorizontalHeader().getAscender();
            descender = ttf.getHorizontalHeader().getDescender();
            notdef = ttf.getAdvanceWidth(0);
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int cp = 0; cp <= 0xFFFF; cp++) {
                // gid 0 is the missing-glyph box, which is what every renderer draws for such a character
                advances[cp] = (char) ttf.getAdvanceWidth(cmap.getGlyphId(cp));
            }
        }

        static Metrics read(BundledFont font) {
            try (InputStream in = font.open();
                 TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                return new Metrics(ttf);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the metrics of " + font.resource(), e);
            }
        }
    }
}
