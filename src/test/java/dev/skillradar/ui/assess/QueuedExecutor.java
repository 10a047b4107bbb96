package dev.skillradar.ui.assess;

import dev.skillradar.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A write queue the test runs by hand, one task at a time, or fails on purpose (say, a full disk). */
public final class QueuedExecutor implements TaskExecutor {
    private record Task<T>(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        void run() {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }

    private final Deque<Task<?>> queue = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(new Task<>(work, onSuccess, onFailure));
    }

    int size() {
        return queue.size();
    }

    public void runNext() {
        queue.remove().run();
    }

    public void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    /** The oldest task fails without running. */
    public void failNext(Throwable error) {
        queue.remove().onFailure().accept(error);
    }

    @Override
    public boolean drain(Duration timeout) {
        runAll();
        return true;
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}
