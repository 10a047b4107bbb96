package dev.skillradar.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one place that turns what a person gives as a moment ({@code --at}, a date picker, a report's "as of")
 * into an {@link Instant} for {@link HistoryReplay#stateAt}:
 * <ul>
 *   <li>a DATE {@code YYYY-MM-DD} means the whole of that local day in the given zone: up to the start of the
 *       next local day ({@code date.plusDays(1).atStartOfDay(zone)}, right across daylight-saving changes),
 *       so the result is the last instant before it; for today, now;</li>
 *   <li>an INSTANT is ISO-8601 with {@code Z} or an offset ({@code 2026-03-01T09:30:00Z},
 *       {@code 2026-03-01T10:30:00+01:00}); a local time without an offset is ambiguous and refused;</li>
 *   <li>anything else, and any moment after now, is a {@link MomentException} naming the text.</li>
 * </ul>
 */
public final class Moments {
    private Moments() {
    }

    /** The moment {@code text} means in {@code zone}, not after {@code clock}'s now; surrounding spaces are ignored. */
    public static Instant parse(String text, ZoneId zone, Clock clock) throws MomentException {
        String t = text == null ? "" : text.strip();
        if (t.length() == 10 && t.charAt(4) == '-') {
            try {
                return ofDate(LocalDate.parse(t), zone, clock, text);
            } catch (DateTimeParseException e) {
                throw new MomentException(MomentException.Kind.NOT_A_MOMENT, String.valueOf(text));
            }
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new MomentException(MomentException.Kind.NOT_A_MOMENT, String.valueOf(text));
        }
        return notAfterNow(instant, clock, text);
    }

    /**
     * The moment a date picker's {@code date} means: the last instant of that local day, or now if the day
     * is today; a day that has not begun yet is refused.
     */
    public static Instant ofDate(LocalDate date, ZoneId zone, Clock clock) throws MomentException {
        return ofDate(date, zone, clock, date.toString());
    }

    /** The start of the local day after {@code date}: where "up to {@code date}" ends (exclusive). */
    public static Instant startOfNextDay(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static Instant ofDate(LocalDate date, ZoneId zone, Clock clock, String text) throws MomentException {
        Instant now = clock.instant();
        if (date.atStartOfDay(zone).toInstant().isAfter(now)) {
            throw new MomentException(MomentException.Kind.IN_THE_FUTURE, text);
        }
        Instant last = startOfNextDay(date, zone).minusNanos(1);
        return last.isAfter(now) ? now : last;
    }

    private static Instant notAfterNow(Instant instant, Clock clock, String text) throws MomentException {
        if (instant.isAfter(clock.instant())) {
            throw new MomentException(MomentException.Kind.IN_THE_FUTURE, text);
        }
        return instant;
    }
}
