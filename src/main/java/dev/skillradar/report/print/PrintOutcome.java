package dev.skillradar.report.print;

import dev.skillradar.report.pdf.PageSetup;

/**
 * A job the printer's spooler took: on which printer, how (the PDF itself, or pages drawn by PDFBox), on which
 * paper, how many pages of the (possibly re-laid-out) report and how many copies.
 */
public record PrintOutcome(String printer, Route route, PageSetup.Paper paper, int pages, int copies) {
    /** How the pages reached the printer. */
    public enum Route {
        /** The PDF bytes as a {@code DocFlavor.INPUT_STREAM.PDF} document (the printer or spooler takes PDF). */
        PDF,
        /** Pages drawn by PDFBox's {@code PDFPrintable} into a {@code java.awt.print.PrinterJob}, shrunk to fit. */
        PRINTABLE
    }
}
