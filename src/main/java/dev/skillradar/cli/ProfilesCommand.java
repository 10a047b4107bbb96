package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.assessment.Profile;
import java.util.List;
import java.util.Set;

/** {@code profiles}: the profiles, marking the one the other commands use. */
final class ProfilesCommand implements Command {
    static final Spec SPEC = new Spec("profiles", "profiles [--format text|json]",
            "List the profiles; * marks the one used (see --profile).",
            """
            Lists every profile with its target role. The one marked * is the one other commands use:
            the one named by --profile, else the default profile. Comparison profiles (someone else's
            view of a learner, imported with import --as-comparison) are listed apart: they can be
            scored and compared with, never rated.
              --format text|json   output format (default text)""",
            List.of(), 0, Set.of("--format"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        Format format = Format.parse(args.value("--format"));
        Profile current = session.profile();
        List<Profile> all = session.database().profiles().list();
        if (format == Format.JSON) {
            ObjectNode root = Json.object().put("current", current.name());
            ArrayNode list = root.putArray("profiles");
            ArrayNode comparisons = root.putArray("comparisons");
            for (Profile p : all) {
                (p.comparison() ? comparisons : list).addObject().put("name", p.name()).put("targetRole", p.targetRoleId())
                        .put("current", p.id() == current.id());
            }
            Json.print(session.out(), root);
        } else {
            all.stream().filter(p -> !p.comparison()).forEach(p -> line(session, p, current));
            List<Profile> others = all.stream().filter(Profile::comparison).toList();
            if (!others.isEmpty()) {
                session.out().println("Comparisons (someone else's view, not rated here):");
                others.forEach(p -> line(session, p, current));
            }
        }
        return ExitCode.OK;
    }

    private static void line(Session session, Profile p, Profile current) {
        session.out().println((p.id() == current.id() ? "* " : "  ") + CliTexts.pad(p.name(), 30) + p.targetRoleId());
    }
}
