package dev.skillradar.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs each task at once on the calling thread: for ViewModel tests without the FX toolkit. */
public final class DirectTaskExecutor implements TaskExecutor {
    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public boolean drain(Duration timeout) {
        return true;
    }

    @Override
    public void shutdown() {
    }
}
