package dev.skillradar.ui.common;

import dev.skillradar.catalog.CatalogException;
import dev.skillradar.exchange.ExportTooLargeException;
import dev.skillradar.exchange.ImportProblem;
import dev.skillradar.exchange.InvalidDocumentException;
import dev.skillradar.storage.StorageException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns a failure into one clear sentence in the user's language, never a stack trace:
 * storage failures by their {@link StorageException.Kind}, invalid import files by their {@link ImportProblem}
 * with its place (line and column, JSON pointer or the top level).
 */
public final class ErrorMessages {
    private static final System.Logger LOG = System.getLogger(ErrorMessages.class.getName());

    private static final String IMPORT = "error.import.";

    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof StorageException se) {
            return storage(se);
        }
        if (e instanceof InvalidDocumentException ide) {
            String problem = importProblem(ide);
            String place = importPlace(ide);
            return place.isEmpty() ? messages.get("error.invalidFile", problem)
                    : messages.get("error.invalidFileAt", problem, place);
        }
        if (e instanceof ExportTooLargeException big) {
            return messages.get("error.export.tooLarge", size(big.bytes()), size(big.limit()));
        }
        if (e instanceof CatalogException ce) {
            return ce.place() == null || ce.place().isEmpty() ? messages.get("error.catalog.file", ce.file(), ce.problem())
                    : messages.get("error.catalog", ce.file(), ce.place(), ce.problem());
        }
        if (e instanceof java.io.IOException) {
            return messages.get("error.io", String.valueOf(e.getMessage()));
        }
        LOG.log(System.Logger.Level.ERROR, "unexpected failure", e);
        return messages.get("error.unexpected", e.getClass().getSimpleName());
    }

    /**
     * The problem in the user's language: the kind's key {@code error.import.<kind>} with its arguments,
     * values found in the file ({@link ImportProblem.Found}) and sizes worded in that language too.
     */
    String importProblem(InvalidDocumentException e) {
        String key = IMPORT + e.kind().key();
        if (!messages.has(key)) { // a kind newer than the bundles: the English text still names the problem
            LOG.log(System.Logger.Level.WARNING, "no message for import problem " + e.kind());
            return e.problem();
        }
        Object[] args = e.args().stream().map(this::importArgument).toArray();
        return messages.get(key, args);
    }

    private Object importArgument(Object arg) {
        if (arg instanceof ImportProblem.Found found) {
            String key = IMPORT + "found." + found.what().name().toLowerCase(Locale.ROOT);
            return messages.get(key, found.value() == null ? "" : found.value());
        }
        if (arg instanceof ImportProblem.Bytes bytes) {
            return size(bytes.count());
        }
        return arg == null ? "" : arg;
    }

    /** "line 3, column 7" / "Zeile 3, Spalte 7", the top level, a JSON pointer, or empty for the whole file. */
    String importPlace(InvalidDocumentException e) {
        if (e.line() > 0) {
            return messages.get(IMPORT + "place.line", String.valueOf(e.line()), String.valueOf(e.column()));
        }
        if (e.pointer() == null || e.pointer().isEmpty()) {
            return "";
        }
        return e.pointer().equals("/") ? messages.get(IMPORT + "place.top") : e.pointer();
    }

    /** "64 MiB", "1.5 MiB" / "1,5 MiB", "812 KiB", as the export and import limits are worded. */
    String size(long bytes) {
        NumberFormat f = NumberFormat.getNumberInstance(messages.language().locale());
        f.setGroupingUsed(false);
        if (bytes >= 1024L * 1024) {
            double mib = bytes / (1024.0 * 1024);
            boolean whole = mib == Math.rint(mib);
            f.setMinimumFractionDigits(whole ? 0 : 1);
            f.setMaximumFractionDigits(whole ? 0 : 1);
            return messages.get("error.size.mib", f.format(mib));
        }
        f.setMaximumFractionDigits(0);
        return messages.get("error.size.kib", f.format(Math.max(1, (bytes + 1023) / 1024)));
    }

    private String storage(StorageException e) {
        List<String> a = e.args();
        String file = arg(a, 0);
        return switch (e.kind()) {
            case NEWER_VERSION -> messages.get("error.storage.newerVersion", file, arg(a, 1), arg(a, 2));
            case BUSY -> messages.get("error.storage.busy", file);
            case DISK_FULL -> messages.get("error.storage.diskFull", file);
            case READ_ONLY -> messages.get("error.storage.readOnly", file);
            case CORRUPT -> messages.get("error.storage.corrupt", file);
            case IO -> messages.get("error.storage.io", file, arg(a, 1));
            case NOT_FOUND -> messages.get("error.storage.notFound", arg(a, 1));
            case CONFLICT -> "profileHasRatings".equals(file) ? messages.get("error.storage.hasRatings", arg(a, 1))
                    : messages.get("error.storage.nameTaken", arg(a, 1));
            case INVALID -> messages.get("error.storage.invalid", arg(a, 1), arg(a, 2));
            default -> messages.get("error.storage.other", e.getMessage());
        };
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.io.UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
