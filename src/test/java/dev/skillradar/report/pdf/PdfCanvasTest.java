package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.chart.BundledFont;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** The figure canvas: y-down figure coordinates become PDF's y-up points, scaled, with state set before paths. */
class PdfCanvasTest {
    /** The content stream a painter produces with the figure's top-left corner at (100, 700) and scale 2. */
    private static List<String> draw(Consumer<Canvas> painter) throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); Fonts fonts = Fonts.embed(doc, BundledFont::open)) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                PdfCanvas canvas = new PdfCanvas(cs, fonts, new TextCleaner(fonts), 100, 700, 2, 50, 40);
                canvas.begin();
                painter.accept(canvas);
                canvas.end();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        List<String> tokens = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFStreamParser parser = new PDFStreamParser(doc.getPage(0));
            for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) {
                if (t instanceof Operator op) {
                    tokens.add(op.getName());
                } else if (t instanceof COSNumber n) {
                    tokens.add(trim(n.floatValue()));
                } else if (t instanceof COSArray a) {
                    List<String> items = new ArrayList<>();
                    a.forEach(b -> items.add(trim(((COSNumber) b).floatValue())));
                    tokens.add("[" + String.join(" ", items) + "]");
                }
            }
        }
        return tokens;
    }

    private static String trim(float f) {
        return f == Math.rint(f) ? String.valueOf((int) f) : String.valueOf(f);
    }

    private static String after(List<String> tokens, String firstOp) {
        int i = tokens.indexOf(firstOp);
        return String.join(" ", tokens.subList(i, tokens.size()));
    }

    @Test
    void figureCoordinatesGrowDownwardsFromTheTopLeftCornerAndScale() throws Exception {
        List<String> t = draw(c -> c.moveTo(0, 0).lineTo(10, 5).stroke(Stroke.solid(Rgb.BLACK, 1)));
        // clip to the box (100, 700 - 40 * 2) 100 × 80, then the line from (100, 700) to (120, 690), 2 pt wide
        assertTrue(String.join(" ", t).startsWith("q 100 620 100 80 re W n 1 j"), t.toString());
        assertTrue(after(t, "RG").startsWith("RG 2 w [] 0 d 100 700 m 120 690 l S Q"), t.toString());
    }

    @Test
    void colourWidthAndDashAreSetBeforeThePathAndTextIsNotPartOfIt() throws Exception {
        List<String> t = draw(c -> {
            c.moveTo(0, 0).lineTo(5, 0);
            c.text("label", 25, 20, BundledFont.REGULAR, 8, Rgb.of(0x336699), Align.CENTER); // between path and paint
            c.stroke(Stroke.dashed(Rgb.of(0xFF0000), 0.5, 3, 1));
        });
        String s = String.join(" ", t);
        int text = s.indexOf("BT");
        int path = s.indexOf("100 700 m");
        assertTrue(text > 0 && path > text, "the text is drawn at once, the path only when it is painted: " + s);
        assertTrue(s.contains("1 0 0 RG 1 w [6 2] 0 d 100 700 m 110 700 l S"), s);
        assertTrue(s.contains("0.2 0.4 0.6 rg"), s);
    }

    @Test
    void centredTextIsCentredOnItsPointAtTheScaledSize() throws Exception {
        List<String> t = draw(c -> c.text("ab", 25, 20, BundledFont.BOLD, 8, Rgb.BLACK, Align.CENTER));
        int td = t.indexOf("Td");
        float x = Float.parseFloat(t.get(td - 2));
        float y = Float.parseFloat(t.get(td - 1));
        assertEquals("16", t.get(t.indexOf("Tf") - 1), "8 pt at scale 2");
        try (PDDocument doc = new PDDocument(); Fonts fonts = Fonts.embed(doc, BundledFont::open)) {
            float width = fonts.width("ab", BundledFont.BOLD, 8);
            assertEquals(100 + 2 * (25 - width / 2), x, 0.01);
        }
        assertEquals(700 - 2 * 20, y, 0.01);
    }

    @Test
    void fillAndStrokeUseOneSolidColourEach() throws Exception {
        String s = String.join(" ", draw(c -> c.rect(1, 1, 2, 2).fillAndStroke(Rgb.WHITE.mix(Rgb.BLACK, 0.25),
                Stroke.solid(Rgb.BLACK, 1))));
        assertTrue(s.contains("0.74902 0.74902 0.74902 rg 0 0 0 RG 2 w [] 0 d 102 698 m 106 698 l 106 694 l 102 694 l h B"), s);
    }
}
