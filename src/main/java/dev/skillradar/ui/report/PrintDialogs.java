package dev.skillradar.ui.report;

import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.print.PrintRequest;
import dev.skillradar.report.print.PrinterInfo;
import java.util.List;
import java.util.Optional;

/**
 * SkillRadar's own print dialog (the toolkit's on Linux is AWT's, which blocks the FX thread and cannot be tested):
 * the printer, copies, a page range and the paper. The window's implementation is {@code FxPrintDialog}; tests use
 * a scripted fake. Called on the FX thread; blocks until the user answers.
 */
public interface PrintDialogs {
    /** The user's choices for printing {@code pages} pages laid out on {@code reportPaper}; empty when cancelled. */
    Optional<PrintRequest> askPrint(List<PrinterInfo> printers, int pages, PageSetup.Paper reportPaper);
}
