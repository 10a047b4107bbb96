package dev.skillradar.report;

import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.catalog.Language;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.PdfTypesetter;
import dev.skillradar.text.RadarTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the demo profile's report in both languages (A4, and US Letter with a mentor's comparison) and an empty
 * one to a folder, to look at with pdftoppm and to make the screenshots (src/test/screenshots/report.sh).
 */
public final class ReportDemoMain {
    private ReportDemoMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/report-demo");
        Files.createDirectories(dir);
        ReadinessReport report = new ReadinessReport(new ReadinessCalculator(DemoProfile.ROADMAP), DejaVuMeasure.load());
        PdfTypesetter typesetter = new PdfTypesetter();
        for (Language lang : Language.values()) {
            typesetter.render(report.document(DemoProfile.input(lang))).saveTo(dir.resolve("report-" + lang.code() + ".pdf"));
            Comparison mentor = new Comparison(new RadarTexts.OtherProfile(DemoProfile.MENTOR.name()), DemoProfile.mentorLevels());
            typesetter.render(report.document(DemoProfile.input(lang, PageSetup.Paper.US_LETTER, Optional.of(mentor))))
                    .saveTo(dir.resolve("report-letter-compare-" + lang.code() + ".pdf"));
            typesetter.render(report.document(DemoProfile.empty(lang))).saveTo(dir.resolve("report-empty-" + lang.code() + ".pdf"));
        }
    }
}
