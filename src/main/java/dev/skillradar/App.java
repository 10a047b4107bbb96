package dev.skillradar;

import dev.skillradar.app.Backups;
import dev.skillradar.cli.CliMain;
import dev.skillradar.launch.LaunchOptions;
import dev.skillradar.app.ProfileChecks;
import dev.skillradar.app.ProfileHistory;
import dev.skillradar.app.ProfileTransfer;
import dev.skillradar.app.RadarExport;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.exchange.AppVersion;
import dev.skillradar.report.ReportService;
import dev.skillradar.report.print.Printers;
import dev.skillradar.app.Profiles;
import dev.skillradar.catalog.Language;
import dev.skillradar.ui.assess.AssessView;
import dev.skillradar.ui.assess.AssessViewModel;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.AutosaveService;
import dev.skillradar.ui.common.DialogService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.Formats;
import dev.skillradar.ui.common.FxDialogService;
import dev.skillradar.ui.common.FxTaskExecutor;
import dev.skillradar.ui.common.HostServicesOpener;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.fx.startup.AfterFirstFrame;
import dev.skillradar.ui.dashboard.DashboardView;
import dev.skillradar.ui.dashboard.DashboardViewModel;
import dev.skillradar.ui.dashboard.DriftViewModel;
import dev.skillradar.ui.history.HistoryView;
import dev.skillradar.ui.history.HistoryViewModel;
import dev.skillradar.ui.radar.RadarView;
import dev.skillradar.ui.report.FxPrintDialog;
import dev.skillradar.ui.report.ReportView;
import dev.skillradar.ui.report.ReportViewModel;
import dev.skillradar.ui.radar.RadarViewModel;
import dev.skillradar.ui.data.DataViewModel;
import dev.skillradar.ui.profiles.ProfilesViewModel;
import dev.skillradar.ui.shell.Bootstrap;
import dev.skillradar.ui.shell.MainWindow;
import dev.skillradar.ui.shell.ShellViewModel;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import dev.skillradar.ui.shell.StartupProbe;
import dev.skillradar.ui.shell.StartupTrace;
import dev.skillradar.ui.shell.Theme;
import dev.skillradar.ui.shell.WindowCloser;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;

/**
 * The JavaFX application and composition root: start-up work off the FX thread ({@link Bootstrap}),
 * then every service and screen wired once, by constructor. Screens are created when first shown.
 */
public final class App extends Application {
    /**
     * Fetched when something is logged, not when the class initialises: the first {@code System.getLogger} sets up
     * java.util.logging, and this class initialises on the main thread just before the start-up threads begin, which
     * it would hold up by that much (README, Start-up).
     */
    private static System.Logger log() {
        return System.getLogger(App.class.getName());
    }

    /** Start-up work begun by {@link #preload} before the toolkit, handed to the instance JavaFX creates. */
    private static final AtomicReference<Preload> PRELOAD = new AtomicReference<>();

    private final Clock clock = Clock.systemDefaultZone();
    private FxTaskExecutor io;
    private LaunchOptions options;
    private Bootstrap.Outcome outcome;
    private WindowCloser closer;
    private int exitCode;

    private record Preload(List<String> args, FxTaskExecutor io, CompletableFuture<Bootstrap.Outcome> outcome) {
    }

