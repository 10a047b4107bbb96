package dev.skillradar.cli;

import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Readiness;
import dev.skillradar.catalog.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code score}: readiness of the profile for its target role (or {@code --role}), as text or JSON. */
final class ScoreCommand implements Command {
    static final Spec SPEC = new Spec("score", "score [--role ROLE] [--format text|json] [--lang en|de]",
            "Show readiness for a role: overall, by phase and area, the top gaps and the time to ready.",
            """
            Scores the profile's ratings against a role's targets. Readiness is the demand-weighted share
            of the targets reached (0-100); a gap's priority is its demand times the levels missing.
            The time to ready is study time from the phase durations; the role's years of experience
            are shown beside it, never added.
              --role ROLE          score for this role this once (default: the profile's target role)
              --format text|json   output format (default text; json lists every gap)
              --lang en|de         language of the text output (default en); json is the same in every language""",
            List.of(), 0, Set.of("--role", "--format", "--lang"), Set.of());

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
        Profile profile = session.profile();
        Role role = roleOption != null ? session.role(roleOption) : session.roleOf(profile);
        Map<String, Integer> levels = new HashMap<>();
        for (Rating r : session.database().ratings().current(profile.id()).values()) {
            levels.put(r.skillId(), r.level());
        }
        Readiness readiness = session.calculator().evaluate(role, levels);
        ScoreOutput output = new ScoreOutput(session.roadmap(), profile, readiness);
        if (format == Format.JSON) {
            Json.print(session.out(), output.json());
        } else {
            output.printText(session.out(), texts);
        }
        return ExitCode.OK;
    }
}
