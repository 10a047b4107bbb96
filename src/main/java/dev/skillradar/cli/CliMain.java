package dev.skillradar.cli;

import dev.skillradar.launch.LaunchOptions;
import dev.skillradar.app.AppProblem;
import dev.skillradar.exchange.AppVersion;
import dev.skillradar.storage.StorageException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code skillradar} command line: parses the options, runs one command and maps every failure to
 * an exit code and one sentence on stderr (a stack trace only with {@code --debug}). A thin front door:
 * scoring, storage and file formats live in their own packages.
 */
public final class CliMain {
    static final String PREFIX = "skillradar: ";
    static final List<Command> COMMANDS = List.of(new RoadmapCommand(), new RateCommand(), new TargetCommand(),
            new ScoreCommand(), new HistoryCommand(), new ExportCommand(), new ImportCommand(), new BackupCommand(),
            new RestoreCommand(), new ProfilesCommand(), new RadarCommand(),
            new TrendCommand(), new ReportCommand(), new PrintCommand(), new ChecksCommand(), new CheckCommand(),
            new ConfirmCommand(), new BasisCommand(), new CalibrationCommand(), new SettingsCommand());

    private CliMain() {
    }

    /** Runs the command line; the streams are written as UTF-8 whatever the platform's charset. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, out, err, env, Clock.systemUTC());
    }

    @SuppressWarnings("try") // the logging guard is held for its scope, not referenced
    static int run(String[] args, PrintStream rawOut, PrintStream rawErr, Map<String, String> env, Clock clock) {
        return run(args, rawOut, rawErr, env, clock, Devices.real());
    }

    static int run(String[] args, PrintStream rawOut, PrintStream rawErr, Map<String, String> env, Clock clock,
                   Devices devices) {
        PrintStream out = new PrintStream(rawOut, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(rawErr, true, StandardCharsets.UTF_8);
        boolean debug = List.of(args).contains("--debug");
        try (QuietLogging quiet = QuietLogging.unlessDebug(debug)) {
            return execute(args, out, err, env, clock, devices);
        } catch (CliException e) {
            return fail(err, e.exitCode(), e.getMessage(), debug ? e : null);
        } catch (AppProblem e) {
            return fail(err, exitCode(e), e.getMessage(), debug ? e : null);
        } catch (StorageException e) {
            return fail(err, exitCode(e), e.getMessage(), debug ? e : null);
        } catch (RuntimeException | Error e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return fail(err, ExitCode.FAILURE, "unexpected error: " + detail
                    + (debug ? "" : " (run with --debug for details)"), debug ? e : null);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int execute(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock,
                               Devices devices) throws CliException {
        LaunchOptions launch;
        try {
            launch = LaunchOptions.parse(args);
        } catch (LaunchOptions.UsageException e) {
            throw CliException.usage(e.getMessage() + " (see skillradar --help)");
        }
        if (launch.rest().isEmpty() || launch.rest().get(0).equals("help")) {
            List<String> rest = launch.rest();
            if (rest.size() > 1) {
                Help.command(out, command(rest.get(1)).spec());
                return ExitCode.OK;
            }
            if (launch.version() && !launch.help()) {
                out.println("skillradar " + AppVersion.current());
                return ExitCode.OK;
            }
            Help.general(out, COMMANDS);
            return launch.help() || !rest.isEmpty() ? ExitCode.OK : ExitCode.USAGE;
        }
        Command command = command(launch.rest().get(0));
        Args cmdArgs = Args.parse(command.spec(), launch.rest().subList(1, launch.rest().size()));
        if (cmdArgs.has("--help") || launch.help()) {
            Help.command(out, command.spec());
            return ExitCode.OK;
        }
        cmdArgs.checkArity(command.spec());
        Session.GlobalOptions options = new Session.GlobalOptions(
                either(cmdArgs.value("--data-dir"), launch.dataDir()),
                either(cmdArgs.value("--profile"), launch.profile()),
                either(cmdArgs.value("--roadmap"), launch.roadmap()),
                launch.debug() || cmdArgs.has("--debug"));
        for (String option : Args.GLOBAL_VALUES) {
            String v = cmdArgs.value(option);
            if (v != null && v.isBlank()) {
                throw CliException.usage("option " + option + " needs a value");
            }
        }
        try (Session session = new Session(options, out, err, env, clock, devices)) {
            return command.run(cmdArgs, session);
        }
    }

    private static Command command(String name) throws CliException {
        Optional<Command> found = COMMANDS.stream().filter(c -> c.spec().name().equals(name)).findFirst();
        if (found.isEmpty()) {
            throw CliException.usage("unknown command '" + name + "'"
                    + Suggest.hint(name, COMMANDS.stream().map(c -> c.spec().name()).toList())
                    + " (see skillradar --help)");
        }
        return found.get();
    }

    private static String either(String afterCommand, String beforeCommand) {
        return afterCommand != null ? afterCommand : beforeCommand;
    }

    /**
     * What the user typed is a usage error (an unknown printer too); a file that cannot be used is 3; storage and
     * writing are 4; a printer that is missing or refuses or fails the job is 5.
     */
    static int exitCode(AppProblem e) {
        return switch (e.kind()) {
            case INVALID_VALUE, NAME_TAKEN, HAS_RATINGS, NOT_FOUND, PRINTER_NOT_FOUND -> ExitCode.USAGE;
            case NO_PRINTER, NO_DEFAULT_PRINTER, PRINT_REFUSED, PRINT_FAILED -> ExitCode.PRINT;
            case INVALID_FILE, CATALOG -> ExitCode.INVALID_INPUT;
            default -> ExitCode.STORAGE;
        };
    }

    /** Mistakes in what the user typed are usage errors; everything else about storage is exit 4. */
    static int exitCode(StorageException e) {
        return switch (e.kind()) {
            case INVALID, CONFLICT, NOT_FOUND -> ExitCode.USAGE;
            default -> ExitCode.STORAGE;
        };
    }

    private static int fail(PrintStream err, int code, String message, Throwable debugTrace) {
        err.println(PREFIX + message);
        if (debugTrace != null) {
            debugTrace.printStackTrace(err);
        }
        return code;
    }
}
