package dev.skillradar.chart;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Chooses the time ticks of a line chart: the finest calendar step (1 or 2 days, 1 or 2 weeks, 1, 2, 3 or 6
 * months, 1, 2, 5, 10 ... years) whose worded labels fit side by side with a gap, at calendar boundaries in
 * the chart's time zone (midnight, Mondays, the first of a month, 1 January).
 */
final class TimeTicks {
    private record Step(TickUnit unit, int count, Duration typical) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(TickUnit.DAY, 1, Duration.ofDays(1)), new Step(TickUnit.DAY, 2, Duration.ofDays(2)),
            new Step(TickUnit.WEEK, 1, Duration.ofDays(7)), new Step(TickUnit.WEEK, 2, Duration.ofDays(14)),
            new Step(TickUnit.MONTH, 1, Duration.ofDays(30)), new Step(TickUnit.MONTH, 2, Duration.ofDays(61)),
            new Step(TickUnit.MONTH, 3, Duration.ofDays(91)), new Step(TickUnit.MONTH, 6, Duration.ofDays(182)),
            new Step(TickUnit.YEAR, 1, Duration.ofDays(365)), new Step(TickUnit.YEAR, 2, Duration.ofDays(730)),
            new Step(TickUnit.YEAR, 5, Duration.ofDays(1826)), new Step(TickUnit.YEAR, 10, Duration.ofDays(3652)),
            new Step(TickUnit.YEAR, 25, Duration.ofDays(9131)), new Step(TickUnit.YEAR, 50, Duration.ofDays(18262)),
            new Step(TickUnit.YEAR, 100, Duration.ofDays(36524)));
    private static final int MAX_TICKS = 14;

    /** A chosen tick: its date, unit, x and label text with its width. */
    record Tick(LocalDate date, TickUnit unit, Instant at, double x, String text, double width) {
    }

    private TimeTicks() {
    }

    static List<Tick> choose(Instant start, Instant end, ZoneId zone, TickFormatter formatter, TextMeasure measure,
                             double size, DoubleUnaryOperator xOf, double plotWidth) {
        double gap = size;
        long spanSeconds = Math.max(1, Duration.between(start, end).getSeconds());
        List<Tick> fallback = List.of();
        for (Step step : STEPS) {
            if (spanSeconds / step.typical().getSeconds() > 4L * MAX_TICKS) {
                continue; // far too many; no need to word them
            }
            List<Tick> ticks = ticks(step, start, end, zone, formatter, measure, size, xOf);
            if (ticks.size() > MAX_TICKS) {
                continue;
            }
            if (fits(ticks, gap, plotWidth)) {
                return ticks;
            }
            fallback = ticks;
        }
        // even the coarsest step crowds (a very narrow chart): keep the first and every other that fits
        List<Tick> thinned = new ArrayList<>();
        for (Tick t : fallback) {
            if (thinned.isEmpty() || left(t) >= right(thinned.get(thinned.size() - 1)) + gap) {
                thinned.add(t);
            }
        }
        return thinned;
    }

    private static boolean fits(List<Tick> ticks, double gap, double plotWidth) {
        for (int i = 1; i < ticks.size(); i++) {
            if (left(ticks.get(i)) < right(ticks.get(i - 1)) + gap) {
                return false;
            }
        }
        return !ticks.isEmpty() || plotWidth <= 0;
    }

    private static double left(Tick t) {
        return t.x() - t.width() / 2;
    }

    private static double right(Tick t) {
        return t.x() + t.width() / 2;
    }

    private static List<Tick> ticks(Step step, Instant start, Instant end, ZoneId zone, TickFormatter formatter,
                                    TextMeasure measure, double size, DoubleUnaryOperator xOf) {
        LocalDate first = start.atZone(zone).toLocalDate();
        LocalDate date = switch (step.unit()) {
            case DAY -> first;
            case WEEK -> first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> {
                LocalDate m = first.withDayOfMonth(1);
                yield m.minusMonths((m.getMonthValue() - 1) % step.count());
            }
            case YEAR -> {
                LocalDate y = first.withDayOfYear(1);
                yield y.minusYears(Math.floorMod(y.getYear(), step.count()));
            }
        };
        List<Tick> ticks = new ArrayList<>();
        for (int guard = 0; guard < 4 * MAX_TICKS + 4; guard++) {
            Instant at = date.atStartOfDay(zone).toInstant();
            if (at.isAfter(end)) {
                break;
            }
            if (!at.isBefore(start)) {
                String text = formatter.format(date, step.unit());
                ticks.add(new Tick(date, step.unit(), at, xOf.applyAsDouble(at.toEpochMilli()), text,
                        measure.width(BundledFont.REGULAR, size, text)));
            }
            date = switch (step.unit()) {
                case DAY -> date.plusDays(step.count());
                case WEEK -> date.plusWeeks(step.count());
                case MONTH -> date.plusMonths(step.count());
                case YEAR -> date.plusYears(step.count());
            };
        }
        return ticks;
    }
}
