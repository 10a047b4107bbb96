package dev.skillradar.cli;

import dev.skillradar.assessment.MomentException;
import dev.skillradar.assessment.Moments;
import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Role;
import dev.skillradar.report.CompareWith;
import dev.skillradar.report.ReportInput;
import dev.skillradar.report.ReportService;
import dev.skillradar.report.pdf.PageSetup;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The options {@code report} and {@code print} share: role, language, paper and comparison, read and checked. */
final class ReportOptions {
    static final Set<String> VALUES = Set.of("--role", "--lang", "--paper", "--compare");
    static final String HELP = """
              --role ROLE          targets of this role (default: the profile's)
              --lang en|de         the report's language, and the confirmation's (default en)
              --paper a4|letter    A4 (default) or US Letter
              --compare DATE|PROFILE
                                   compare with yourself at a past DATE (YYYY-MM-DD in this computer's time zone,
                                   up to the end of that day; or an ISO-8601 instant) or with another PROFILE of
                                   this data folder (a mentor's view imported with import --as-comparison). A
                                   profile of exactly that name wins over a date; then a date or instant; then a
                                   profile whose name matches ignoring case; anything else is exit 2.""".indent(2);

    final Language language;
    final Optional<PageSetup.Paper> paper;
    private final String roleOption;
    private final String compareOption;

    private ReportOptions(Language language, Optional<PageSetup.Paper> paper, String roleOption, String compareOption) {
        this.language = language;
        this.paper = paper;
        this.roleOption = roleOption;
        this.compareOption = compareOption;
    }

    /** Reads the options; an unknown language, paper or role is exit 2 before the database is opened. */
    static ReportOptions parse(Args args, Session session) throws CliException {
        Language lang = CliTexts.language(args.value("--lang"));
        String roleOption = args.value("--role");
        if (roleOption != null) {
            session.role(roleOption);
        }
        return new ReportOptions(lang, paper(args.value("--paper")), roleOption, args.value("--compare"));
    }

    static Optional<PageSetup.Paper> paper(String option) throws CliException {
        if (option == null) {
            return Optional.empty();
        }
        return switch (option) {
            case "a4" -> Optional.of(PageSetup.Paper.A4);
            case "letter" -> Optional.of(PageSetup.Paper.US_LETTER);
            default -> throw CliException.usage("unknown paper '" + option + "' (use a4 or letter)");
        };
    }

    /** The report's content for the session's profile, on {@code paper}. */
    ReportInput input(Session session, ReportService reports, PageSetup.Paper onPaper) throws CliException {
        Profile profile = session.profile();
        Role role = roleOption != null ? session.role(roleOption) : session.roleOf(profile);
        return reports.input(profile, role, language, onPaper, compare(session));
    }

    /** How {@code --compare} is read: an exact profile name, else a moment, else a name ignoring case, else exit 2. */
    private CompareWith compare(Session session) throws CliException {
        if (compareOption == null) {
            return CompareWith.nothing();
        }
        Optional<Profile> named = session.database().profiles().find(compareOption);
        if (named.isPresent() && named.get().name().equals(compareOption)) {
            return CompareWith.profile(named.get());
        }
        try {
            return CompareWith.at(Moments.parse(compareOption, session.zone(), session.clock()));
        } catch (MomentException e) {
            if (named.isPresent()) {
                return CompareWith.profile(named.get());
            }
            List<String> names = session.database().profiles().list().stream().map(Profile::name).toList();
            throw CliException.usage("--compare '" + compareOption + "' is neither a profile of this data folder"
                    + " (profiles: " + String.join(", ", names) + ") nor a date or instant: " + e.getMessage());
        }
    }
}