    /**
     * Starts loading the catalogue and opening the data folder while the JavaFX toolkit starts (the
     * launcher calls this just before {@code Application.launch}); {@link #init} then only waits.
     * Without it, {@code init} does the same work itself, only later.
     */
    public static void preload(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.UsageException e) {
            return; // init reports it
        }
        FxTaskExecutor io = new FxTaskExecutor();
        CompletableFuture<Bootstrap.Outcome> outcome = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                outcome.complete(Bootstrap.run(options, io, Clock.systemDefaultZone()));
            } catch (Throwable e) {
                outcome.completeExceptionally(e); // init reports it; it never waits forever
            }
        }, "skillradar-preload");
        t.setDaemon(true);
        t.start();
        PRELOAD.set(new Preload(List.of(args), io, outcome));
    }

    @Override
    public void init() {
        StartupTrace.mark("init");
        List<String> args = getParameters().getRaw();
        try {
            options = LaunchOptions.parse(args.toArray(String[]::new));
        } catch (LaunchOptions.UsageException e) {
            io = new FxTaskExecutor();
            outcome = new Bootstrap.Failed(Bootstrap.Problem.USAGE, null, e, Language.EN);
            return;
        }
        Preload preload = PRELOAD.getAndSet(null);
        if (preload != null && preload.args().equals(args)) {
            io = preload.io();
            try {
                outcome = preload.outcome().join();
            } catch (CompletionException e) {
                outcome = new Bootstrap.Failed(Bootstrap.Problem.STORAGE, null,
                        e.getCause() == null ? e : e.getCause(), Language.fromLocale(Locale.getDefault()));
            }
        } else {
            io = new FxTaskExecutor();
            outcome = Bootstrap.run(options, io, clock);
        }
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        if (outcome instanceof Bootstrap.Failed failed) {
            refuse(failed);
            return;
        }
        Bootstrap.Ready ready = (Bootstrap.Ready) outcome;
        Messages messages = new Messages(ready.language());
        AppState state = new AppState(ready.roadmap(), messages);
        ProfileSession session = new ProfileSession(ready.db(), state, io, clock);
        Profiles store = new Profiles(ready.db());
        ProfileTransfer transfer = new ProfileTransfer(ready.db(), ready.roadmap(), clock);
        Backups backups = new Backups(ready.db());
        AutosaveService autosave = new AutosaveService(state, ready.db(), io, new ErrorMessages(messages), clock);
        session.setWriteInFlight(autosave::isPending);
        StartupTrace.mark("services");

        Map<String, String> settings = ready.settings();
        Screen screen = Screen.fromId(settings.get(ShellViewModel.SCREEN_KEY)).orElse(Screen.ASSESS);
        boolean dark = ShellViewModel.DARK.equals(settings.get(ShellViewModel.THEME_KEY));
        ShellViewModel shell = new ShellViewModel(session, store, io, screen, dark,
                e -> log().log(System.Logger.Level.WARNING, "could not save a setting", e));
        DialogService dialogs = new FxDialogService(messages, () -> stage,
                () -> Theme.stylesheets(shell.darkProperty().get()));
        HostServicesOpener opener = url -> getHostServices().showDocument(url);
        session.setOnUnknownRole(n -> Platform.runLater(() -> dialogs.inform(messages.get("app.name"),
                messages.get("profile.role.unknown", n.profile().name(), n.storedRoleId(), messages.of(n.used().name())))));
        session.setOnChecksProblem(e -> Platform.runLater(() -> dialogs.inform(messages.get("app.name"),
                messages.get("checks.unreadable", new ErrorMessages(messages).describe(e)))));
        session.apply(ready.loaded());
        ProfilesViewModel profiles = new ProfilesViewModel(session, store, transfer, io, dialogs);
        DataViewModel data = new DataViewModel(session, backups, new ProfileChecks(ready.db(), ready.roadmap()), io,
                dialogs, new Formats(messages), ready.dataDir());

        Map<Screen, Supplier<? extends Node>> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.ASSESS, () -> new AssessView(new AssessViewModel(state, autosave, io, opener)));
        ProfileHistory history = new ProfileHistory(ready.db(), ready.roadmap());
        ZoneId zone = ZoneId.systemDefault();
        screens.put(Screen.DASHBOARD, () -> new DashboardView(new DashboardViewModel(state, session, dialogs, opener),
                new DriftViewModel(state, history, io, zone), messages, () -> shell.show(Screen.RADAR),
                () -> shell.show(Screen.ASSESS), shell.darkProperty()));
        Supplier<DejaVuMeasure> measure = once(DejaVuMeasure::load); // the fonts' metrics, read when a chart first needs them
        screens.put(Screen.RADAR, () -> new RadarView(new RadarViewModel(state, history,
                new RadarExport(measure.get()), io, dialogs, clock, zone, () -> shell.darkProperty().get()),
                messages, session.profiles(), shell.darkProperty()));
        screens.put(Screen.REPORT, () -> new ReportView(new ReportViewModel(state,
                new ReportService(history, ready.roadmap(), state.calculator(), measure.get(), clock, zone,
                        "SkillRadar " + AppVersion.current()), Printers.system(), io, dialogs,
                new FxPrintDialog(messages, () -> stage, () -> Theme.stylesheets(shell.darkProperty().get())), clock, zone,
                Platform::runLater), messages));
        screens.put(Screen.HISTORY, () -> new HistoryView(new HistoryViewModel(state, history, io, dialogs, zone,
                day -> shell.show(Screen.RADAR)), messages, shell.darkProperty()));
        profiles.setShowRadar(() -> shell.show(Screen.RADAR));
        MainWindow window = MainWindow.open(stage, shell, profiles, data, messages, screens, ready, dialogs);

        StartupTrace.mark("window built");
        closer = new WindowCloser(stage, window, shell, session, store, io, ready, !options.startupProbe());
        // killed rather than closed (logout, SIGTERM): still let queued ratings reach the database
        FxTaskExecutor queue = io;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> queue.drain(Duration.ofSeconds(5)), "skillradar-drain"));
        stage.setOnCloseRequest(e -> closer.beforeClose());
        stage.show();
        StartupTrace.mark("shown");
        if (options.startupProbe()) {
            Path dataDir = ready.dataDir();
            StartupProbe.arm(() -> trainingCommands(dataDir), Platform::exit);
            return;
        }
        closer.startWatching();
        AfterFirstFrame.run(stage.getScene().getRoot(), session::readCalibration); // statements, ratings to confirm
        backups.recoveryAtStart().ifPresent(n -> Platform.runLater(() -> data.showRecovery(n)));
    }

    /**
     * The class-data training's JSON commands, run in the window's training process after its tour of the screens:
     * an AOT cache is recorded from this one run (README, Start-up), and the window itself no longer needs Jackson's
     * data binding, so without them the command line's JSON output would start with classes outside the archive.
     * Their output is dropped; the data folder is the training's own.
     */
    private static void trainingCommands(Path dataDir) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (String command : List.of("roadmap", "score")) {
            CliMain.run(new String[] {"--data-dir", dataDir.toString(), command, "--format", "json"}, discard, discard,
                    System.getenv());
        }
    }

    /** {@code make} run once, on first need, on the FX thread. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        AtomicReference<T> made = new AtomicReference<>();
        return () -> {
            if (made.get() == null) {
                made.set(make.get());
            }
            return made.get();
        };
    }

    /** A problem that keeps the window from opening: one clear dialog (none when probing), then exit. */
    private void refuse(Bootstrap.Failed failed) {
        exitCode = 1;
        log().log(System.Logger.Level.ERROR, "SkillRadar cannot start: " + failed.problem(), failed.cause());
        if (options == null || !options.startupProbe()) {
            Messages messages = new Messages(failed.language());
            FxDialogService dialogs = new FxDialogService(messages, () -> null, () -> Theme.stylesheets(false));
            String text = switch (failed.problem()) {
                case ALREADY_OPEN -> messages.get("start.alreadyOpen", failed.dataDir());
                case USAGE -> messages.get("start.usage", failed.cause().getMessage());
                case CATALOG, STORAGE -> new ErrorMessages(messages).describe(failed.cause());
            };
            if (failed.problem() == Bootstrap.Problem.ALREADY_OPEN) {
                dialogs.inform(messages.get("app.name"), text); // not an error: the open window is the answer
            } else {
                dialogs.error(messages.get("start.failed.title"), text);
            }
        }
        if (failed.problem() == Bootstrap.Problem.ALREADY_OPEN) {
            exitCode = 0;
        }
        Platform.exit();
    }

    @Override
    public void stop() {
        if (closer != null) {
            closer.shutdown();
        }
        if (io != null) {
            io.shutdown();
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
