package dev.skillradar.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a report back with PDFBox for the tests: its text per page, fonts, images and bookmarks. */
final class ReportPdfs {
    private ReportPdfs() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace of any kind as single spaces: a phrase wrapped over two lines still reads as one. */
    static String words(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of every font used on any page, and whether each is embedded. */
    static List<String> fonts(byte[] pdf) {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    out.add(f.getName() + (f.isEmbedded() ? "" : " NOT EMBEDDED"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** How many image XObjects the pages (and their forms) use. */
    static int images(byte[] pdf) {
        int n = 0;
        try (PDDocument doc = load(pdf)) {
            for (PDPage page : doc.getPages()) {
                n += images(page.getResources());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static int images(PDResources res) throws IOException {
        if (res == null) {
            return 0;
        }
        int n = 0;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += images(form.getResources());
            }
        }
        return n;
    }

    /** The bookmarks' titles, depth first, indented two spaces per level. */
    static List<String> bookmarks(byte[] pdf) {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                walk(outline, "", out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void walk(PDOutlineNode node, String indent, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            walk(item, indent + "  ", out);
        }
    }
}
