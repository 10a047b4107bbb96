package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Drawing on one page in the layout's coordinates: x from the body's left edge, y downwards from the body's
 * top edge (negative above it, in the header). Converts to PDF's y-up points and collects link annotations.
 */
final class PageDraw {
    private final PDPageContentStream cs;
    private final Fonts fonts;
    private final float left;
    private final float top;
    private final List<PDAnnotation> annotations = new ArrayList<>();

    PageDraw(PDPageContentStream cs, Fonts fonts, float left, float top) {
        this.cs = cs;
        this.fonts = fonts;
        this.left = left;
        this.top = top;
    }

    Fonts fonts() {
        return fonts;
    }

    List<PDAnnotation> annotations() {
        return annotations;
    }

    /** Text already cleaned, its baseline at {@code baseline}. */
    void text(String text, BundledFont face, float size, Rgb colour, float x, float baseline) {
        if (text.isBlank()) {
            return;
        }
        try {
            cs.beginText();
            cs.setFont(fonts.pdf(face), size);
            cs.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            cs.newLineAtOffset(left + x, top - baseline);
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fillRect(float x, float y, float w, float h, Rgb colour) {
        try {
            cs.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            cs.addRect(left + x, top - y - h, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal rule of {@code width} points centred on {@code y}. */
    void rule(float x1, float x2, float y, float width, Rgb colour) {
        try {
            cs.setStrokingColor(colour.r(), colour.g(), colour.b());
            cs.setLineWidth(width);
            cs.setLineDashPattern(new float[0], 0);
            cs.moveTo(left + x1, top - y);
            cs.lineTo(left + x2, top - y);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outline of a rectangle, dashed if {@code dash} is not empty. */
    void strokeRect(float x, float y, float w, float h, float width, Rgb colour, float... dash) {
        try {
            cs.setStrokingColor(colour.r(), colour.g(), colour.b());
            cs.setLineWidth(width);
            cs.setLineDashPattern(dash, 0);
            cs.addRect(left + x, top - y - h, w, h);
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clickable area over a link's text that opens {@code uri}; printed, borderless, no appearance needed. */
    void link(String uri, float x, float y, float w, float h) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(left + x, top - y - h, w, h));
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setPrinted(true); // PDF/A: every annotation carries the print flag
        annotations.add(link);
    }

    /** A canvas for a figure whose top-left corner is at ({@code x}, {@code y}), drawn at {@code scale}. */
    PdfCanvas canvas(float x, float y, float scale, double width, double height, TextCleaner cleaner) {
        return new PdfCanvas(cs, fonts, cleaner, left + x, top - y, scale, width, height);
    }
}
