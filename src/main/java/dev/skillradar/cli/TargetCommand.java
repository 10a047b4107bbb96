package dev.skillradar.cli;

import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.Role;
import java.util.List;
import java.util.Set;

/** {@code target ROLE}: sets the role the profile aims for. */
final class TargetCommand implements Command {
    static final Spec SPEC = new Spec("target", "target ROLE [--lang en|de]",
            "Set the role the profile aims for (junior, mid or senior).",
            """
            Sets the profile's target role, which score uses when no --role is given. ROLE is a role id as
            listed by skillradar roadmap.
              --lang en|de   language of the confirmation (default en)""",
            List.of("ROLE"), 1, Set.of("--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang")));
        Role role = session.role(args.positional(0));
        Profile profile = session.ownProfile();
        session.database().profiles().setTargetRole(profile.id(), role.id());
        session.out().println(texts.get("target.set", profile.name(), role.name().get(texts.language()), role.id()));
        return ExitCode.OK;
    }
}
