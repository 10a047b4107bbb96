package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillradar.report.print.PrintServiceSource;
import dev.skillradar.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code report} and {@code print} through the command line: figures, options, --compare and exit codes. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir.resolve("data")); // 2026-03-01T09:30:00Z
    }

    @BeforeEach
    void someRatings() {
        assertEquals(0, cli().run("rate", "python", "3", "--note", "Tägliche Arbeit mit pandas").exit());
        assertEquals(0, cli().run("rate", "sql", "2", "--evidence", "https://github.com/me/etl").exit());
        assertEquals(0, cli().run("rate", "aws-sagemaker", "1").exit());
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @CsvSource({"en,Readiness report,Wrote the readiness report (", "de,Bereitschaftsbericht,Der Bereitschaftsbericht ("})
    void theReportsReadinessIsScoresJsonFigure(String lang, String title, String confirmation) throws Exception {
        Path pdf = dir.resolve("r-" + lang + ".pdf");
        CliRunner.Result r = cli().run("report", pdf.toString(), "--lang", lang);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith(confirmation), r.out());
        var json = new ObjectMapper().readTree(cli().run("score", "--format", "json").out());
        double readiness = json.get("readiness").asDouble();
        String figure = lang.equals("en") ? String.format(Locale.ROOT, "%.1f%%", readiness)
                : String.format(Locale.GERMANY, "%.1f %%", readiness);
        String text = text(pdf);
        assertTrue(text.contains(title));
        assertTrue(text.contains(figure + (lang.equals("en") ? " Overall readiness" : " Gesamtbereitschaft")),
                figure + " in " + text.substring(0, 400));
        String atTarget = json.get("atTarget").get("met").asInt() + (lang.equals("en") ? " of " : " von ")
                + json.get("atTarget").get("of").asInt();
        assertTrue(text.contains(atTarget), atTarget);
        assertTrue(text.contains("Tägliche Arbeit mit pandas"), "the note");
        assertTrue(text.replace(" ", "").contains("https://github.com/me/etl"), "the evidence link (it may wrap anywhere)");
    }

    @Test
    void letterPaperAndAComparisonWithADateOrAProfile() throws Exception {
        assertEquals(0, cli().run("export", dir.resolve("me.json").toString()).exit());
        assertEquals(0, cli().run("import", dir.resolve("me.json").toString(), "--as-comparison").exit());
        String mentor = "default (me.json)";
        Path a = dir.resolve("a.pdf");
        assertEquals(0, cli().run("report", a.toString(), "--paper", "letter", "--compare", mentor).exit());
        try (PDDocument doc = Loader.loadPDF(a.toFile())) {
            assertEquals(792, doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        assertTrue(text(a).contains("Compared with " + mentor));
        Path b = dir.resolve("b.pdf");
        CliRunner.Result date = cli().run("report", b.toString(), "--compare", "2026-02-01");
        assertEquals(0, date.exit(), date::toString);
        assertTrue(text(b).contains("your own ratings as they were on 1 February 2026"));
    }

    @Test
    void aProfileNamedLikeADateWinsOverTheDateAndNeitherIsExit2NamingBoth() throws Exception {
        assertEquals(0, cli().run("export", dir.resolve("me.json").toString()).exit());
        assertEquals(0, cli().run("--profile", "2026-02-01", "import", dir.resolve("me.json").toString()).exit());
        Path pdf = dir.resolve("c.pdf");
        assertEquals(0, cli().run("report", pdf.toString(), "--compare", "2026-02-01").exit());
        assertTrue(text(pdf).contains("Compared with 2026-02-01 (someone else’s view"), "the profile won");

        CliRunner.Result neither = cli().run("report", dir.resolve("d.pdf").toString(), "--compare", "someone");
        assertEquals(2, neither.exit(), neither::toString);
        assertTrue(neither.err().contains("neither a profile of this data folder (profiles: ")
                && neither.err().contains("nor a date or instant"), neither.err());
        assertFalse(Files.exists(dir.resolve("d.pdf")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown language|--lang|fr|unknown language 'fr'",
            "unknown paper|--paper|a5|unknown paper 'a5'",
            "unknown role|--role|chief|unknown role 'chief'",
            "future date|--compare|2027-01-01|nor a date or instant"})
    void badOptionsAreExit2AndWriteNothing(String what, String option, String value, String message) throws IOException {
        Path pdf = dir.resolve("bad.pdf");
        CliRunner.Result r = cli().run("report", pdf.toString(), option, value);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(message), r.err());
        assertFalse(Files.exists(pdf), what);
    }

    @Test
    void aMissingFolderIs2AndAFolderAtThePathIs4() throws IOException {
        CliRunner.Result missing = cli().run("report", dir.resolve("no/such/r.pdf").toString());
        assertEquals(2, missing.exit(), missing::toString);
        Files.createDirectories(dir.resolve("taken.pdf"));
        CliRunner.Result folder = cli().run("report", dir.resolve("taken.pdf").toString());
        assertEquals(4, folder.exit(), folder::toString);
        assertTrue(folder.err().contains("is a folder"), folder.err());
        CliRunner.Result radar = cli().run("radar", dir.resolve("taken.pdf").toString());
        assertEquals(4, radar.exit(), "radar agrees: " + radar);
    }

    @Test
    void aDiskThatFailsMidwayIsExit4AndKeepsTheEarlierReportWhole() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        assertEquals(0, cli().run("report", pdf.toString()).exit());
        byte[] earlier = Files.readAllBytes(pdf);
        Devices failing = new Devices((target, content) -> AtomicFiles.write(target, out -> {
            content.accept(new java.io.FilterOutputStream(out) {
                private long left = 10_000;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (len > left) {
                        throw new IOException("No space left on device");
                    }
                    left -= len;
                    out.write(b, off, len);
                }
            });
        }), PrintServiceSource.system());
        for (String command : List.of("report", "radar")) {
            Path target = command.equals("report") ? pdf : dir.resolve("radar.png");
            CliRunner.Result r = cli().with(failing).run(command, target.toString(), "--lang", "de");
            assertEquals(4, r.exit(), command + ": " + r);
            assertTrue(r.err().contains("full"), r.err());
        }
        assertArrayEquals(earlier, Files.readAllBytes(pdf), "the earlier report is untouched");
        assertEquals(List.of("data", "report.pdf"), names(dir), "no partial file, no radar.png");
    }

    @Test
    void withoutPrintersTheListIsEmptyButExit0AndPrintingIsExit5() {
        Devices none = new Devices(AtomicFiles::write, new PrintServiceSource() {
            @Override
            public PrintService[] services() {
                return new PrintService[0];
            }

            @Override
            public PrintService defaultService() {
                return null;
            }
        });
        CliRunner.Result list = cli().with(none).run("print", "--list");
        assertEquals(0, list.exit(), list::toString);
        assertEquals("", list.out());
        assertTrue(list.err().contains("no printer is installed"), list.err());
        CliRunner.Result print = cli().with(none).run("print");
        assertEquals(5, print.exit(), print::toString);
        assertTrue(print.err().contains("no printer is installed"), print.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no copies|--copies|0|--copies '0' is not a number from 1 to 99",
            "too many copies|--copies|100|from 1 to 99",
            "not a number|--copies|two|from 1 to 99",
            "bad pages|--pages|3-1|is not FROM-TO",
            "pages not a range|--pages|all|is not FROM-TO"})
    void badPrintOptionsAreExit2(String what, String option, String value, String message) {
        CliRunner.Result r = cli().run("print", option, value);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(message), what + ": " + r.err());
    }
}
