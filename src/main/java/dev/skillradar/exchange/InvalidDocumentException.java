package dev.skillradar.exchange;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A profile file that cannot be imported: what is wrong ({@link #kind()} with its {@link #args()}) and where
 * (a JSON pointer such as {@code /ratings/2/level}, "/" for the document itself, a line and column for a
 * syntax problem, or nothing for the file as a whole). {@link #getMessage()}, {@link #place()} and
 * {@link #problem()} are the command line's English wording; a window words the kind in its own language.
 */
public class InvalidDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ImportProblem kind;
    private final transient List<Object> args;
    private final String pointer;
    private final int line;
    private final int column;

    private InvalidDocumentException(String pointer, int line, int column, ImportProblem kind, Object... args) {
        super(describe(place(pointer, line, column), kind.english(Arrays.asList(args))));
        this.kind = kind;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    /** A problem of the file as a whole (missing, empty, too large). */
    public InvalidDocumentException(ImportProblem kind, Object... args) {
        this(null, 0, 0, kind, args);
    }

    /** A problem at a JSON pointer ("/ratings/2/level"; "/" is the document itself). */
    static InvalidDocumentException at(String pointer, ImportProblem kind, Object... args) {
        return new InvalidDocumentException(pointer, 0, 0, kind, args);
    }

    /** A problem at a line and column (1-based); without a known line, a problem of the file as a whole. */
    static InvalidDocumentException atLine(int line, int column, ImportProblem kind, Object... args) {
        return line > 0 ? new InvalidDocumentException(null, line, column, kind, args)
                : new InvalidDocumentException(kind, args);
    }

    private static String place(String pointer, int line, int column) {
        if (pointer != null) {
            return pointer;
        }
        return line > 0 ? "line " + line + ", column " + column : "";
    }

    private static String describe(String place, String problem) {
        if (place.isEmpty()) {
            return problem;
        }
        if (place.equals(Places.ROOT)) {
            return "at the top level: " + problem;
        }
        return (place.startsWith("/") ? "at " + place : place) + ": " + problem;
    }

    /** What is wrong. */
    public ImportProblem kind() {
        return kind;
    }

    /** The kind's arguments, as documented on each {@link ImportProblem}. */
    public List<Object> args() {
        return args == null ? List.of() : args;
    }

    /** The JSON pointer of the place ("/" for the document itself), or null when the place is a line or none. */
    public String pointer() {
        return pointer;
    }

    /** The line of a syntax problem (1-based), or 0. */
    public int line() {
        return line;
    }

    /** The column of a syntax problem (1-based), or 0. */
    public int column() {
        return column;
    }

    /** Where the problem is, in English: a JSON pointer ("/ratings/2/level"), "line L, column C", or empty. */
    public String place() {
        return place(pointer, line, column);
    }

    /** The problem in English, without its place. */
    public String problem() {
        return kind.english(args());
    }
}
