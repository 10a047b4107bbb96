package dev.skillradar.assessment;

import dev.skillradar.catalog.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Readiness over time: one {@link TrendPoint} per period in which ratings (or, on a basis with checks, ticks)
 * changed, with the readiness ({@link ReadinessCalculator#scores}, to the last bit) of the replayed state at the end
 * of that period. Periods
 * without a change are left out (the line simply continues); no history gives an empty list. One sweep over the
 * timeline that rescores only the changed units, so five years of daily changes on 2,200 skills take milliseconds.
 */
public final class Trend {
    private final ReadinessCalculator calculator;

    public Trend(ReadinessCalculator calculator) {
        this.calculator = calculator;
    }

    /** The trend of {@code replay} for {@code role}, with periods of local dates in {@code zone}; scored on self-ratings. */
    public List<TrendPoint> of(HistoryReplay replay, Role role, TrendPeriod every, ZoneId zone) {
        return of(AssessmentTimeline.ofRatings(replay), Basis.SELF, role, every, zone);
    }

    /**
     * The trend of a profile's ratings and ticks scored on {@code basis} ({@link AssessmentTimeline#steps}: a period
     * has a point when an entry that counts on the basis falls in it; confirmations alone make none).
     */
    public List<TrendPoint> of(AssessmentTimeline timeline, Basis basis, Role role, TrendPeriod every, ZoneId zone) {
        List<TrendPoint> points = new ArrayList<>();
        ScoreTracker tracker = new ScoreTracker(calculator, role);
        List<AssessmentTimeline.Step> steps = timeline.steps(basis);
        int i = 0;
        while (i < steps.size()) {
            Instant at = steps.get(i).at();
            LocalDate start = every.startOf(LocalDate.ofInstant(at, zone));
            Instant end = every.end(start, zone);
            while (!at.isBefore(end)) { // a fall-back at midnight repeats local times after the next day began
                start = every.nextStart(start);
                end = every.end(start, zone);
            }
            int first = i;
            for (; i < steps.size() && steps.get(i).at().isBefore(end); i++) {
                tracker.set(steps.get(i).skillId(), steps.get(i).level());
            }
            points.add(new TrendPoint(every.periodId(start), start, end, steps.get(i - 1).at(), i - first,
                    tracker.scores()));
        }
        return points;
    }
}
