package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Vector only, no transparency, paper sizes, and nothing drawn in the margins. */
class VectorAndPageTest {
    @Test
    void pagesHoldNoImagesNoTransparencyNoShadingsOnlySolidPaths() throws Exception {
        try (PDDocument doc = Pdfs.render(SampleReport.everything(SampleReport.Lang.EN)).load()) {
            List<String> all = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                assertFalse(res.getXObjectNames().iterator().hasNext(), "no XObject, so no PDImageXObject");
                assertFalse(res.getExtGStateNames().iterator().hasNext(), "no graphics state (alpha, blend, soft mask)");
                assertFalse(res.getShadingNames().iterator().hasNext(), "no gradients");
                assertFalse(res.getPatternNames().iterator().hasNext(), "no patterns");
                assertNull(page.getCOSObject().getDictionaryObject(COSName.GROUP), "no transparency group");
                List<String> ops = new ArrayList<>();
                PDFStreamParser parser = new PDFStreamParser(page);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof Operator op) {
                        ops.add(op.getName());
                    }
                }
                for (String banned : List.of("BI", "Do", "sh", "gs", "scn", "SCN", "cs", "CS")) {
                    assertFalse(ops.contains(banned), "operator " + banned);
                }
                all.addAll(ops);
            }
            assertTrue(all.containsAll(List.of("rg", "RG", "f", "S", "B", "c", "Tj", "W")), "solid fills, strokes, curves, text, a clip");
        }
    }

    @ParameterizedTest
    @EnumSource(PageSetup.Paper.class)
    void everythingDrawnStaysInsideTheMargins(PageSetup.Paper paper) throws Exception {
        PageSetup setup = PageSetup.defaults(paper);
        RenderedPdf pdf = Pdfs.render(SampleReport.builder(SampleReport.Lang.DE, setup, true).build());
        try (PDDocument doc = pdf.load()) {
            float mm = 72 / 25.4f;
            for (PDPage page : doc.getPages()) {
                PDRectangle media = page.getMediaBox();
                assertEquals(paper.width, media.getWidth(), 0.01);
                assertEquals(paper.height, media.getHeight(), 0.01);
                float minX = 20 * mm - 0.5f;
                float maxX = media.getWidth() - 20 * mm + 0.5f;
                float minY = 18 * mm - 0.5f;
                float maxY = media.getHeight() - 18 * mm + 0.5f;
                for (float[] p : drawnPoints(page)) {
                    assertTrue(p[0] >= minX && p[0] <= maxX && p[1] >= minY && p[1] <= maxY,
                            "point " + p[0] + "," + p[1] + " outside the margins");
                }
                for (PDAnnotation a : page.getAnnotations()) {
                    PDRectangle r = a.getRectangle();
                    assertTrue(r.getLowerLeftX() >= minX && r.getUpperRightX() <= maxX && r.getLowerLeftY() >= minY
                            && r.getUpperRightY() <= maxY, "link inside the margins");
                }
            }
            TextBounds text = new TextBounds();
            text.getText(doc);
            assertTrue(text.count > 1000);
            assertTrue(text.minX >= 20 * mm - 0.5f && text.maxX <= paper.width - 20 * mm + 0.5f, text.minX + ".." + text.maxX);
            assertTrue(text.minY >= 18 * mm - 0.5f && text.maxY <= paper.height - 18 * mm + 0.5f, text.minY + ".." + text.maxY);
        }
    }

    @Test
    void marginsBelowFifteenMillimetresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageSetup(PageSetup.Paper.A4, 14.9, 20, 20, 20));
        assertThrows(IllegalArgumentException.class, () -> new PageSetup(PageSetup.Paper.A4, 20, 20, 20, Double.NaN));
        assertEquals(595.28 - 2 * 15 * 72 / 25.4, new PageSetup(PageSetup.Paper.A4, 15, 15, 15, 15).bodyWidth(), 0.01);
    }

    /** The device-space points of every path and the glyph boxes' corners, as drawn. */
    private static List<float[]> drawnPoints(PDPage page) throws IOException {
        List<float[]> points = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            private boolean clipping;

            void add(Point2D p) {
                points.add(new float[] {(float) p.getX(), (float) p.getY()});
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                add(p0);
                add(p2);
            }

            @Override
            public void drawImage(PDImage pdImage) {
                throw new AssertionError("an image");
            }

            @Override
            public void clip(int windingRule) {
                clipping = true;
            }

            @Override
            public void moveTo(float x, float y) {
                add(new Point2D.Float(x, y));
            }

            @Override
            public void lineTo(float x, float y) {
                add(new Point2D.Float(x, y));
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                add(new Point2D.Float(x3, y3));
            }

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int windingRule) {
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
                throw new AssertionError("a shading");
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                super.processOperator(operator, operands);
            }

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        return points;
    }

    private static final class TextBounds extends PDFTextStripper {
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        int count;

        TextBounds() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            float h = t.getPageHeight();
            minX = Math.min(minX, t.getXDirAdj());
            maxX = Math.max(maxX, t.getXDirAdj() + t.getWidthDirAdj());
            maxY = Math.max(maxY, h - t.getYDirAdj() + t.getHeightDir());
            minY = Math.min(minY, h - t.getYDirAdj());
            count++;
        }
    }
}
