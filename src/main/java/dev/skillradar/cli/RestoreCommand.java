package dev.skillradar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code restore FILE}: replaces all data with a backup, after backing up the current state. */
final class RestoreCommand implements Command {
    static final Spec SPEC = new Spec("restore", "restore FILE [--lang en|de]",
            "Replace all data with a backup (the current data is backed up first).",
            """
            Checks the backup FILE, backs up the current data into the backups folder, then loads the
            backup in one step. FILE is only read.
              --lang en|de   language of the confirmation (default en)""",
            List.of("FILE"), 1, Set.of("--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang"))); // an unknown language restores nothing
        Path file = Path.of(args.positional(0)).toAbsolutePath().normalize();
        session.backups().restore(file);
        session.out().println(texts.get("restore.done", file.toString(), session.backups().directory().toString()));
        return ExitCode.OK;
    }
}
