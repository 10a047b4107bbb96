package dev.skillradar.exchange;

/**
 * An export that {@link ProfileImporter} would refuse as too large, so it is not written. Unchecked, as a
 * real profile cannot get there (see {@link ExchangeFormat}); the sizes let a window word it in its language.
 */
public final class ExportTooLargeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final long bytes;
    private final long limit;

    public ExportTooLargeException(long bytes, long limit) {
        super("the export would be " + ExchangeFormat.size(bytes) + ", more than the " + ExchangeFormat.size(limit)
                + " an import accepts");
        this.bytes = bytes;
        this.limit = limit;
    }

    /** The size the export would have, in bytes. */
    public long bytes() {
        return bytes;
    }

    /** The largest file an import accepts, in bytes. */
    public long limit() {
        return limit;
    }
}
