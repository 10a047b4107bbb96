package dev.skillradar.cli;

/** The documented exit codes of the {@code skillradar} command. */
final class ExitCode {
    static final int OK = 0;
    /** Anything unexpected. */
    static final int FAILURE = 1;
    /** A mistake on the command line: unknown command, option, skill or role, missing or extra argument. */
    static final int USAGE = 2;
    /** An input file that cannot be used: an import file, or the {@code --roadmap} catalogue. */
    static final int INVALID_INPUT = 3;
    /** The data or a target file could not be read or written: damaged, busy, newer, disk full, read-only, a folder. */
    static final int STORAGE = 4;
    /** Printing failed: no printer (or no default printer), or the job was refused or failed. */
    static final int PRINT = 5;

    private ExitCode() {
    }
}
