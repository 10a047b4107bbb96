package dev.skillradar.assessment;

import dev.skillradar.catalog.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Readiness over time: one {@link TrendPoint} per period in which ratings changed, with the readiness
 * ({@link ReadinessCalculator#scores}) of the replayed state at the end of that period. Periods without a change
 * are left out (the line simply continues); no history gives an empty list. One sweep over the timeline, so five
 * years of daily changes cost one readiness computation per period.
 */
public final class Trend {
    private final ReadinessCalculator calculator;

    public Trend(ReadinessCalculator calculator) {
        this.calculator = calculator;
    }

    /** The trend of {@code replay} for {@code role}, with periods of local dates in {@code zone}. */
    public List<TrendPoint> of(HistoryReplay replay, Role role, TrendPeriod every, ZoneId zone) {
        List<TrendPoint> points = new ArrayList<>();
        HistoryReplay.Cursor cursor = replay.cursor();
        List<RatingChange> timeline = replay.timeline();
        int i = 0;
        while (i < timeline.size()) {
            Instant at = timeline.get(i).at();
            LocalDate start = every.startOf(LocalDate.ofInstant(at, zone));
            Instant end = every.end(start, zone);
            while (!at.isBefore(end)) { // a fall-back at midnight repeats local times after the next day began
                start = every.nextStart(start);
                end = every.end(start, zone);
            }
            int before = cursor.applied();
            cursor.advanceBefore(end);
            i = cursor.applied();
            points.add(new TrendPoint(every.periodId(start), start, end, i - before,
                    calculator.scores(role, cursor.levels())));
        }
        return points;
    }
}
