package dev.skillradar.ui.shell;

import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.common.TaskExecutor;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Keeps the window equal to the data while it is open: every {@link #PERIOD} it asks storage (on the
 * I/O executor) whether another program, such as the command line, committed a change, and if so
 * re-reads the profile and its ratings. It also answers a second start's request to come to the front.
 */
final class ChangeWatcher {
    static final Duration PERIOD = Duration.millis(1500);
    private static final System.Logger LOG = System.getLogger(ChangeWatcher.class.getName());

    private final ProfileSession session;
    private final TaskExecutor io;
    private final Path dataDir;
    private final Stage stage;
    private final Timeline timeline;
    private boolean askingActivation;

    ChangeWatcher(ProfileSession session, TaskExecutor io, Path dataDir, Stage stage) {
        this.session = session;
        this.io = io;
        this.dataDir = dataDir;
        this.stage = stage;
        this.timeline = new Timeline(new KeyFrame(PERIOD, e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    void start() {
        timeline.play();
    }

    void stop() {
        timeline.stop();
    }

    void tick() {
        session.pollForOutsideChanges(() -> LOG.log(System.Logger.Level.DEBUG, "reloaded after an outside change"),
                e -> LOG.log(System.Logger.Level.WARNING, "could not check the data for outside changes", e));
        if (askingActivation) {
            return;
        }
        askingActivation = true;
        io.submit(() -> ActivationRequest.consume(dataDir), asked -> {
            askingActivation = false;
            if (asked) {
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
            }
        }, e -> askingActivation = false);
    }
}
