package dev.skillradar.cli;

import dev.skillradar.report.ReportInput;
import dev.skillradar.report.ReportService;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.RenderedPdf;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code report}: the readiness report as an archivable PDF (PDF/A-2b), written atomically. */
final class ReportCommand implements Command {
    static final Spec SPEC = new Spec("report",
            "report FILE.pdf [--role ROLE] [--lang en|de] [--paper a4|letter] [--compare DATE|PROFILE]",
            "Write the readiness report as a PDF: summary with radar, gaps, every skill, progress, market context.",
            """
            The report a mentor or careers adviser can read without the app, in English or German: overall
            readiness (the same figure as score), skills at target, the radar of current against target levels,
            the next steps, readiness by phase and area, the five most important gaps with resources, the table
            of every skill with rating, target, gap, demand, note and evidence, readiness over time and the
            changes of the last 90 days, the article's job-market context and how the score is computed.
            The file is PDF/A-2b with the fonts embedded, written completely or not at all (an existing file is
            replaced only by a complete new one).
            """ + ReportOptions.HELP + """

            Exit codes: 2 for a bad option or a folder that does not exist, 4 when the file cannot be written
            (disk full, read-only, a folder at that path).""",
            List.of("FILE"), 1, ReportOptions.VALUES, Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        Path file = RadarCommand.target(args.positional(0));
        ReportOptions options = ReportOptions.parse(args, session);
        ReportService reports = session.reports();
        PageSetup.Paper paper = options.paper.orElse(PageSetup.Paper.A4);
        ReportInput input = options.input(session, reports, paper);
        RenderedPdf pdf = reports.render(input);
        session.devices().files().write(file, pdf::writeTo);
        if (pdf.unshownCharacters() > 0) {
            session.err().println(CliMain.PREFIX + "notice: " + pdf.unshownCharacters()
                    + " characters of notes or names are not in the report's font and appear as a box");
        }
        session.out().println(CliTexts.of(options.language).get("report.written", pdf.pageCount(), paperName(paper),
                options.language.code(), file.toString()));
        return ExitCode.OK;
    }

    static String paperName(PageSetup.Paper paper) {
        return paper == PageSetup.Paper.A4 ? "A4" : "US Letter";
    }

    /** The options of report plus those of print, for print's spec. */
    static Set<String> with(Set<String> more) {
        Set<String> all = new HashSet<>(ReportOptions.VALUES);
        all.addAll(more);
        return all;
    }
}
