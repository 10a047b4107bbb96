package dev.skillradar.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the command line's stderr to its one-sentence messages: the app's informational log lines
 * (java.util.logging, the System.Logger backend) and SLF4J's "no providers" notice from the SQLite
 * driver are silenced while a command runs, unless {@code --debug} asks for them. The previous
 * level is restored afterwards, so an in-process caller (tests) keeps its logging.
 */
final class QuietLogging implements AutoCloseable {
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
    private final Logger root = Logger.getLogger("");
    private final Level previous;

    private QuietLogging(boolean debug) {
        previous = root.getLevel();
        if (!debug) {
            root.setLevel(Level.OFF);
            if (System.getProperty(SLF4J_VERBOSITY) == null) {
                System.setProperty(SLF4J_VERBOSITY, "ERROR");
            }
        }
    }

    static QuietLogging unlessDebug(boolean debug) {
        return new QuietLogging(debug);
    }

    @Override
    public void close() {
        root.setLevel(previous);
    }
}
