package dev.skillradar.ui.shell;

import dev.skillradar.app.Profiles;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.Map;
import javafx.stage.Stage;

/**
 * The end of a window's life, in an order that loses nothing: text fields are committed by moving
 * the focus, the screen and window geometry are queued as settings, the write queue is drained
 * while the window is still open, and only then are the database and the window lock closed.
 * Also owns the change watcher, which runs from the first frame to the close.
 */
public final class WindowCloser {
    private static final System.Logger LOG = System.getLogger(WindowCloser.class.getName());
    private static final Duration DRAIN = Duration.ofSeconds(15);

    private final Stage stage;
    private final MainWindow window;
    private final ShellViewModel shell;
    private final Profiles store;
    private final TaskExecutor io;
    private final Bootstrap.Ready ready;
    private final boolean rememberWindow;
    private final ChangeWatcher watcher;
    private boolean closed;

    public WindowCloser(Stage stage, MainWindow window, ShellViewModel shell, ProfileSession session, Profiles store,
                        TaskExecutor io, Bootstrap.Ready ready, boolean rememberWindow) {
        this.stage = stage;
        this.window = window;
        this.shell = shell;
        this.store = store;
        this.io = io;
        this.ready = ready;
        this.rememberWindow = rememberWindow;
        this.watcher = new ChangeWatcher(session, io, ready.dataDir(), stage);
    }

    public void startWatching() {
        watcher.start();
    }

    /** On the window's close request, while it is still showing. */
    public void beforeClose() {
        watcher.stop();
        // a text field being edited commits when it loses the focus
        window.root().requestFocus();
        if (rememberWindow) {
            shell.rememberScreen();
            Map<String, String> geometry = window.geometry(stage);
            io.submit(() -> {
                geometry.forEach(store::putSetting);
                return null;
            }, ok -> { }, e -> LOG.log(System.Logger.Level.WARNING, "could not remember the window's place", e));
        }
        if (!io.drain(DRAIN)) {
            LOG.log(System.Logger.Level.ERROR, "the write queue did not finish within " + DRAIN);
        }
    }

    /** When the application stops: after the last write, close storage and give up the window lock. */
    public void shutdown() {
        if (closed) {
            return;
        }
        closed = true;
        watcher.stop();
        io.drain(DRAIN);
        try {
            ready.db().close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the database", e);
        }
        ready.lock().close();
    }
}
