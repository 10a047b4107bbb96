package dev.skillradar.cli;

import java.io.PrintStream;
import java.util.Map;

/** Placeholder until the command line lands. */
public final class CliMain {
    private CliMain() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        err.println("The command line is not built yet.");
        return 1;
    }
}
