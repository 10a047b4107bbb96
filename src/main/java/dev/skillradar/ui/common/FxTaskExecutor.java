package dev.skillradar.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/** A single background thread for all I/O; results are handed back on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    /**
     * Fetched when something is logged, not when the class initialises: the first {@code System.getLogger} sets up
     * java.util.logging, and this class initialises on the main thread just before the start-up threads begin, which
     * it would hold up by that much (README, Start-up).
     */
    private static System.Logger log() {
        return System.getLogger(FxTaskExecutor.class.getName());
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "skillradar-io");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        worker.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                log().log(System.Logger.Level.WARNING, "background task failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /**
     * Runs {@code work} on the I/O thread, in order with everything else, and hands the result back
     * as a future instead of on the FX thread: for start-up, before the window exists.
     */
    public <T> Future<T> supply(Callable<T> work) {
        return worker.submit(work);
    }

    @Override
    public boolean drain(Duration timeout) {
        try {
            Future<?> marker = worker.submit(() -> { });
            marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void shutdown() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
