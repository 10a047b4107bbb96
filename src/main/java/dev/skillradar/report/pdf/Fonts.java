package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces of DejaVu Sans embedded in one document (exactly one font object per face, written as a subset
 * when the document is saved), with the glyph coverage and advance widths that layout measures with.
 *
 * <p>The TrueType files are parsed here rather than by {@code PDType0Font.load(doc, InputStream, true)} for one
 * reason: to switch off glyph substitution. With it, PDFBox's showText replaces "fi", "fl" and "ff" by DejaVu's
 * ligature glyphs, whose text is U+FB01 and friends, so that "Profil" could no longer be found, copied or read
 * aloud as typed, and lines would no longer measure what layout measured. The fonts stay open until the
 * document has been saved (the subset is cut from them then) and are closed with {@link #close()}.
 */
final class Fonts implements java.io.Closeable {
    private final Map<BundledFont, Face> faces = new EnumMap<>(BundledFont.class);

    private Fonts() {
    }

    static Fonts embed(PDDocument doc, FontFiles files) throws IOException {
        Fonts fonts = new Fonts();
        try {
            for (BundledFont face : BundledFont.values()) {
                TrueTypeFont ttf;
                try (InputStream in = files.open(face)) {
                    ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                }
                ttf.setEnableGsub(false);
                fonts.faces.put(face, new Face(PDType0Font.load(doc, ttf, true), ttf));
            }
        } catch (IOException | RuntimeException e) {
            fonts.close();
            throw e;
        }
        return fonts;
    }

    @Override
    public void close() throws IOException {
        for (Face f : faces.values()) {
            f.ttf.close();
        }
    }

    PDType0Font pdf(BundledFont face) {
        return faces.get(face).font;
    }

    /** Whether {@code face} has a glyph for the code point (not .notdef). */
    boolean canShow(BundledFont face, int codePoint) {
        return faces.get(face).gid(codePoint) > 0;
    }

    /** The advance width of already cleaned text, in points. */
    float width(CharSequence text, BundledFont face, float size) {
        Face f = faces.get(face);
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            units += f.advance(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /** The advance width of one code point, in points. */
    float width(int codePoint, BundledFont face, float size) {
        return faces.get(face).advance(codePoint) * size / 1000f;
    }

    /** Where the TrueType files come from (the jar, or bytes a typesetter keeps). */
    @FunctionalInterface
    interface FontFiles {
        InputStream open(BundledFont face) throws IOException;
    }

    private static final class Face {
        final PDType0Font font;
        final CmapLookup cmap;
        final TrueTypeFont ttf;
        final float scale;
        final Map<Integer, Float> advances = new HashMap<>();

        Face(PDType0Font font, TrueTypeFont ttf) throws IOException {
            this.font = font;
            this.cmap = font.getCmapLookup();
            this.ttf = ttf;
            this.scale = 1000f / ttf.getUnitsPerEm();
        }

        int gid(int codePoint) {
            return cmap.getGlyphId(codePoint);
        }

        // in 1/1000 of the font size, read from hmtx: the same numbers the subset's /W array is built from
        float advance(int codePoint) {
            Float cached = advances.get(codePoint);
            if (cached != null) {
                return cached;
            }
            float w;
            try {
                w = ttf.getAdvanceWidth(gid(codePoint)) * scale;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            advances.put(codePoint, w);
            return w;
        }
    }
}
