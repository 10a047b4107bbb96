package dev.skillradar.ui.shell;

import dev.skillradar.launch.LaunchOptions;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.storage.DataDirectory;
import dev.skillradar.storage.Database;
import dev.skillradar.storage.InstanceLock;
import dev.skillradar.ui.common.FxTaskExecutor;
import dev.skillradar.ui.common.ProfileSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Start-up work that must not run on the FX thread: the catalogue is loaded on its own thread while
 * the I/O executor takes the window lock, opens the database, reads the window's settings and the
 * profile to show. Either everything is ready, or there is one problem to tell the user about.
 */
public final class Bootstrap {
    /** Settings read before the window is built. */
    static final List<String> SETTINGS;

    static {
        List<String> keys = new ArrayList<>(List.of(ShellViewModel.LANGUAGE_KEY, ShellViewModel.THEME_KEY,
                ShellViewModel.SCREEN_KEY));
        keys.addAll(WindowState.KEYS);
        SETTINGS = List.copyOf(keys);
    }

    /** What start-up produced. */
    public sealed interface Outcome permits Ready, Failed {
    }

    /** Everything the window needs. */
    public record Ready(Roadmap roadmap, Path dataDir, InstanceLock lock, Database db, Language language,
                        Map<String, String> settings, ProfileSession.Loaded loaded) implements Outcome {
    }

    /** Why the window cannot open, in the language the user would see it in. */
    public record Failed(Problem problem, Path dataDir, Throwable cause, Language language) implements Outcome {
    }

    public enum Problem { USAGE, ALREADY_OPEN, CATALOG, STORAGE }

    private record Storage(InstanceLock lock, Database db, Map<String, String> settings, ProfileSession.Loaded loaded) {
    }

    private Bootstrap() {
    }

    /** {@code --profile} named a comparison, which the window never shows as the profile being rated. */
    private static final class ComparisonNamed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ComparisonNamed(String message) {
            super(message);
        }
    }

    public static Outcome run(LaunchOptions options, FxTaskExecutor io, Clock clock) {
        Language fallback = Language.fromLocale(Locale.getDefault());
        Path dataDir;
        try {
            dataDir = DataDirectory.resolveDefault(options.dataDir()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return new Failed(Problem.STORAGE, null, e, fallback);
        }
        CompletableFuture<Roadmap> catalogue = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                CatalogLoader l = new CatalogLoader();
                catalogue.complete(options.roadmap() == null ? l.loadBuiltIn() : l.load(Path.of(options.roadmap())));
                StartupTrace.mark("catalogue parsed");
            } catch (Throwable e) {
                catalogue.completeExceptionally(e);
            }
        }, "skillradar-catalogue");
        loader.setDaemon(true);
        // the database first: opening it (sqlite-jdbc's native library, the first connection, the probe) takes
        // longer than parsing the catalogue, and the window waits for both
        Future<Storage> storage = io.supply(() -> openStorage(dataDir, options.profile(), catalogue, clock));
        loader.start();

        Storage s;
        try {
            s = storage.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ComparisonNamed named) {
                return new Failed(Problem.USAGE, dataDir, new LaunchOptions.UsageException(named.getMessage()), fallback);
            }
            return new Failed(Problem.STORAGE, dataDir, e.getCause(), fallback);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(Problem.STORAGE, dataDir, e, fallback);
        }
        if (s == null) {
            ActivationRequest.request(dataDir);
            return new Failed(Problem.ALREADY_OPEN, dataDir, null, fallback);
        }
        StartupTrace.mark("storage ready");
        Language language = Optional.ofNullable(s.settings().get(ShellViewModel.LANGUAGE_KEY))
                .flatMap(Language::fromCode).orElse(fallback);
        try {
            Roadmap roadmap = catalogue.get();
            StartupTrace.mark("catalogue ready");
            return new Ready(roadmap, dataDir, s.lock(), s.db(), language, s.settings(), s.loaded());
        } catch (ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            try {
                io.supply(() -> {
                    s.db().close();
                    s.lock().close();
                    return null;
                }).get();
            } catch (ExecutionException | InterruptedException closing) {
                e.addSuppressed(closing);
            }
            return new Failed(Problem.CATALOG, dataDir, e.getCause() == null ? e : e.getCause(), language);
        }
    }

    /**
     * On the I/O thread. Null when another window holds the data folder. The profile is read once the catalogue
     * is there (it is parsed meanwhile on its own thread), since a new profile aims for its default role; without
     * a usable catalogue nothing is read and {@code loaded} is null.
     */
    private static Storage openStorage(Path dataDir, String profileName, CompletableFuture<Roadmap> catalogue,
                                       Clock clock) {
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            return null;
        }
        try {
            Database db = Database.open(dataDir, clock);
            try {
                Map<String, String> settings = new HashMap<>();
                for (String key : SETTINGS) {
                    db.settings().get(key).ifPresent(v -> settings.put(key, v));
                }
                Roadmap roadmap;
                try {
                    roadmap = catalogue.get();
                } catch (ExecutionException e) {
                    return new Storage(lock.get(), db, settings, null); // run() reports the catalogue's problem
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Storage(lock.get(), db, settings, null);
                }
                if (profileName != null && db.profiles().find(profileName).filter(p -> p.comparison()).isPresent()) {
                    throw new ComparisonNamed("--profile \"" + profileName + "\" names a comparison (someone else's view, "
                            + "imported with import --as-comparison): it is shown beside your radar but never rated; "
                            + "name one of your own profiles");
                }
                ProfileSession.Loaded loaded = ProfileSession.read(db, roadmap, null, profileName, roadmap.defaultRole().id());
                if (profileName != null) {
                    db.settings().put(ProfileSession.LAST_PROFILE_KEY, Long.toString(loaded.current().id()));
                }
                return new Storage(lock.get(), db, settings, loaded);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }
}
