package dev.skillradar.cli;

import java.util.List;
import java.util.Set;

/** One {@code skillradar} command: its syntax and help, and what it does. */
interface Command {

    /**
     * A command's syntax: its positional arguments (the first {@code minArgs} required), options with
     * values and flags, and the help text.
     */
    record Spec(String name, String synopsis, String summary, String details, List<String> positionalNames,
                int minArgs, Set<String> valueOptions, Set<String> flags) {
        public Spec {
            positionalNames = List.copyOf(positionalNames);
            valueOptions = Set.copyOf(valueOptions);
            flags = Set.copyOf(flags);
        }
    }

    Spec spec();

    /** Runs the command after its arity has been checked; returns the exit code. */
    int run(Args args, Session session) throws CliException;
}
