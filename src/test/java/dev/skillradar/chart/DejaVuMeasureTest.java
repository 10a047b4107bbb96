package dev.skillradar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The layout's widths are the ones Java2D and PDFBox will draw with. */
class DejaVuMeasureTest {
    private static final List<String> SAMPLES = List.of("Python", "Wahrscheinlichkeitsrechnung und Statistik",
            "Bereitstellung und Überwachung von Modellen", "Retrieval-Augmented Generation (RAG)",
            "Größe, Maß & Übung: ÄÖÜäöüß …", "0 % 25 % 50 % 75 % 100 %", "WAVE AV To Ty", "ﬁ ligature-free fi");

    private static DejaVuMeasure measure;

    @BeforeAll
    static void load() {
        measure = DejaVuMeasure.load();
    }

    @ParameterizedTest
    @EnumSource(BundledFont.class)
    void widthsMatchJava2dWithFractionalMetrics(BundledFont bundled) throws Exception {
        Font font;
        try (InputStream in = bundled.open()) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        for (boolean antialiased : new boolean[] {false, true}) {
            FontRenderContext frc = new FontRenderContext(null, antialiased, true);
            for (float size : new float[] {11f, 13f, 17.5f}) {
                Font sized = font.deriveFont(size);
                for (String s : SAMPLES) {
                    double awt = sized.getStringBounds(s, frc).getWidth();
                    double ours = measure.width(bundled, size, s);
                    assertEquals(awt, ours, Math.max(0.05, awt * 0.002), bundled + " " + size + " '" + s + "'");
                }
                double ascent = sized.getLineMetrics("Ag", frc).getAscent();
                double descent = sized.getLineMetrics("Ag", frc).getDescent();
                assertEquals(ascent, measure.ascent(bundled, size), 0.05, "ascent");
                assertEquals(descent, measure.descent(bundled, size), 0.05, "descent");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BundledFont.class)
    void widthsMatchPdfBoxWithinItsRoundingToThousandthsOfAnEm(BundledFont bundled) throws Exception {
        try (PDDocument doc = new PDDocument(); InputStream in = bundled.open()) {
            PDType0Font font = PDType0Font.load(doc, in);
            for (String s : SAMPLES) {
                double pdf = font.getStringWidth(s) / 1000 * 12;
                double ours = measure.width(bundled, 12, s);
                // PDF widths are whole thousandths of an em per glyph: at most 0.5/1000 em off per character
                assertEquals(pdf, ours, s.length() * 0.5 / 1000 * 12 + 1e-9, bundled + " '" + s + "'");
            }
        }
    }

    @Test
    void widthScalesLinearlyWithSizeAndAddsUpOverText() {
        double a = measure.width(BundledFont.REGULAR, 10, "Model");
        assertEquals(2 * a, measure.width(BundledFont.REGULAR, 20, "Model"), 1e-9);
        assertEquals(measure.width(BundledFont.REGULAR, 10, "Mod") + measure.width(BundledFont.REGULAR, 10, "el"), a, 1e-9);
        assertTrue(measure.width(BundledFont.BOLD, 10, "Model") > a, "bold is wider");
        assertEquals(2048, measure.unitsPerEm(BundledFont.REGULAR));
    }

    @Test
    void aCharacterWithoutAGlyphMeasuresAsTheMissingGlyphBox() {
        double box = measure.width(BundledFont.REGULAR, 10, "\uE000"); // private use: not in DejaVu
        assertTrue(box > 0);
        assertEquals(box, measure.width(BundledFont.REGULAR, 10, "\uD83D\uDE00"), 1e-9, "an emoji outside the BMP");
    }
}
