package dev.skillradar.ui.common;

import dev.skillradar.app.AppProblem;
import java.util.Optional;

/**
 * Turns a failure into one clear sentence in the user's language, never a stack trace: every failure the
 * application knows ({@link AppProblem}, into which storage, import and catalogue failures translate) by its
 * kind, an invalid import file by its problem and place (line and column, JSON pointer or the top level).
 */
public final class ErrorMessages {
    private static final System.Logger LOG = System.getLogger(ErrorMessages.class.getName());

    private static final String IMPORT = "error.import.";

    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable error) {
        Optional<AppProblem> known = AppProblem.from(error);
        if (known.isEmpty()) {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure", error);
            Throwable e = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                    ? error.getCause() : error;
            return messages.get("error.unexpected", e.getClass().getSimpleName());
        }
        AppProblem p = known.get();
        return switch (p.kind()) {
            case INVALID_FILE -> {
                String problem = importProblem(p);
                String place = importPlace(p);
                yield place.isEmpty() ? messages.get("error.invalidFile", problem)
                        : messages.get("error.invalidFileAt", problem, place);
            }
            case EXPORT_TOO_LARGE -> messages.get("error.export.tooLarge", argument(p.args().get(0)), argument(p.args().get(1)));
            case CATALOG -> p.arg(1).isEmpty() ? messages.get("error.catalog.file", p.arg(0), p.arg(2))
                    : messages.get("error.catalog", p.arg(0), p.arg(1), p.arg(2));
            case FILE_IO -> messages.get("error.io", p.arg(0));
            case NEWER_VERSION -> messages.get("error.storage.newerVersion", p.arg(0), p.arg(1), p.arg(2));
            case BUSY -> messages.get("error.storage.busy", p.arg(0));
            case DISK_FULL -> messages.get("error.storage.diskFull", p.arg(0));
            case READ_ONLY -> messages.get("error.storage.readOnly", p.arg(0));
            case CORRUPT -> messages.get("error.storage.corrupt", p.arg(0));
            case STORAGE_IO -> messages.get("error.storage.io", p.arg(0), p.arg(1));
            case NOT_FOUND -> messages.get("error.storage.notFound", p.arg(0));
            case HAS_RATINGS -> messages.get("error.storage.hasRatings", p.arg(0));
            case NAME_TAKEN -> messages.get("error.storage.nameTaken", p.arg(0));
            case INVALID_VALUE -> messages.get("error.storage.invalid", p.arg(0), p.arg(1));
            case NO_PRINTER, NO_DEFAULT_PRINTER, PRINTER_NOT_FOUND, PRINT_REFUSED, PRINT_FAILED ->
                    messages.get("error.print." + p.kind().name(), p.args().stream().map(ErrorMessages::listed).toArray());
            default -> messages.get("error.storage.other", p.getMessage());
        };
    }

    /**
     * The problem in the user's language: the key {@code error.import.<detail>} with its arguments, values found
     * in the file and sizes worded in that language too.
     */
    String importProblem(AppProblem p) {
        String key = IMPORT + p.detail();
        if (!messages.has(key)) { // a kind newer than the bundles: the English text still names the problem
            LOG.log(System.Logger.Level.WARNING, "no message for import problem " + p.detail());
            return p.getMessage();
        }
        return messages.get(key, p.args().stream().map(this::argument).toArray());
    }

    private Object argument(Object arg) {
        if (arg instanceof AppProblem.Found found) {
            return messages.get(IMPORT + "found." + found.what(), found.value() == null ? "" : found.value());
        }
        if (arg instanceof AppProblem.Size size) {
            return size(size.bytes());
        }
        return arg == null ? "" : arg;
    }

    /** "line 3, column 7" / "Zeile 3, Spalte 7", the top level, a JSON pointer, or empty for the whole file. */
    String importPlace(AppProblem p) {
        AppProblem.Place place = p.place();
        if (place.line() > 0) {
            return messages.get(IMPORT + "place.line", String.valueOf(place.line()), String.valueOf(place.column()));
        }
        if (place.isNone()) {
            return "";
        }
        return place.isTopLevel() ? messages.get(IMPORT + "place.top") : place.pointer();
    }

    /** A list argument (printer names) as "A, B, C"; anything else as it is. */
    private static Object listed(Object arg) {
        return arg instanceof java.util.Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).toList()) : arg;
    }

    /** "64 MiB", "1.5 MiB" / "1,5 MiB", "812 KiB", as the export and import limits are worded. */
    String size(long bytes) {
        return messages.texts().formats().binarySize(bytes);
    }
}
