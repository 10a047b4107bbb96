package dev.skillradar.assessment;

import dev.skillradar.catalog.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Readiness over time: one {@link TrendPoint} per period in which ratings changed, with the readiness
 * ({@link ReadinessCalculator#scores}, to the last bit) of the replayed state at the end of that period. Periods
 * without a change are left out (the line simply continues); no history gives an empty list. One sweep over the
 * timeline that rescores only the changed units, so five years of daily changes on 2,200 skills take milliseconds.
 */
public final class Trend {
    private final ReadinessCalculator calculator;

    public Trend(ReadinessCalculator calculator) {
        this.calculator = calculator;
    }

    /** The trend of {@code replay} for {@code role}, with periods of local dates in {@code zone}. */
    public List<TrendPoint> of(HistoryReplay replay, Role role, TrendPeriod every, ZoneId zone) {
        List<TrendPoint> points = new ArrayList<>();
        ScoreTracker tracker = new ScoreTracker(calculator, role);
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
            int first = i;
            for (; i < timeline.size() && timeline.get(i).at().isBefore(end); i++) {
                tracker.set(timeline.get(i).skillId(), timeline.get(i).newLevel());
            }
            points.add(new TrendPoint(every.periodId(start), start, end, timeline.get(i - 1).at(), i - first,
                    tracker.scores()));
        }
        return points;
    }
}
