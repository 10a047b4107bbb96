package dev.skillradar.cli;

import dev.skillradar.assessment.AssessmentTimeline;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Readiness;
import dev.skillradar.catalog.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code score}: readiness of the profile for its target role (or {@code --role}), as text or JSON. */
final class ScoreCommand implements Command {
    static final Spec SPEC = new Spec("score",
            "score [--role ROLE] [--at DATE|INSTANT] [--basis self|checks|lower] [--format text|json] [--lang en|de]",
            "Show readiness for a role: overall, by phase and area, the top gaps and the time to ready.",
            """
            Scores the profile's ratings against a role's targets. Readiness is the demand-weighted share
            of the targets reached (0-100); a gap's priority is its demand times the levels missing.
            The time to ready is study time from the phase durations; the role's years of experience
            are shown beside it, never added.
              --role ROLE          score for this role this once (default: the profile's target role)
              --at DATE|INSTANT    score the ratings as they were then: a DATE (YYYY-MM-DD) in this computer's
                                   time zone means up to the end of that day; an INSTANT is ISO-8601 with Z or
                                   an offset. Before the first rating, nothing was rated.
              --basis self|checks|lower  score the self-ratings, the check-based levels (skillradar checks SKILL),
                                   or the lower of the two (default: the profile's setting, skillradar basis)
              --format text|json   output format (default text; json lists every gap)
              --lang en|de         language of the text output (default en); json is the same in every language""",
            List.of(), 0, Set.of("--role", "--at", "--basis", "--format", "--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        Format format = Format.parse(args.value("--format"));
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang")));
        String roleOption = args.value("--role");
        if (roleOption != null) {
            session.role(roleOption); // an unknown role is a usage error before the database is opened
        }
        if (args.value("--basis") != null) {
            Session.basisOption(args.value("--basis")); // an unknown basis is a usage error before the database
        }
        Instant at = args.value("--at") == null ? null : session.moment("--at", args.value("--at"));
        Profile profile = session.profile();
        Role role = roleOption != null ? session.role(roleOption) : session.roleOf(profile);
        Basis basis = session.basis(profile, args.value("--basis"));
        AssessmentTimeline.Snapshot state = at == null
                ? new AssessmentTimeline.Snapshot(session.history().levels(profile.id()),
                        session.history().checkedLevels(profile.id()))
                : session.history().timeline(profile.id()).at(at);
        Readiness readiness = session.calculator().evaluate(role, state.scored(basis));
        ScoreOutput output = new ScoreOutput(session.roadmap(), profile, readiness, at, session.zone(), basis, state,
                session.roadmap().hasChecks());
        if (format == Format.JSON) {
            Json.print(session.out(), output.json());
        } else {
            output.printText(session.out(), texts);
        }
        return ExitCode.OK;
    }
}
