package dev.skillradar.storage;

import java.nio.file.Path;
import java.util.Optional;

/** Child process for {@link ConcurrencyTest}: takes the window lock, says so, and waits to be killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(Path.of(args[0]));
        System.out.println(lock.isPresent() ? "LOCKED" : "NOT_LOCKED");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
