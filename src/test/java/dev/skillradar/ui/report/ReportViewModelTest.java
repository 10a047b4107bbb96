package dev.skillradar.ui.report;

import static dev.skillradar.ui.common.TestChecks.tickUpTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Basis;
import dev.skillradar.catalog.Language;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.report.ReportService;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.print.PrintServiceSource;
import dev.skillradar.report.print.Printers;
import dev.skillradar.ui.assess.QueuedExecutor;
import dev.skillradar.ui.common.FakeDialogs;
import dev.skillradar.ui.common.TestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Report screen's state without the toolkit: made in the background, pages, zoom, save, print. */
class ReportViewModelTest {
    private static final DejaVuMeasure MEASURE = DejaVuMeasure.load();

    @TempDir
    Path dir;
    @TempDir
    Path files;
    TestSession t;
    FakeDialogs dialogs = new FakeDialogs();
    final List<String> askedToPrint = new ArrayList<>();
    ReportViewModel vm;

    /** A machine without a printer. */
    private static Printers none() {
        return new Printers(new PrintServiceSource() {
            @Override
            public PrintService[] services() {
                return new PrintService[0];
            }

            @Override
            public PrintService defaultService() {
                return null;
            }
        });
    }

    @BeforeEach
    void open() {
        t = new TestSession(dir, Language.EN);
        t.autosave.setLevel("python", 3);
        ReportService service = new ReportService(t.history, t.state.roadmap(), t.state.calculator(), MEASURE, t.clock,
                ZoneOffset.UTC, "SkillRadar test");
        vm = new ReportViewModel(t.state, service, none(), t.io, dialogs, (printers, pages, paper) -> {
            askedToPrint.add(printers.size() + " printers");
            return Optional.empty();
        }, t.clock, ZoneOffset.UTC, Runnable::run);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theReportIsMadeWhenTheScreenIsFirstShownAndPagedThrough() {
        assertFalse(vm.readyProperty().get(), "nothing is made before the screen is shown");
        vm.shown();
        assertTrue(vm.readyProperty().get());
        assertTrue(vm.pageCountProperty().get() >= 3, "pages: " + vm.pageCountProperty().get());
        assertNotNull(vm.pageImageProperty().get());
        int width100 = vm.pageImageProperty().get().getWidth();
        assertEquals("Page 1 of " + vm.pageCountProperty().get(), vm.pageTextProperty().get());
        vm.nextPage();
        assertEquals(1, vm.pageProperty().get());
        vm.lastPage();
        vm.nextPage();
        assertEquals(vm.pageCountProperty().get() - 1, vm.pageProperty().get(), "no page after the last");
        vm.zoomTo(300);
        assertEquals(ReportViewModel.MAX_ZOOM, vm.zoomProperty().get());
        assertEquals(2 * width100, vm.pageImageProperty().get().getWidth(), 2);
        vm.zoomTo(10);
        assertEquals(ReportViewModel.MIN_ZOOM, vm.zoomProperty().get());
    }

    @Test
    void anotherChoiceMakesItAgainAndSaveWritesThePreviewedPdf() throws Exception {
        vm.shown();
        int a4 = vm.pageImageProperty().get().getHeight();
        vm.paperProperty().set(PageSetup.Paper.US_LETTER);
        assertTrue(vm.pageImageProperty().get().getHeight() < a4, "Letter is shorter than A4");
        vm.languageProperty().set(Language.DE);
        Path file = files.resolve("bericht");
        dialogs.fileAnswers.add(file);
        vm.saveAsPdf();
        Path saved = files.resolve("bericht.pdf");
        assertTrue(Files.exists(saved), dialogs.shown::toString);
        try (PDDocument doc = Loader.loadPDF(saved.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Bereitschaftsbericht"), "German, as chosen");
            assertEquals(vm.pageCountProperty().get(), doc.getNumberOfPages());
        }
    }

    @Test
    void withoutAPrinterTheUserIsToldAndNoDialogOpens() {
        vm.shown();
        vm.print();
        assertEquals("error", dialogs.last().kind());
        assertTrue(dialogs.last().message().startsWith("No printer is installed"), dialogs.last().message());
        assertEquals(List.of(), askedToPrint);
    }

    @Test
    void cancelDropsTheReportBeingMadeAndANewerChoiceWinsOverAnOlderOne() {
        QueuedExecutor queue = new QueuedExecutor();
        ReportService service = new ReportService(t.history, t.state.roadmap(), t.state.calculator(), MEASURE, t.clock,
                ZoneOffset.UTC, "SkillRadar test");
        ReportViewModel queued = new ReportViewModel(t.state, service, none(), queue, dialogs, (p, n, paper) -> Optional.empty(),
                t.clock, ZoneOffset.UTC, Runnable::run);
        queued.shown();
        assertTrue(queued.busyProperty().get());
        assertEquals("Making the report…", queued.statusProperty().get());
        queued.cancel();
        assertFalse(queued.busyProperty().get());
        queue.runAll();
        assertFalse(queued.readyProperty().get(), "the cancelled report is dropped when it arrives");

        queued.paperProperty().set(PageSetup.Paper.US_LETTER); // made again, then a newer choice before it is done
        queued.languageProperty().set(Language.DE);
        queue.runAll();
        assertTrue(queued.readyProperty().get());
        assertTrue(queued.statusProperty().get().startsWith("The report is ready"), queued.statusProperty().get());
    }

    private String savedText() throws Exception {
        Path file = files.resolve("report-" + System.nanoTime() + ".pdf");
        dialogs.fileAnswers.add(file);
        vm.saveAsPdf();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReportIsMadeAgainOnTheBasisChosenAndWithEveryTick() throws Exception {
        vm.shown();
        assertEquals("Scored on: your self-ratings", vm.scoredOnProperty().get());
        assertTrue(savedText().contains("none yet: no rated skill has a ticked statement"));

        t.session.readCalibration();
        tickUpTo(t, "python", 1); // rated 3, checked 1
        String ticked = savedText();
        assertTrue(ticked.contains("+2.00 levels over 1 skill"), "the tick is in the report at once");

        t.session.setBasis(Basis.LOWER, e -> { throw new AssertionError(e); });
        assertEquals("Scored on: the lower of self-rating and checks", vm.scoredOnProperty().get());
        assertTrue(savedText().contains("This report is scored on the lower of self-rating and checks."),
                "the basis shown, before and after it is stored");
    }
}
