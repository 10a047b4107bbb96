package dev.skillradar.cli;

import dev.skillradar.app.ProfileChecks;
import dev.skillradar.app.ProfileHistory;
import dev.skillradar.assessment.Basis;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.assessment.MomentException;
import dev.skillradar.assessment.Moments;
import dev.skillradar.assessment.Radar;
import java.time.Instant;
import java.time.ZoneId;
import dev.skillradar.app.Backups;
import dev.skillradar.app.ProfileTransfer;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.catalog.CatalogException;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.SkillGroup;
import dev.skillradar.storage.DataDirectory;
import dev.skillradar.storage.Database;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a command works with: the output streams, the global options, and the catalogue and database,
 * each loaded or opened only when a command asks for it (so {@code roadmap} never touches the database).
 */
final class Session implements AutoCloseable {
    private final PrintStream out;
    private final PrintStream err;
    private final GlobalOptions options;
    private final Map<String, String> env;
    private final Clock clock;
    private final Devices devices;
    private Roadmap roadmap;
    private ReadinessCalculator calculator;
    private Database database;
    private Radar radar;

    /** The global options after merging those given before and after the command. */
    record GlobalOptions(String dataDir, String profile, String roadmap, boolean debug) {
    }

    Session(GlobalOptions options, PrintStream out, PrintStream err, Map<String, String> env, Clock clock,
            Devices devices) {
        this.devices = devices;
        this.options = options;
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Clock clock() {
        return clock;
    }

    /** The file writer and the printers (real ones, or a test's). */
    Devices devices() {
        return devices;
    }

    /** The readiness report's service, on this session's catalogue, history, clock and zone. */
    dev.skillradar.report.ReportService reports() throws CliException {
        return new dev.skillradar.report.ReportService(history(), roadmap(), calculator(),
                dev.skillradar.chart.DejaVuMeasure.load(), clock, zone(),
                "SkillRadar " + dev.skillradar.exchange.AppVersion.current());
    }

    /** The {@code --profile} option, or null. */
    String profileOption() {
        return options.profile();
    }

    /** The built-in catalogue, or the {@code --roadmap} file (exit 3 when it cannot be used). */
    Roadmap roadmap() throws CliException {
        if (roadmap == null) {
            if (options.roadmap() == null) {
                roadmap = new CatalogLoader().loadBuiltIn();
            } else {
                try {
                    roadmap = new CatalogLoader().load(Path.of(options.roadmap()));
                } catch (CatalogException e) {
                    throw new CliException(ExitCode.INVALID_INPUT, "the roadmap file cannot be used: " + e.getMessage(), e);
                }
            }
        }
        return roadmap;
    }

    ReadinessCalculator calculator() throws CliException {
        if (calculator == null) {
            calculator = new ReadinessCalculator(roadmap());
        }
        return calculator;
    }

    /** The database, opened on first use; a recovery on opening is reported on stderr and work goes on. */
    Database database() {
        if (database == null) {
            Path dir = DataDirectory.resolve(options.dataDir(), env, System.getProperty("os.name", ""),
                    System.getProperty("user.home", ""));
            database = Database.open(dir, clock);
            database.recoveryNotice().ifPresent(n -> err.println(CliMain.PREFIX + "notice: " + n.describe()));
        }
        return database;
    }

    /** Export and import of a profile, as the window does them. */
    ProfileTransfer transfer() throws CliException {
        return new ProfileTransfer(database(), roadmap(), clock);
    }

    /** A profile's ratings now and in the past, and the other profiles to compare with. */
    ProfileHistory history() throws CliException {
        return new ProfileHistory(database(), roadmap());
    }

    /** "Check yourself": ticks, the basis, confirmations, as the window does them. */
    ProfileChecks checks() throws CliException {
        return new ProfileChecks(database(), roadmap());
    }

    /**
     * The roadmap's check statements: exit 2 for a format-1 roadmap (it has none), exit 3 when the checks file
     * cannot be used.
     */
    CheckCatalogue statements() throws CliException {
        Roadmap r = roadmap();
        if (!r.hasChecks()) {
            throw CliException.usage(noChecks(r));
        }
        try {
            return r.checks().orElseThrow();
        } catch (CatalogException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "the roadmap's check statements cannot be used: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The basis to score on: {@code option} ({@code --basis}; exit 2 when unknown, or when it needs checks and the
     * roadmap has none), else the profile's setting; a stored basis with checks on a format-1 roadmap reads as
     * self, with a notice on stderr, and nothing is written.
     */
    Basis basis(Profile profile, String option) throws CliException {
        if (option != null) {
            return basisChoice(option);
        }
        Basis stored = database().profiles().basis(profile.id());
        if (stored.usesChecks() && !roadmap().hasChecks()) {
            err.println(CliMain.PREFIX + "notice: profile \"" + profile.name() + "\" is scored on " + stored.id()
                    + ", but " + noChecks(roadmap()) + "; scoring on self-ratings");
            return Basis.SELF;
        }
        return stored;
    }

    /** A basis typed by the user: exit 2 when unknown, or when it needs checks and the roadmap has none. */
    Basis basisChoice(String option) throws CliException {
        Basis b = basisOption(option);
        if (b.usesChecks() && !roadmap().hasChecks()) {
            throw CliException.usage("the basis " + b.id() + " needs check statements, but " + noChecks(roadmap()));
        }
        return b;
    }

    /** self, checks or lower; exit 2 otherwise. */
    static Basis basisOption(String option) throws CliException {
        return Basis.fromId(option).orElseThrow(() -> CliException.usage("unknown basis '" + option
                + "' (use self, checks or lower)"));
    }

    private String noChecks(Roadmap r) {
        return "the roadmap " + (options.roadmap() == null ? r.id() : options.roadmap())
                + " has no check statements (catalogue format 1)";
    }

    /** The radar's values, on the same calculator as readiness. */
    Radar radar() throws CliException {
        if (radar == null) {
            radar = new Radar(calculator());
        }
        return radar;
    }

    /** The time zone a DATE is read in and periods are cut in: the system's. */
    ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** A moment the user typed (a DATE or an INSTANT, see {@link Moments}); exit 2 naming the option when it is not. */
    Instant moment(String option, String text) throws CliException {
        try {
            return Moments.parse(text, zone(), clock);
        } catch (MomentException e) {
            throw CliException.usage(option + " " + e.getMessage());
        }
    }

    /** A profile of this data folder by name (own or comparison); exit 2 listing them when there is none. */
    Profile namedProfile(String option, String name) throws CliException {
        Optional<Profile> found = database().profiles().find(name);
        if (found.isEmpty()) {
            List<String> names = database().profiles().list().stream().map(Profile::name).toList();
            throw CliException.usage(option + ": no profile named '" + name + "' (profiles: " + String.join(", ", names) + ")");
        }
        return found.get();
    }

    /** Backups and restore of all data, as the window does them. */
    Backups backups() {
        return new Backups(database());
    }

    /**
     * The profile named by {@code --profile} (which must exist), else the default profile. The default profile is
     * made on first use, aiming for the catalogue's default role, so a new data folder always has one.
     */
    Profile profile() throws CliException {
        String name = options.profile();
        Profile standard = database().profiles().getOrCreateDefault(roadmap().defaultRole().id());
        if (name == null) {
            return standard;
        }
        Optional<Profile> found = database().profiles().find(name);
        if (found.isEmpty()) {
            List<String> names = database().profiles().list().stream().map(Profile::name).toList();
            throw CliException.usage("no profile named '" + name + "' (profiles: " + String.join(", ", names) + ")");
        }
        return found.get();
    }

    /** A catalogue skill by id (exit 2 with a hint when unknown, or when a group id was given). */
    Skill skill(String id) throws CliException {
        Roadmap r = roadmap();
        Optional<Skill> skill = r.skill(id);
        if (skill.isPresent()) {
            return skill.get();
        }
        Optional<SkillGroup> group = r.group(id);
        if (group.isPresent()) {
            throw CliException.usage("'" + id + "' is a group; rate one of its skills: "
                    + String.join(", ", group.get().memberIds()));
        }
        List<String> ids = r.skills().stream().map(Skill::id).toList();
        throw CliException.usage("unknown skill '" + id + "'" + Suggest.hint(id, ids)
                + " (skillradar roadmap lists the skill ids)");
    }

    /** The profile used, which must be one's own: a comparison (someone else's view) is never rated here. */
    Profile ownProfile() throws CliException {
        Profile p = profile();
        if (p.comparison()) {
            throw CliException.usage("the profile \"" + p.name() + "\" is a comparison (someone else's view, imported "
                    + "with import --as-comparison) and is not changed here; name one of your own profiles");
        }
        return p;
    }

    /**
     * The role a profile aims for; one this catalogue lacks (another {@code --roadmap}) reads as the catalogue's
     * default role, with a notice on stderr, and nothing is written.
     */
    Role roleOf(Profile profile) throws CliException {
        Roadmap r = roadmap();
        Optional<Role> role = r.role(profile.targetRoleId());
        if (role.isEmpty()) {
            Role used = r.defaultRole();
            err.println(CliMain.PREFIX + "notice: profile \"" + profile.name() + "\" aims for the role '"
                    + profile.targetRoleId() + "', which this roadmap does not have; using '" + used.id() + "' ("
                    + used.name().en() + ")");
            return used;
        }
        return role.get();
    }

    /** A catalogue role by id (exit 2 when unknown). */
    Role role(String id) throws CliException {
        Roadmap r = roadmap();
        Optional<Role> role = r.role(id);
        if (role.isPresent()) {
            return role.get();
        }
        List<String> ids = r.roles().stream().map(Role::id).toList();
        throw CliException.usage("unknown role '" + id + "'" + Suggest.hint(id, ids) + " (roles: "
                + String.join(", ", ids) + ")");
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
