package dev.skillradar.assessment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The periods of a trend ({@code --every day|week|month}) in local dates. Weeks are ISO weeks (Monday to Sunday)
 * named by their week-based year: 2027-01-01 is in "2026-W53", 2025-12-29 in "2026-W01".
 */
public enum TrendPeriod {
    DAY("day"),
    WEEK("week"),
    MONTH("month");

    private final String id;

    TrendPeriod(String id) {
        this.id = id;
    }

    /** "day", "week" or "month", as the command line writes it. */
    public String id() {
        return id;
    }

    public static Optional<TrendPeriod> fromId(String id) {
        for (TrendPeriod p : values()) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The first day of the period that holds {@code date}. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one that holds {@code date}. */
    public LocalDate nextStart(LocalDate date) {
        LocalDate start = startOf(date);
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** "2026-03-01" (day), "2026-W09" (ISO week of the week-based year), "2026-03" (month). */
    public String periodId(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(date).toString();
        };
    }

    /**
     * The end of the period that holds {@code date}: the start of the next local period in {@code zone}
     * (exclusive). {@code atStartOfDay} makes it right across daylight-saving changes, even where a
     * change skips midnight.
     */
    public Instant end(LocalDate date, ZoneId zone) {
        return nextStart(date).atStartOfDay(zone).toInstant();
    }
}
