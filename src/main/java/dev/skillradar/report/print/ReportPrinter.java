package dev.skillradar.report.print;

import dev.skillradar.app.AppProblem;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.RenderedPdf;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashDocAttributeSet;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PageRanges;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;

/**
 * Prints a report, never a screenshot: the same PDF pages go to the printer. Where the printer (or its spooler)
 * takes PDF, the file itself is sent ({@code javax.print}, {@code DocFlavor.INPUT_STREAM.PDF}); otherwise PDFBox
 * draws the pages into a {@link PrinterJob} ({@link PDFPrintable}, shrunk to fit the printer's page format).
 * When the paper to print on differs from the report's, the report is laid out again on that paper through the
 * caller's function, never shrunk from A4 to Letter. Blocking: call it on the I/O thread (the caller's executor),
 * which waits until the spooler reports the job done or failed, at most the time-out. Every failure is an
 * {@link AppProblem}: NO_PRINTER, NO_DEFAULT_PRINTER, PRINTER_NOT_FOUND, INVALID_VALUE (pages), PRINT_REFUSED,
 * PRINT_FAILED.
 */
public final class ReportPrinter {
    /** How long to wait for the spooler's last word on a job. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Printers printers;
    private final Duration timeout;
    private final boolean pdfAllowed;

    public ReportPrinter(Printers printers) {
        this(printers, DEFAULT_TIMEOUT, true);
    }

    /** {@code pdfAllowed} false always draws the pages with PDFPrintable (tests of that route on a PDF printer). */
    public ReportPrinter(Printers printers, Duration timeout, boolean pdfAllowed) {
        this.printers = printers;
        this.timeout = timeout;
        this.pdfAllowed = pdfAllowed;
    }

    /**
     * Prints {@code report} (laid out on {@code reportPaper}) as {@code request} says.
     *
     * @param relayout the same report on other paper, for a printer whose paper differs
     * @param jobName  the job's name in the printer's queue ("Readiness report – Lena Müller")
     */
    public PrintOutcome print(PrintRequest request, RenderedPdf report, PageSetup.Paper reportPaper,
                              Function<PageSetup.Paper, RenderedPdf> relayout, String jobName, PrintListener listener) {
        listener.stage(PrintListener.Stage.PREPARING);
        PrintService service = printers.service(request.printer());
        PageSetup.Paper paper = request.paper().or(() -> Printers.defaultPaper(service)).orElse(reportPaper);
        RenderedPdf pdf = paper == reportPaper ? report : relayout.apply(paper);
        request.pages().ifPresent(r -> r.within(pdf.pageCount()));
        int pages = request.pages().map(r -> r.to() - r.from() + 1).orElse(pdf.pageCount());

        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(request.copies()));
        attributes.add(Printers.media(paper));
        attributes.add(new JobName(jobName, null));
        request.pages().ifPresent(r -> attributes.add(new PageRanges(r.from(), r.to())));

