package dev.skillradar.report;

import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.catalog.Language;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.report.pdf.Block;
import dev.skillradar.report.pdf.DocumentInfo;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.ReportDocument;
import dev.skillradar.report.pdf.RunningText;
import java.util.List;

/**
 * The readiness report as a document for the PDF engine, from a {@link ReportInput}: the six sections of issue 10
 * in the reader's language (summary with radar and next steps; bars and time to ready; the top gaps; every skill;
 * progress; the job market and the method) and the calibration of issue 11 (drift, checks beside the self-ratings,
 * the ratings to confirm again) before the progress, the running header and footer with "page N of M", the bookmarks
 * (headings of level 1 and 2) and the document's metadata. Every figure is the one {@code score} prints, rounded
 * the same way; every wording comes from the core text layer. Pure and thread-safe: one instance may serve many
 * reports, made one at a time or at once.
 */
public final class ReadinessReport {
    private final ReadinessCalculator calculator;
    private final DejaVuMeasure measure;

    public ReadinessReport(ReadinessCalculator calculator, DejaVuMeasure measure) {
        this.calculator = calculator;
        this.measure = measure;
    }

    /** The document of {@code in}. */
    public ReportDocument document(ReportInput in) {
        if (calculator.roadmap() != in.roadmap()) {
            throw new IllegalArgumentException("the report's roadmap is not the calculator's");
        }
        ReportContext c = new ReportContext(in, calculator, measure);
        String profile = in.profile().name();
        String role = c.roleName();
        DocumentInfo info = new DocumentInfo(c.get("report.info.title", profile), profile,
                c.get("report.info.subject", profile, role),
                List.of("SkillRadar", c.get("report.info.keyword"), role, c.of(in.roadmap().title())),
                in.creator(), in.creator() + " (Apache PDFBox)", in.now(), in.language() == Language.DE ? "de-DE" : "en-GB");
        RunningText running = new RunningText(c.get("report.running.header", profile), c.today(),
                c.of(in.roadmap().title()), (n, m) -> c.get("report.page", n, m));
        return ReportDocument.builder(info)
                .page(PageSetup.defaults(in.paper()))
                .running(running)
                .missingGlyphNote(n -> c.get("report.missingGlyphs", n))
                .addAll(SummarySection.summary(c))
                .add(new Block.PageBreak())
                .addAll(SummarySection.bars(c))
                .addAll(GapsSection.blocks(c))
                .add(new Block.PageBreak())
                .addAll(SkillTableSection.blocks(c))
                .add(new Block.PageBreak())
                .addAll(CalibrationSection.blocks(c))
                .addAll(ProgressSection.blocks(c))
                .addAll(ContextSection.blocks(c))
                .build();
    }
}
