package dev.skillradar.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: positionals, options with a value ({@code --note TEXT} or {@code --note=TEXT})
 * and flags. The global options may also follow the command. {@code --} ends the options, and a token
 * such as {@code -1} is a (bad) value rather than an option, so that it earns the clearer message.
 */
final class Args {
    /** Global options accepted after the command as well as before it. */
    static final Set<String> GLOBAL_VALUES = Set.of("--data-dir", "--profile", "--roadmap");
    static final Set<String> GLOBAL_FLAGS = Set.of("--debug");

    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positionals;

    private Args(Map<String, String> values, Set<String> flags, List<String> positionals) {
        this.values = values;
        this.flags = flags;
        this.positionals = positionals;
    }

    static Args parse(Command.Spec spec, List<String> tokens) throws CliException {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (optionsEnded || !looksLikeOption(t)) {
                positionals.add(t);
                continue;
            }
            if (t.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (t.equals("-h") || t.equals("--help")) {
                flags.add("--help");
                continue;
            }
            int eq = t.indexOf('=');
            String name = eq > 0 ? t.substring(0, eq) : t;
            if (spec.valueOptions().contains(name) || GLOBAL_VALUES.contains(name)) {
                String value;
                if (eq > 0) {
                    value = t.substring(eq + 1);
                } else if (i + 1 < tokens.size()) {
                    value = tokens.get(++i);
                } else {
                    throw CliException.usage("option " + name + " needs a value");
                }
                values.put(name, value);
            } else if (spec.flags().contains(name) || GLOBAL_FLAGS.contains(name)) {
                if (eq > 0) {
                    throw CliException.usage("option " + name + " takes no value");
                }
                flags.add(name);
            } else {
                throw CliException.usage("unknown option '" + name + "' for '" + spec.name() + "' (see skillradar "
                        + spec.name() + " --help)");
            }
        }
        return new Args(values, flags, List.copyOf(positionals));
    }

    private static boolean looksLikeOption(String t) {
        if (!t.startsWith("-") || t.length() < 2) {
            return false;
        }
        return !Character.isDigit(t.charAt(1)); // "-1" is a level, and a bad one
    }

    String value(String option) {
        return values.get(option);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    List<String> positionals() {
        return positionals;
    }

    /** The positional at {@code index}; the spec's arity check has made sure it exists. */
    String positional(int index) {
        return positionals.get(index);
    }

    /**
     * Checks the number of positionals against the spec, naming what is missing or extra; a last name ending in
     * "..." ({@code ID...}) takes any number.
     */
    void checkArity(Command.Spec spec) throws CliException {
        List<String> names = spec.positionalNames();
        if (positionals.size() < spec.minArgs()) {
            throw CliException.usage("'" + spec.name() + "' needs " + names.get(positionals.size())
                    + " (usage: skillradar " + spec.synopsis() + ")");
        }
        boolean variadic = !names.isEmpty() && names.get(names.size() - 1).endsWith("...");
        if (!variadic && positionals.size() > names.size()) {
            throw CliException.usage("unexpected argument '" + positionals.get(names.size()) + "' for '"
                    + spec.name() + "' (usage: skillradar " + spec.synopsis() + ")");
        }
    }
}
