package dev.skillradar.cli;

import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.exchange.InvalidDocumentException;
import dev.skillradar.exchange.ProfileImporter;
import dev.skillradar.storage.StorageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code import FILE [--replace]}: reads an exported profile, checking all of it before storing anything. */
final class ImportCommand implements Command {
    static final Spec SPEC = new Spec("import", "import FILE [--replace]",
            "Read a profile exported by skillradar export.",
            """
            Imports into the profile named by --profile (default: the name in the file), creating it if
            needed. The whole file is checked first; if anything is wrong nothing changes and the exit code
            is 3. A profile that already has ratings is only overwritten with --replace; the replacement is
            recorded in its history and a backup of all data is taken first.
              --replace   overwrite the ratings of an existing profile""",
            List.of("FILE"), 1, Set.of(), Set.of("--replace"));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        Path file = Path.of(args.positional(0)).toAbsolutePath().normalize();
        boolean replace = args.has("--replace");
        ProfileSnapshot snapshot;
        try {
            snapshot = new ProfileImporter(session.roadmap()).read(file);
        } catch (InvalidDocumentException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "cannot import " + file + ": " + e.getMessage(), e);
        }
        String target = session.profileOption() != null ? session.profileOption() : snapshot.name();
        Optional<Profile> existing = session.database().profiles().find(target);
        Profile imported;
        try {
            imported = session.database().profiles().importSnapshot(target, snapshot, replace);
        } catch (StorageException e) {
            if (e.kind() == StorageException.Kind.CONFLICT && e.args().contains("profileHasRatings")) {
                throw CliException.usage("the profile \"" + existing.map(Profile::name).orElse(target)
                        + "\" already has ratings; add --replace to overwrite them (a backup is taken first)");
            }
            throw e;
        }
        String how = existing.isEmpty() ? "new profile" : replace ? "ratings replaced" : "existing profile";
        session.out().println("Imported " + snapshot.ratings().size() + " ratings and " + snapshot.history().size()
                + " history entries into profile \"" + imported.name() + "\" (" + how + ").");
        return ExitCode.OK;
    }
}
