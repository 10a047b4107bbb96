package dev.skillradar.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading produced files back with PDFBox, for the tests. */
final class Pdfs {
    static final PdfTypesetter TYPESETTER = new PdfTypesetter();

    private Pdfs() {
    }

    static RenderedPdf render(ReportDocument doc) {
        return TYPESETTER.render(doc);
    }

    /** A one-page-or-more document of {@code blocks} with "page N of M" footers and no header text. */
    static ReportDocument document(Block... blocks) {
        return ReportDocument.builder(SampleReport.info(SampleReport.Lang.EN))
                .running(new RunningText("Header left", "Header right", "Footer left", (n, m) -> "Page " + n + " of " + m))
                .add(blocks).build();
    }

    static String text(RenderedPdf pdf) {
        try (PDDocument doc = pdf.load()) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extracted text of each page. */
    static List<String> pageTexts(RenderedPdf pdf) {
        try (PDDocument doc = pdf.load()) {
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

    /** Whitespace of any kind as single spaces, for comparing the words of extracted text. */
    static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
