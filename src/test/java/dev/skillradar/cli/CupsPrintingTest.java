package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.report.CompareWith;
import dev.skillradar.report.ReportInput;
import dev.skillradar.report.ReportService;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.RenderedPdf;
import dev.skillradar.report.print.PageRange;
import dev.skillradar.report.print.PrintListener;
import dev.skillradar.report.print.PrintOutcome;
import dev.skillradar.report.print.PrintRequest;
import dev.skillradar.report.print.Printers;
import dev.skillradar.report.print.ReportPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printing on a real printer: CUPS with the cups-pdf printer "PDF" ({@code .ci/printing.sh} sets it up), which
 * writes every job as a PDF file, asynchronously. Through the command line and through the service the window
 * uses; the printed file is awaited and its pages and words checked. Without CUPS or that printer the tests are
 * skipped, saying why.
 */
@Tag("slow")
class CupsPrintingTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static Path outbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void aCupsPdfPrinter() throws Exception {
        String scheduler = run("lpstat", "-r");
        Assumptions.assumeTrue(scheduler.contains("scheduler is running"), "no CUPS scheduler: " + scheduler.strip());
        String devices = run("lpstat", "-v");
        Assumptions.assumeTrue(devices.contains("cups-pdf:/"), "no cups-pdf printer (.ci/printing.sh adds it): " + devices.strip());
        outbox = outbox();
        Files.createDirectories(outbox);
    }

    /** The "Out" folder of cups-pdf.conf for this user (the default is ${HOME}/PDF). */
    static Path outbox() throws IOException {
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        String out = "${HOME}/PDF";
        if (Files.isReadable(conf)) {
            for (String line : Files.readAllLines(conf)) {
                if (line.startsWith("Out ")) {
                    out = line.substring(4).strip();
                }
            }
        }
        return Path.of(out.replace("${HOME}", System.getProperty("user.home")));
    }

    static String run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            Assumptions.abort(command[0] + " is not installed: " + e.getMessage());
            return "";
        }
    }

    /** The job's PDF once cups-pdf has finished writing it: named after the job, complete, loadable. */
    static Path printed(String token) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        long lastSize = -1;
        while (System.nanoTime() < end) {
            Optional<Path> file;
            try (Stream<Path> files = Files.list(outbox)) {
                file = files.filter(f -> f.getFileName().toString().contains(token)).findFirst();
            }
            if (file.isPresent()) {
                long size = Files.size(file.get());
                if (size > 0 && size == lastSize) {
                    try (PDDocument doc = Loader.loadPDF(file.get().toFile())) {
                        return file.get();
                    } catch (IOException stillWriting) {
                        // not yet a whole PDF: poll again
                    }
                }
                lastSize = size;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("cups-pdf wrote no file for " + token + " into " + outbox + " within " + WAIT);
    }

    static List<String> pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc).replaceAll("\\s+", " "));
            }
            return out;
        }
    }

    static String token() {
        return "sr" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theCommandLinePrintsTheChosenPagesOnTheDefaultPrinter() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("data"));
        String profile = token();
        assertEquals(0, cli.run("--profile", profile, "import", export(cli)).exit());
        assertEquals(0, cli.run("--profile", profile, "rate", "python", "3").exit());
        CliRunner.Result list = cli.run("print", "--list");
        assertEquals(0, list.exit(), list::toString);
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("PDF") && l.endsWith("(default)")), list.out());

        CliRunner.Result r = cli.run("--profile", profile, "print", "--pages", "2-3", "--lang", "de");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("ging als PDF an den Drucker PDF."), r.out());
        List<String> pages = pages(printed(profile));
        assertEquals(2, pages.size(), "pages 2 to 3");
        assertTrue(pages.get(0).contains("Seite 2 von ") && pages.get(1).contains("Seite 3 von "), pages.toString());
        assertTrue(pages.get(0).contains("Bereitschaftsbericht · " + profile), "the running header");

        CliRunner.Result unknown = cli.run("print", "--printer", "Nowhere");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("no printer named 'Nowhere' (printers: ") && unknown.err().contains("PDF"),
                unknown.err());
    }

    private String export(CliRunner cli) {
        Path file = dir.resolve("seed.json");
        assertEquals(0, cli.run("rate", "sql", "2").exit());
        assertEquals(0, cli.run("export", file.toString()).exit());
        return file.toString();
    }

    @Test
    void theWindowsPrintServiceSendsThePdfOrDrawsThePagesAndLaysTheReportOutOnTheAskedPaper() throws Exception {
        Roadmap roadmap = new CatalogLoader().loadBuiltIn();
        CliRunner cli = new CliRunner(dir.resolve("data"));
        assertEquals(0, cli.run("rate", "python", "4", "--note", "Größere Projekte").exit());
        dev.skillradar.storage.Database db = dev.skillradar.storage.Database.open(dir.resolve("data"), Clock.systemUTC());
        try (db) {
            var history = new dev.skillradar.app.ProfileHistory(db, roadmap);
            var profile = history.find("default").orElseThrow();
            ReportService reports = new ReportService(history, roadmap,
                    new dev.skillradar.assessment.ReadinessCalculator(roadmap), dev.skillradar.chart.DejaVuMeasure.load(),
                    Clock.systemUTC(), ZoneId.of("Europe/Berlin"), "SkillRadar test");
            ReportInput input = reports.input(profile, roadmap.defaultRole(), Language.EN, PageSetup.Paper.A4,
                    CompareWith.nothing());
            RenderedPdf a4 = reports.render(input);
            AtomicInteger relaidOut = new AtomicInteger();
            List<PrintListener.Stage> stages = new ArrayList<>();

            String asPdf = token();
            PrintOutcome sent = new ReportPrinter(Printers.system()).print(
                    new PrintRequest(Optional.of("PDF"), 1, Optional.of(new PageRange(1, 1)), Optional.of(PageSetup.Paper.US_LETTER)),
                    a4, PageSetup.Paper.A4, p -> {
                        relaidOut.incrementAndGet();
                        return reports.render(input.withPaper(p));
                    }, "SkillRadar " + asPdf, stages::add);
            assertEquals(PrintOutcome.Route.PDF, sent.route());
            assertEquals(1, relaidOut.get(), "Letter asked for an A4 report: laid out again, not shrunk");
            assertEquals(List.of(PrintListener.Stage.PREPARING, PrintListener.Stage.SENDING, PrintListener.Stage.WAITING,
                    PrintListener.Stage.DONE), stages);
            Path letter = printed(asPdf);
            try (PDDocument doc = Loader.loadPDF(letter.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
                assertEquals(792, doc.getPage(0).getMediaBox().getHeight(), 1.5, "US Letter pages");
            }
            assertTrue(pages(letter).get(0).contains("Readiness report"), pages(letter).toString());

            String drawn = token();
            PrintOutcome printable = new ReportPrinter(Printers.system(), Duration.ofSeconds(60), false).print(
                    new PrintRequest(Optional.empty(), 1, Optional.of(new PageRange(2, 3)), Optional.of(PageSetup.Paper.A4)),
                    a4, PageSetup.Paper.A4, p -> a4, "SkillRadar " + drawn, PrintListener.none());
            assertEquals(PrintOutcome.Route.PRINTABLE, printable.route());
            try (PDDocument doc = Loader.loadPDF(printed(drawn).toFile())) {
                // PDFPrintable draws glyphs as shapes through PostScript: the page count is what can be checked
                assertEquals(2, doc.getNumberOfPages(), "pages 2 to 3, drawn by PDFBox");
                assertEquals(842, doc.getPage(0).getMediaBox().getHeight(), 1.5, "A4 pages");
            }
        }
    }
}
