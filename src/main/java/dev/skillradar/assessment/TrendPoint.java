package dev.skillradar.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One point of a readiness trend: a period in which ratings changed ({@code changes} entries of the timeline),
 * and the readiness at its {@code end} (the start of the next local period, exclusive), overall and per area;
 * {@code lastChange} is the moment of its last change, from which on that readiness held (where a chart puts it).
 */
public record TrendPoint(String periodId, LocalDate periodStart, Instant end, Instant lastChange, int changes,
                         ReadinessScores readiness) {
}
