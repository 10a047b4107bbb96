package dev.skillradar.cli;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.Profile;
import dev.skillradar.text.CalibrationTexts;
import java.util.List;
import java.util.Set;

/** {@code basis [self|checks|lower]}: shows or sets what the profile is scored on. */
final class BasisCommand implements Command {
    static final Spec SPEC = new Spec("basis", "basis [self|checks|lower] [--lang en|de]",
            "Show or set what readiness, the radar, the trend and the report score: self-ratings, checks or the lower.",
            """
            self scores the self-ratings (not rated counts 0); checks scores the check-based levels (the highest
            level whose statements, and all below, are ticked: skillradar checks SKILL); lower scores the smaller
            of the two. An any-of group takes its best member's scored level. Without an argument the profile's
            setting is shown. checks and lower need a roadmap with check statements.
              --lang en|de   language of the output (default en)""",
            List.of("BASIS"), 0, Set.of("--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang"))); // an unknown language sets nothing
        CalibrationTexts words = new CalibrationTexts(texts.texts());
        if (args.positionals().isEmpty()) {
            Profile profile = session.profile();
            Basis basis = session.database().profiles().basis(profile.id());
            session.out().println(texts.get("basis.shown", profile.name(), words.basis(basis), basis.id()));
            return ExitCode.OK;
        }
        Basis basis = session.basisChoice(args.positional(0)); // exit 2 when unknown or without checks
        Profile profile = session.ownProfile();
        session.checks().setBasis(profile.id(), basis);
        session.out().println(texts.get("basis.set", profile.name(), words.basis(basis), basis.id()));
        return ExitCode.OK;
    }
}
