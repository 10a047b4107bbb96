package dev.skillradar.cli;

import dev.skillradar.app.AppProblem;
import dev.skillradar.app.ProfileTransfer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code import FILE [--replace]}: reads an exported profile, checking all of it before storing anything. */
final class ImportCommand implements Command {
    static final Spec SPEC = new Spec("import", "import FILE [--replace | --as-comparison] [--lang en|de]",
            "Read a profile exported by skillradar export.",
            """
            Imports into the profile named by --profile (default: the name in the file), creating it if
            needed. The whole file is checked first; if anything is wrong nothing changes and the exit code
            is 3. A profile that already has ratings is only overwritten with --replace; the replacement is
            recorded in its history and a backup of all data is taken first.
            With --as-comparison the file is someone else's view of you (a mentor rated you in their own
            SkillRadar and exported it): it becomes the comparison profile "Name (file.json)", kept apart
            from your own profiles and never rated here; importing the same file again replaces it.
              --replace         overwrite the ratings of an existing profile
              --as-comparison   import as a comparison profile (not with --profile or --replace)
              --lang en|de      language of the confirmation (default en)""",
            List.of("FILE"), 1, Set.of("--lang"), Set.of("--replace", "--as-comparison"));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang"))); // an unknown language imports nothing
        Path file = Path.of(args.positional(0)).toAbsolutePath().normalize();
        boolean replace = args.has("--replace");
        if (args.has("--as-comparison")) {
            return importComparison(file, replace, session, texts);
        }
        ProfileTransfer.Plan plan;
        try {
            plan = session.transfer().plan(file, session.profileOption());
        } catch (AppProblem e) {
            if (e.kind() == AppProblem.Kind.INVALID_FILE) {
                throw new CliException(ExitCode.INVALID_INPUT, "cannot import " + file + ": " + e.getMessage(), e);
            }
            throw e;
        }
        if (plan.targetHasRatings() && !replace) {
            throw hasRatings(plan.targetName());
        }
        ProfileTransfer.Imported imported;
        try {
            imported = session.transfer().run(plan, replace);
        } catch (AppProblem e) {
            if (e.kind() == AppProblem.Kind.HAS_RATINGS) {
                throw hasRatings(plan.targetName()); // rated meanwhile, by another program
            }
            throw e;
        }
        String how = texts.get(!plan.targetExists() ? "import.newProfile"
                : replace ? "import.replaced" : "import.existingProfile");
        session.out().println(texts.get("import.done", counts(imported, texts), imported.profile().name(), how));
        return ExitCode.OK;
    }

    private static int importComparison(Path file, boolean replace, Session session, CliTexts texts)
            throws CliException {
        if (replace || session.profileOption() != null) {
            throw CliException.usage("--as-comparison names the profile after the file and replaces it on the next "
                    + "import by itself: leave out " + (replace ? "--replace" : "--profile"));
        }
        ProfileTransfer.Imported imported;
        try {
            imported = session.transfer().importComparison(file);
        } catch (AppProblem e) {
            if (e.kind() == AppProblem.Kind.INVALID_FILE) {
                throw new CliException(ExitCode.INVALID_INPUT, "cannot import " + file + ": " + e.getMessage(), e);
            }
            throw e;
        }
        session.out().println(texts.get("import.comparison", counts(imported, texts), imported.profile().name(),
                texts.get(imported.wasNew() ? "import.comparison.new" : "import.comparison.replaced")));
        return ExitCode.OK;
    }

    /** "18 ratings and 28 history entries", with the ticked statements where the file has any (format 2). */
    private static String counts(ProfileTransfer.Imported imported, CliTexts texts) {
        return imported.ticks() == 0 ? texts.get("import.counts", imported.ratings(), imported.historyEntries())
                : texts.get("import.counts.ticks", imported.ratings(), imported.historyEntries(), imported.ticks());
    }

    private static CliException hasRatings(String profile) {
        return CliException.usage("the profile \"" + profile
                + "\" already has ratings; add --replace to overwrite them (a backup is taken first)");
    }
}
