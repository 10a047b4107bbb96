package dev.skillradar.cli;

import dev.skillradar.app.ProfileTransfer;
import dev.skillradar.assessment.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code export FILE}: writes one profile as a versioned JSON document, atomically. */
final class ExportCommand implements Command {
    static final Spec SPEC = new Spec("export", "export FILE [--lang en|de]",
            "Write the profile (ratings, notes, evidence, history, ticked checks, basis) to a JSON file.",
            """
            Writes the profile as a versioned JSON document (format 2) that skillradar import reads on any
            computer (an older SkillRadar, which reads format 1, refuses it as newer). The file is written completely or not at all, and readable only by you. An existing
            FILE is replaced.
              --lang en|de   language of the confirmation (default en)""",
            List.of("FILE"), 1, Set.of("--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang"))); // an unknown language writes nothing
        Path file = Path.of(args.positional(0)).toAbsolutePath().normalize();
        Profile profile = session.profile();
        ProfileTransfer.Exported done = session.transfer().export(profile.id(), file);
        session.out().println(texts.get("export.done", profile.name(), done.ratings(), done.historyEntries(),
                file.toString()));
        return ExitCode.OK;
    }
}
