package dev.skillradar.app;

import dev.skillradar.catalog.CatalogException;
import dev.skillradar.exchange.ExportTooLargeException;
import dev.skillradar.exchange.ImportProblem;
import dev.skillradar.exchange.InvalidDocumentException;
import dev.skillradar.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A failure that a person can act on, in front-door terms: a {@link Kind}, its arguments and, for a file that
 * cannot be used, the place in it. The application services translate storage and exchange failures into this,
 * so that the window words it in the user's language and the command line picks its exit code and keeps its
 * English sentence ({@link #getMessage()} is the original English text, unchanged).
 */
public final class AppProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. Kinds may be added later: switch over them with a default branch. */
    public enum Kind {
        /** The data is from a newer SkillRadar: file, its version, this version's. */
        NEWER_VERSION,
        /** Another program holds the database: file. */
        BUSY,
        /** The disk is full: file. */
        DISK_FULL,
        /** The folder or file is read-only: file. */
        READ_ONLY,
        /** The database is damaged: file. */
        CORRUPT,
        /** The system could not read or write the database: file, reason. */
        STORAGE_IO,
        /** Something named does not exist: what. */
        NOT_FOUND,
        /** A profile name is taken: the name. */
        NAME_TAKEN,
        /** The profile already has ratings (an import needs "replace"): the profile's name. */
        HAS_RATINGS,
        /** A value is not allowed: field, value. */
        INVALID_VALUE,
        /** Any other storage failure: its English description. */
        STORAGE_OTHER,
        /** A profile file cannot be imported: {@link #detail()} is the problem's key, args as its kind says. */
        INVALID_FILE,
        /** An export would be too large to import again: its size and the limit, as {@link Size}. */
        EXPORT_TOO_LARGE,
        /** The roadmap file cannot be used: file, place (a JSON pointer or empty), problem. */
        CATALOG,
        /** A file could not be read or written: the system's reason. */
        FILE_IO,
        /** No printer is installed. */
        NO_PRINTER,
        /** Printers are installed but none is the default, and none was named: the printers' names (a List). */
        NO_DEFAULT_PRINTER,
        /** No printer has the name asked for: that name, the printers' names (a List). */
        PRINTER_NOT_FOUND,
        /** The printer (or the system's print spooler) refused the job: printer, reason. */
        PRINT_REFUSED,
        /** The job was accepted but failed, was cancelled or got no answer in time: printer, reason. */
        PRINT_FAILED
    }

    /** Where in a file: a line and column (1-based), a JSON pointer ("/" is the top level), or nowhere. */
    public record Place(int line, int column, String pointer) {
        public static final Place NONE = new Place(0, 0, null);

        public boolean isNone() {
            return line <= 0 && (pointer == null || pointer.isEmpty());
        }

        public boolean isTopLevel() {
            return line <= 0 && "/".equals(pointer);
        }
    }

    /** A value found in a file where another was expected: {@code what} is "object", "text", "number", ... */
    public record Found(String what, String value) {
    }

    /** A size in bytes, to be worded in the reader's language. */
    public record Size(long bytes) {
    }

    private final Kind kind;
    private final String detail;
    private final transient List<Object> args;
    private final Place place;

    public AppProblem(Kind kind, String detail, List<Object> args, Place place, String englishMessage, Throwable cause) {
        super(englishMessage, cause);
        this.kind = Objects.requireNonNull(kind);
        this.detail = detail;
        this.args = List.copyOf(args);
        this.place = place == null ? Place.NONE : place;
    }

    public Kind kind() {
        return kind;
    }

    /** A finer key for the kind (the import problem's key for {@link Kind#INVALID_FILE}), or null. */
    public String detail() {
        return detail;
    }

    public List<Object> args() {
        return args == null ? List.of() : args;
    }

    public Place place() {
        return place;
    }

    /** The argument at {@code i} as text, or "". */
    public String arg(int i) {
        return i < args().size() && args().get(i) != null ? String.valueOf(args().get(i)) : "";
    }

    /**
     * The problem behind {@code error} (looking through wrappers such as CompletionException), or empty when it
     * is none of the failures SkillRadar knows, that is a bug.
     */
    public static Optional<AppProblem> from(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof AppProblem p) {
            return Optional.of(p);
        }
        if (e instanceof StorageException se) {
            return Optional.of(storage(se));
        }
        if (e instanceof InvalidDocumentException ide) {
            return Optional.of(invalidFile(ide));
        }
        if (e instanceof ExportTooLargeException big) {
            return Optional.of(new AppProblem(Kind.EXPORT_TOO_LARGE, null,
                    List.of(new Size(big.bytes()), new Size(big.limit())), null, big.getMessage(), big));
        }
        if (e instanceof CatalogException ce) {
            return Optional.of(new AppProblem(Kind.CATALOG, null,
                    List.of(String.valueOf(ce.file()), ce.place() == null ? "" : ce.place(), String.valueOf(ce.problem())),
                    ce.place() == null || ce.place().isEmpty() ? Place.NONE : new Place(0, 0, ce.place()),
                    ce.getMessage(), ce));
        }
        if (e instanceof IOException io) {
            return Optional.of(new AppProblem(Kind.FILE_IO, null, List.of(String.valueOf(io.getMessage())), null,
                    String.valueOf(io.getMessage()), io));
        }
        return Optional.empty();
    }

    /** Work of a service whose failures are translated on the way out. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work}, turning any known failure into an AppProblem (an unknown one, a bug, stays as it is). */
    static <T> T translating(Work<T> work) {
        try {
            return work.run();
        } catch (Exception e) {
            throw translate(e);
        }
    }

    /** Like {@link #from}, for code that must rethrow: an unknown failure stays what it was. */
    static RuntimeException translate(Throwable error) {
        Optional<AppProblem> p = from(error);
        if (p.isPresent()) {
            return p.get();
        }
        return error instanceof RuntimeException r ? r : new IllegalStateException(error);
    }

    private static AppProblem storage(StorageException e) {
        List<String> a = e.args();
        String first = a.isEmpty() ? "" : a.get(0);
        Kind kind = switch (e.kind()) {
            case NEWER_VERSION -> Kind.NEWER_VERSION;
            case BUSY -> Kind.BUSY;
            case DISK_FULL -> Kind.DISK_FULL;
            case READ_ONLY -> Kind.READ_ONLY;
            case CORRUPT -> Kind.CORRUPT;
            case IO -> Kind.STORAGE_IO;
            case NOT_FOUND -> Kind.NOT_FOUND;
            case CONFLICT -> "profileHasRatings".equals(first) ? Kind.HAS_RATINGS : Kind.NAME_TAKEN;
            case INVALID -> Kind.INVALID_VALUE;
            default -> Kind.STORAGE_OTHER;
        };
        List<Object> args = switch (kind) {
            // these name the thing after a word that says which field or table it is
            case NOT_FOUND, NAME_TAKEN, HAS_RATINGS -> List.of(at(a, 1));
            case INVALID_VALUE -> List.of(at(a, 1), at(a, 2));
            case STORAGE_OTHER -> List.of(String.valueOf(e.getMessage()));
            default -> List.copyOf(a);
        };
        return new AppProblem(kind, null, args, null, e.getMessage(), e);
    }

    private static AppProblem invalidFile(InvalidDocumentException e) {
        List<Object> args = e.args().stream().map(AppProblem::importArgument).toList();
        Place place = e.line() > 0 ? new Place(e.line(), e.column(), null) : new Place(0, 0, e.pointer());
        return new AppProblem(Kind.INVALID_FILE, e.kind().key(), args, place, e.getMessage(), e);
    }

    private static Object importArgument(Object arg) {
        if (arg instanceof ImportProblem.Found found) {
            return new Found(found.what().name().toLowerCase(Locale.ROOT), found.value());
        }
        if (arg instanceof ImportProblem.Bytes bytes) {
            return new Size(bytes.count());
        }
        return arg == null ? "" : arg;
    }

    private static String at(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof UncheckedIOException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
