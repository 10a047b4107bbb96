package dev.skillradar.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a second start on the same data folder asks the open window to come to the front: it leaves
 * a small file in the data folder, which the open window's change watcher notices, removes, and
 * answers with {@code stage.toFront()}. No sockets, nothing to clean up if either side crashes.
 */
final class ActivationRequest {
    static final String FILE = "activate.request";

    private ActivationRequest() {
    }

    /** The second instance: best effort, a failure only means the open window stays where it is. */
    static boolean request(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve(FILE), Long.toString(ProcessHandle.current().pid()));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The open window, on the I/O thread: true (once) when someone asked. */
    static boolean consume(Path dataDir) {
        try {
            return Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            return false;
        }
    }
}
