package dev.skillradar.app;

import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.exchange.AppVersion;
import dev.skillradar.exchange.ProfileExporter;
import dev.skillradar.exchange.ProfileImporter;
import dev.skillradar.storage.AtomicFiles;
import dev.skillradar.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Export and import of one profile, the same flow for the window and the command line: a file is written
 * completely or not at all; an import is read and checked whole before anything is stored, and replaces ratings
 * only when asked to. Failures come out as {@link AppProblem}. Call from the I/O thread.
 */
public final class ProfileTransfer {
    private final Database db;
    private final Roadmap roadmap;
    private final Clock clock;

    public ProfileTransfer(Database db, Roadmap roadmap, Clock clock) {
        this.db = db;
        this.roadmap = roadmap;
        this.clock = clock;
    }

    /** What an export wrote. */
    public record Exported(Path file, String profileName, int ratings, int historyEntries) {
    }

    /** A checked file, ready to import into {@code targetName}: whether that profile exists and has ratings. */
    public record Plan(ProfileSnapshot snapshot, String targetName, boolean targetExists, boolean targetHasRatings) {
    }

    /**
     * Reads and checks someone else's export (a mentor's view of the learner) and stores it as the comparison
     * profile "Name (file.json)"; importing the same file again replaces that comparison.
     */
    public Imported importComparison(Path file) {
        return AppProblem.translating(() -> {
            ProfileSnapshot snapshot = new ProfileImporter(roadmap).read(file);
            String name = comparisonName(snapshot.name(), file.getFileName().toString());
            boolean existed = db.profiles().find(name).isPresent();
            Profile p = db.profiles().importComparison(name, snapshot);
            return new Imported(p, snapshot.ratings().size(), snapshot.history().size(), snapshot.ticks().size(),
                    !existed, existed);
        });
    }

    /** "Anna (anna.json)", the person's name shortened with … where both would not fit a profile name. */
    static String comparisonName(String person, String fileName) {
        String suffix = " (" + fileName + ")";
        int room = Profile.MAX_NAME_LENGTH - suffix.codePointCount(0, suffix.length());
        if (room < 8) { // a very long file name: keep the person's name and shorten the file's
            suffix = " (" + shorten(fileName, Profile.MAX_NAME_LENGTH / 2) + ")";
            room = Profile.MAX_NAME_LENGTH - suffix.codePointCount(0, suffix.length());
        }
        return shorten(person.strip(), room) + suffix;
    }

    private static String shorten(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints - 1)).strip() + "…";
    }

    /** What an import stored. */
    public record Imported(Profile profile, int ratings, int historyEntries, int ticks, boolean wasNew,
                           boolean replaced) {
    }

    /** Writes the profile as a versioned JSON document, atomically and readable only by its owner. */
    public Exported export(long profileId, Path file) {
        return AppProblem.translating(() -> {
            ProfileSnapshot snapshot = db.profiles().snapshot(profileId);
            byte[] bytes = new ProfileExporter(roadmap.id(), AppVersion.current(), clock).export(snapshot);
            AtomicFiles.write(file, out -> out.write(bytes));
            return new Exported(file, snapshot.name(), snapshot.ratings().size(), snapshot.history().size());
        });
    }

    /**
     * Reads and checks the whole file. The target is {@code targetName}, or the profile named in the file when
     * null; nothing is stored yet.
     */
    public Plan plan(Path file, String targetName) {
        return AppProblem.translating(() -> {
            ProfileSnapshot snapshot = new ProfileImporter(roadmap).read(file);
            String target = targetName != null ? targetName : snapshot.name();
            Optional<Profile> existing = db.profiles().find(target);
            // ticks count like ratings: an import without replace never mixes them with the file's
            boolean hasRatings = existing.isPresent() && (!db.ratings().current(existing.get().id()).isEmpty()
                    || !db.checks().ticks(existing.get().id()).isEmpty());
            return new Plan(snapshot, existing.map(Profile::name).orElse(target), existing.isPresent(), hasRatings);
        });
    }

    /**
     * Stores a planned import in one transaction (after a backup). A target with ratings is only overwritten
     * with {@code replace}; otherwise {@link AppProblem.Kind#HAS_RATINGS}.
     */
    public Imported run(Plan plan, boolean replace) {
        return AppProblem.translating(() -> {
            boolean existed = db.profiles().find(plan.targetName()).isPresent();
            Profile p = db.profiles().importSnapshot(plan.targetName(), plan.snapshot(), replace);
            return new Imported(p, plan.snapshot().ratings().size(), plan.snapshot().history().size(),
                    plan.snapshot().ticks().size(), !existed,
                    replace && plan.targetHasRatings());
        });
    }
}
