package dev.skillradar.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs I/O (SQLite, files, JSON, PDF): work runs off the FX thread, strictly one
 * task after another in submission order (so it doubles as the autosave write queue), and the
 * callbacks run on the FX thread. Tests use {@link DirectTaskExecutor}.
 */
public interface TaskExecutor {
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Waits until every task submitted so far has run (used before the window closes). */
    boolean drain(Duration timeout);

    void shutdown();
}
