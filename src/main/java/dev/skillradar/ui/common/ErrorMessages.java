package dev.skillradar.ui.common;

import dev.skillradar.catalog.CatalogException;
import dev.skillradar.exchange.InvalidDocumentException;
import dev.skillradar.storage.StorageException;
import java.util.List;

/**
 * Turns a failure into one clear sentence in the user's language, never a stack trace:
 * storage failures by their {@link StorageException.Kind}, invalid files with their place.
 */
public final class ErrorMessages {
    private static final System.Logger LOG = System.getLogger(ErrorMessages.class.getName());

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
            return ide.place().isEmpty() ? messages.get("error.invalidFile", ide.problem())
                    : messages.get("error.invalidFileAt", ide.problem(), ide.place());
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