        boolean asPdf = pdfAllowed && Printers.takesPdf(service);
        listener.stage(PrintListener.Stage.SENDING);
        if (asPdf) {
            byte[] bytes = request.pages().map(r -> slice(service, pdf, r)).orElseGet(pdf::bytes);
            sendPdf(service, bytes, attributes, listener);
        } else {
            drawPages(service, pdf, paper, attributes, listener);
        }
        listener.stage(PrintListener.Stage.DONE);
        return new PrintOutcome(service.getName(), asPdf ? PrintOutcome.Route.PDF : PrintOutcome.Route.PRINTABLE, paper,
                pages, request.copies());
    }

    /**
     * The pages of {@code range} as a PDF of their own: the spooler's PDF route ignores a page range attribute
     * (the JDK hands the file to lpr whole), so the range is cut here. The outline goes, its pages may be gone.
     */
    private static byte[] slice(PrintService service, RenderedPdf pdf, PageRange range) {
        try (PDDocument doc = pdf.load()) {
            for (int p = doc.getNumberOfPages(); p >= 1; p--) {
                if (p < range.from() || p > range.to()) {
                    doc.removePage(p - 1);
                }
            }
            doc.getDocumentCatalog().setDocumentOutline(null);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw failed(service, String.valueOf(e.getMessage()), e);
        }
    }

    private void sendPdf(PrintService service, byte[] pdf, PrintRequestAttributeSet attributes,
                         PrintListener listener) {
        DocPrintJob job = service.createPrintJob();
        JobWatch watch = new JobWatch();
        job.addPrintJobListener(watch);
        try {
            job.print(new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF,
                    new HashDocAttributeSet()), attributes);
        } catch (PrintException e) {
            throw refused(service, e);
        }
        listener.stage(PrintListener.Stage.WAITING);
        watch.await(service, timeout);
    }

    private static void drawPages(PrintService service, RenderedPdf pdf, PageSetup.Paper paper,
                                  PrintRequestAttributeSet attributes, PrintListener listener) {
        try (PDDocument doc = pdf.load()) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            PageFormat format = job.defaultPage();
            Paper sheet = format.getPaper();
            double w = paper == PageSetup.Paper.A4 ? 595.2756 : 612;
            double h = paper == PageSetup.Paper.A4 ? 841.8898 : 792;
            sheet.setSize(w, h);
            sheet.setImageableArea(0, 0, w, h); // the report's own margins (≥ 15 mm) keep the text off the edge
            format.setPaper(sheet);
            format.setOrientation(PageFormat.PORTRAIT);
            job.setPrintable(new PDFPrintable(doc, Scaling.SHRINK_TO_FIT), job.validatePage(format));
            job.setJobName(((JobName) attributes.get(JobName.class)).getValue());
            job.print(attributes);
            listener.stage(PrintListener.Stage.WAITING);
        } catch (PrinterException e) {
            throw refused(service, e);
        } catch (IOException e) {
            throw failed(service, String.valueOf(e.getMessage()), e);
        }
    }

    private static AppProblem refused(PrintService service, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new AppProblem(AppProblem.Kind.PRINT_REFUSED, null, List.of(service.getName(), reason), null,
                "the printer " + service.getName() + " refused the job: " + reason, e);
    }

    private static AppProblem failed(PrintService service, String reason, Throwable cause) {
        return new AppProblem(AppProblem.Kind.PRINT_FAILED, null, List.of(service.getName(), reason), null,
                "printing on " + service.getName() + " failed: " + reason, cause);
    }

    /** The spooler's events of one job, until a last word: done, failed, cancelled, or nothing more to say. */
    private static final class JobWatch extends PrintJobAdapter {
        private final CountDownLatch ended = new CountDownLatch(1);
        private final AtomicBoolean transferred = new AtomicBoolean();
        private final AtomicReference<String> failure = new AtomicReference<>();

        @Override
        public void printDataTransferCompleted(PrintJobEvent e) {
            transferred.set(true);
        }

        @Override
        public void printJobCompleted(PrintJobEvent e) {
            transferred.set(true);
            ended.countDown();
        }

        @Override
        public void printJobNoMoreEvents(PrintJobEvent e) {
            ended.countDown();
        }

        @Override
        public void printJobFailed(PrintJobEvent e) {
            failure.compareAndSet(null, "the job failed");
            ended.countDown();
        }

        @Override
        public void printJobCanceled(PrintJobEvent e) {
            failure.compareAndSet(null, "the job was cancelled");
            ended.countDown();
        }

        @Override
        public void printJobRequiresAttention(PrintJobEvent e) {
            failure.compareAndSet(null, "the printer needs attention (paper, toner, a jam?)");
            ended.countDown();
        }

        void await(PrintService service, Duration timeout) {
            try {
                boolean done = ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (failure.get() != null) {
                    throw failed(service, failure.get(), null);
                }
                if (!done && !transferred.get()) {
                    throw failed(service, "no answer from the print spooler within " + timeout.toSeconds() + " s", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(service, "interrupted while waiting for the print spooler", e);
            }
        }
    }
}
