package dev.skillradar.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** One reading of a line chart: a moment and a percentage 0..100 (readiness at that time). */
public record TrendPoint(Instant at, double percent) {
    public TrendPoint {
        Objects.requireNonNull(at, "at");
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("a percentage is 0..100, got " + percent);
        }
    }

    /** A reading on a calendar day, placed at the start of that day in {@code zone}. */
    public static TrendPoint on(LocalDate day, ZoneId zone, double percent) {
        return new TrendPoint(day.atStartOfDay(zone).toInstant(), percent);
    }
}
