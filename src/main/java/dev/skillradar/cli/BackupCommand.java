package dev.skillradar.cli;

import dev.skillradar.app.Backups;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code backup [FILE]}: a verified copy of all data, now. */
final class BackupCommand implements Command {
    static final Spec SPEC = new Spec("backup", "backup [FILE]",
            "Make a verified copy of all data now and print its path.",
            """
            Copies the whole database (all profiles) and checks the copy before giving it its name.
            Without FILE the copy goes into the backups folder of the data directory, where old copies are
            rotated; with FILE it is written there (an existing file is replaced).""",
            List.of("FILE"), 0, Set.of(), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) {
        Path written = args.positionals().isEmpty()
                ? session.backups().backupNow(Backups.MANUAL)
                : session.backups().backupTo(Path.of(args.positional(0)));
        session.out().println(written.toAbsolutePath());
        return ExitCode.OK;
    }
}
