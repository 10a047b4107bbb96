package dev.skillradar.cli;

import java.io.PrintStream;
import java.util.List;

/** The general help and each command's help. */
final class Help {
    private Help() {
    }

    static void general(PrintStream out, List<Command> commands) {
        out.println("""
                Usage: skillradar [--data-dir DIR] [--profile NAME] [--roadmap FILE] [--debug] COMMAND [ARGS...]
                       skillradar                 (no command: open the desktop app)

                Rate your skills against the 2026 ML Engineer roadmap for Germany and see how ready you are
                for a junior, mid-level or senior role.

                Commands:""");
        for (Command c : commands) {
            out.println("  " + CliTexts.pad(c.spec().name(), 13) + c.spec().summary());
        }
        out.println("""

                Options (before or after the command):
                  --data-dir DIR    where the data lives (default: $SKILLRADAR_HOME, else the usual place
                                    for application data, e.g. ~/.local/share/skillradar)
                  --profile NAME    the profile to use (default: "default"); it must exist, except for import
                  --roadmap FILE    use this catalogue file instead of the built-in one
                  --debug           show the stack trace of an error
                  -h, --help        this help; skillradar COMMAND --help explains a command
                  -V, --version     the version

                --lang en|de after a command (its help says whether it has one) chooses the language of its
                text and of its confirmation: English by default, whatever the system's locale. JSON and error
                messages are the same in every language.

                Exit codes: 0 ok, 1 unexpected error, 2 usage error (unknown command, option, skill, role or
                printer; missing or extra argument; bad level, format, date, pages or copies; a folder that does
                not exist), 3 invalid input file (import, --roadmap), 4 storage problem or a file that cannot be
                written (damaged, busy, newer version, disk full, read-only, a folder at the path), 5 printing
                failed (no printer, no default printer, the job refused or failed).""");
    }

    static void command(PrintStream out, Command.Spec spec) {
        out.println("Usage: skillradar [global options] " + spec.synopsis());
        out.println();
        out.println(spec.summary());
        out.println();
        out.println(spec.details());
    }
}
