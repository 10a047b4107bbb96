package dev.skillradar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Skill;
import dev.skillradar.text.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Other readers agree with PDFBox: poppler's pdftotext, pdffonts and pdfimages and qpdf's structural check. Each
 * tool that is not installed skips its part with the reason ({@code .ci/printing.sh} installs them).
 */
@Tag("slow")
class ReportPopplerTest {
    @TempDir
    Path dir;

    record Run(int exit, String out) {
    }

    static Run run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort(command[0] + " is not installed (" + e.getMessage() + ")");
            throw e;
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void popplerAndQpdfReadTheSameReport(Language lang) throws Exception {
        Path file = dir.resolve("report-" + lang.code() + ".pdf");
        var rendered = ReadinessReportTest.render(DemoProfile.input(lang));
        Files.write(file, rendered.bytes());
        List<String> problems = new ArrayList<>();

        Run text = run("pdftotext", "-enc", "UTF-8", file.toString(), "-");
        assertEquals(0, text.exit(), text.out());
        String words = text.out().replaceAll("\\s+", " ");
        String figure = Texts.of(lang).formats().percentOneDecimal(76.8);
        for (String wanted : List.of(figure, "Lena Müller", "größere Datensätze", "€55,000–75,000".replace("€55,000–75,000",
                Texts.of(lang).formats().salary(DemoProfile.ROADMAP.role("junior").orElseThrow())))) {
            if (!words.contains(wanted)) {
                problems.add("pdftotext lacks " + wanted);
            }
        }
        for (Skill s : DemoProfile.ROADMAP.skills()) {
            if (!words.contains(s.name().get(lang))) {
                problems.add("pdftotext lacks the skill " + s.name().get(lang));
            }
        }
        int pages = rendered.pageCount();
        String last = lang == Language.EN ? "Page " + pages + " of " + pages : "Seite " + pages + " von " + pages;
        if (!words.contains(last)) {
            problems.add("pdftotext lacks " + last);
        }

        Run fonts = run("pdffonts", file.toString());
        assertEquals(0, fonts.exit(), fonts.out());
        List<String> rows = fonts.out().lines().skip(2).filter(l -> !l.isBlank()).toList();
        if (rows.size() != 2 || !rows.stream().allMatch(r -> r.contains("DejaVuSans") && r.contains("CID TrueType")
                && r.matches(".*\\byes\\s+yes\\s+yes\\b.*"))) {
            problems.add("pdffonts: expected the two DejaVu faces, embedded, subset, with Unicode:\n" + fonts.out());
        }

        Run images = run("pdfimages", "-list", file.toString());
        assertEquals(0, images.exit(), images.out());
        if (images.out().lines().skip(2).anyMatch(l -> !l.isBlank())) {
            problems.add("pdfimages lists images:\n" + images.out());
        }

        Run qpdf = run("qpdf", "--check", file.toString());
        if (qpdf.exit() != 0 || !qpdf.out().contains("No syntax or stream encoding errors")) {
            problems.add("qpdf --check:\n" + qpdf.out());
        }
        assertEquals(List.of(), problems);
    }
}
