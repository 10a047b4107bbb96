package dev.skillradar.storage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Instants as stored: ISO-8601 UTC text with millisecond precision, readable in sqlite3. The usual shape
 * ({@code 2026-03-02T09:00:00.123Z}, years 0000–9999) is written and read by hand: DateTimeFormatter took
 * about 8 µs to write and 22 µs to read one before the JIT compiled it, paid on every save and for every
 * row of a five-year history. Anything else goes through DateTimeFormatter.ISO_INSTANT, with the same text.
 */
final class Times {
    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: where ISO_INSTANT writes a plain four-digit year. */
    private static final long FIRST_PLAIN_SECOND = -62_167_219_200L;
    private static final long LAST_PLAIN_SECOND = 253_402_300_799L;

    private Times() {
    }

    static String format(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < FIRST_PLAIN_SECOND || second > LAST_PLAIN_SECOND) {
            return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(24);
        digits(b, t.getYear(), 4).append('-');
        digits(b, t.getMonthValue(), 2).append('-');
        digits(b, t.getDayOfMonth(), 2).append('T');
        digits(b, t.getHour(), 2).append(':');
        digits(b, t.getMinute(), 2).append(':');
        digits(b, t.getSecond(), 2);
        int millis = instant.getNano() / 1_000_000;
        if (millis != 0) { // as ISO_INSTANT: no fraction for a whole second, else three digits
            digits(b.append('.'), millis, 3);
        }
        return b.append('Z').toString();
    }

    static Instant parse(String text) {
        if (text != null && plainShape(text)) {
            try {
                int millis = text.length() == 24 ? number(text, 20, 3) : 0;
                return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2),
                        number(text, 14, 2), number(text, 17, 2), millis * 1_000_000).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                // e.g. a leap second or 2026-02-30: left to Instant.parse, which accepts or explains it
            }
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalStateException("stored time is not ISO-8601: " + text, e);
        }
    }

    static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** {@code dddd-dd-ddTdd:dd:ddZ} or {@code dddd-dd-ddTdd:dd:dd.dddZ}. */
    private static boolean plainShape(String s) {
        int n = s.length();
        if (n != 20 && n != 24 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z' || n == 24 && s.charAt(19) != '.') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            char c = s.charAt(i);
            if ((i == 4 || i == 7 || i == 10 || i == 13 || i == 16 || i == 19) == (c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static StringBuilder digits(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s);
    }
}
