package dev.skillradar.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * The global options both front doors share, parsed once:
 * {@code [--data-dir DIR] [--profile NAME] [--roadmap FILE] [--debug] [--startup-probe] [COMMAND ARGS...]}.
 * Options after the command word belong to the command and are left in {@link #rest()}.
 */
public record LaunchOptions(String dataDir, String profile, String roadmap, boolean debug, boolean startupProbe,
                            boolean help, boolean version, List<String> rest) {

    /** Thrown for a global option without its value. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static LaunchOptions parse(String[] args) throws UsageException {
        String dataDir = null;
        String profile = null;
        String roadmap = null;
        boolean debug = false;
        boolean probe = false;
        boolean help = false;
        boolean version = false;
        List<String> rest = new ArrayList<>();
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data-dir" -> dataDir = value(args, ++i, a);
                case "--profile" -> profile = value(args, ++i, a);
                case "--roadmap" -> roadmap = value(args, ++i, a);
                case "--debug" -> debug = true;
                case "--startup-probe" -> probe = true;
                case "--help", "-h" -> help = true;
                case "--version", "-V" -> version = true;
                default -> {
                    if (a.startsWith("--data-dir=")) {
                        dataDir = a.substring("--data-dir=".length());
                    } else if (a.startsWith("--profile=")) {
                        profile = a.substring("--profile=".length());
                    } else if (a.startsWith("--roadmap=")) {
                        roadmap = a.substring("--roadmap=".length());
                    } else if (a.startsWith("-")) {
                        throw new UsageException("unknown option '" + a + "'");
                    } else {
                        for (; i < args.length; i++) {
                            rest.add(args[i]);
                        }
                    }
                }
            }
        }
        return new LaunchOptions(dataDir, profile, roadmap, debug, probe, help, version, List.copyOf(rest));
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].isEmpty()) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args[i];
    }

    /** True when no command, --help or --version was given: the desktop window should open. */
    public boolean wantsDesktop() {
        return rest.isEmpty() && !help && !version;
    }
}
