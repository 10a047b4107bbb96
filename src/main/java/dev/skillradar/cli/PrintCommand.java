package dev.skillradar.cli;

import dev.skillradar.report.ReportInput;
import dev.skillradar.report.ReportService;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.RenderedPdf;
import dev.skillradar.report.print.PageRange;
import dev.skillradar.report.print.PrintListener;
import dev.skillradar.report.print.PrintOutcome;
import dev.skillradar.report.print.PrintRequest;
import dev.skillradar.report.print.PrinterInfo;
import dev.skillradar.report.print.Printers;
import dev.skillradar.report.print.ReportPrinter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code print}: the readiness report on a printer, or {@code print --list}: the printers. */
final class PrintCommand implements Command {
    static final Spec SPEC = new Spec("print",
            "print [--printer NAME] [--copies N] [--pages FROM-TO] [--role ROLE] [--lang en|de] [--paper a4|letter]"
                    + " [--compare DATE|PROFILE]  |  print --list",
            "Print the readiness report, or list the printers.",
            """
            Prints the same pages as report writes. Where the printer takes PDF the file itself is sent, otherwise
            the pages are drawn for the printer (shrunk to fit its page format). Without --paper the report is
            laid out on the printer's paper if that is A4 or US Letter, never shrunk from one to the other.
              --list               list the printers, one a line, the default marked "(default)"; exit 0 even
                                   when there is none (a message on stderr)
              --printer NAME       this printer (default: the system's default printer)
              --copies N           1 to 99 copies (default 1)
              --pages FROM-TO      only these pages, such as 1-3 or 2 (default: all)
            """ + ReportOptions.HELP + """

            Exit codes: 2 for a bad option or an unknown printer (the message lists the printers), 5 when
            printing fails (no printer, no default printer, the job refused or failed).""",
            List.of(), 0, ReportCommand.with(Set.of("--printer", "--copies", "--pages")), Set.of("--list"));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        Printers printers = new Printers(session.devices().printers());
        if (args.has("--list")) {
            for (String option : List.of("--printer", "--copies", "--pages", "--role", "--lang", "--paper", "--compare")) {
                if (args.value(option) != null) {
                    throw CliException.usage("print --list takes no other option (" + option + ")");
                }
            }
            return list(session, printers);
        }
        int copies = copies(args.value("--copies"));
        Optional<PageRange> pages = Optional.empty();
        if (args.value("--pages") != null) {
            pages = Optional.of(PageRange.parse(args.value("--pages")));
        }
        ReportOptions options = ReportOptions.parse(args, session);
        PrintRequest request = new PrintRequest(Optional.ofNullable(args.value("--printer")), copies, pages, options.paper);

        ReportService reports = session.reports();
        PageSetup.Paper paper = options.paper.orElse(PageSetup.Paper.A4);
        ReportInput input = options.input(session, reports, paper);
        RenderedPdf pdf = reports.render(input);
        String jobName = "SkillRadar – " + input.profile().name();
        PrintOutcome done = new ReportPrinter(printers).print(request, pdf, paper, p -> reports.render(input.withPaper(p)),
                jobName, PrintListener.none());
        session.out().println(CliTexts.of(options.language).get(done.route() == PrintOutcome.Route.PDF ? "print.sent.pdf"
                : "print.sent", done.pages(), ReportCommand.paperName(done.paper()), done.copies(), done.printer()));
        return ExitCode.OK;
    }

    private static int list(Session session, Printers printers) {
        List<PrinterInfo> all = printers.list();
        if (all.isEmpty()) {
            session.err().println(CliMain.PREFIX + "no printer is installed");
            return ExitCode.OK;
        }
        for (PrinterInfo p : all) {
            session.out().println(p.name() + (p.isDefault() ? "  (default)" : ""));
        }
        return ExitCode.OK;
    }

    static int copies(String option) throws CliException {
        if (option == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(option.strip());
            if (n >= 1 && n <= PrintRequest.MAX_COPIES) {
                return n;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw CliException.usage("--copies '" + option + "' is not a number from 1 to " + PrintRequest.MAX_COPIES);
    }
}
