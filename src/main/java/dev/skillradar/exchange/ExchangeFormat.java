package dev.skillradar.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillradar.json.StrictJson;

/**
 * The constants of the profile exchange format and the one strict JSON setup used to read and write it.
 *
 * <p>Size limit: the largest export a real profile can produce is far below {@link #MAX_DOCUMENT_BYTES}.
 * A profile holds at most one rating per catalogue skill (33 in the built-in catalogue); a note has at most
 * 4000 characters, which JSON writes in at most 6 bytes each (a control character becomes a six-character
 * escape), so 24 KB, plus an evidence link of at most 2048 characters: under 35 KB per rating and about
 * 1.2 MB for all ratings. One pretty-printed history row takes about 160 bytes, so even 100,000 rating
 * changes (years of daily use, and the size the tests use) come to about 16 MB; the test profile with every
 * skill noted to the limit and 100,000 history rows measures 16.3 MB. 64 MiB leaves four times that, while
 * keeping a hostile file from exhausting memory: the file size is checked before anything is read, the
 * parser enforces the same bound, and nesting is limited to {@link StrictJson#MAX_NESTING_DEPTH} levels
 * (the format nests three). Format 2 adds the ticks: a statement id, a note of at most 4000 characters (24 KB
 * escaped) and a link per tick, for at most 437 statements of the built-in catalogue, about 15 MB at the very worst
 * and a few KB in practice, plus a history row of about 200 bytes per tick or untick.
 */
public final class ExchangeFormat {
    /** The format version this app writes; it also reads {@link #OLDEST_FORMAT}. */
    public static final int FORMAT = 2;
    /** The oldest format version this app reads: 1, without basis and ticks. */
    public static final int OLDEST_FORMAT = 1;
    /** The {@code app} field of every exchange file. */
    public static final String APP = "skillradar";
    /** The largest exchange file accepted, in bytes (64 MiB); see the class comment for the arithmetic. */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    /** Longest accepted app version text. */
    static final int MAX_APP_VERSION_LENGTH = 100;

    private ExchangeFormat() {
    }

    /** A strict mapper bounded to {@link #MAX_DOCUMENT_BYTES}; it also writes pretty-printed output. */
    static ObjectMapper mapper() {
        return StrictJson.mapper(MAX_DOCUMENT_BYTES);
    }

    /** "64 MiB", "1.5 MiB" or "812 KiB". */
    static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            double mib = bytes / (1024.0 * 1024);
            return (mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(java.util.Locale.ROOT, "%.1f", mib)) + " MiB";
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KiB";
    }
}
