package dev.skillradar.assessment;

import dev.skillradar.catalog.Roadmap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Drift over time: one point per period in which a rating or a tick changed ({@link AssessmentTimeline}), with the
 * {@link Drift} of the state at the end of that period (periods as in {@link Trend}). Points whose drift is null
 * (nothing rated and ticked yet) are kept, so a chart can show where the line starts. Pure.
 */
public final class DriftTrend {
    private final Roadmap roadmap;

    public DriftTrend(Roadmap roadmap) {
        this.roadmap = roadmap;
    }

    /** One point: the period, its end (exclusive), its last change and the drift then. */
    public record Point(String periodId, LocalDate periodStart, Instant end, Instant lastChange, int changes,
                        Drift drift) {
    }

    public List<Point> of(AssessmentTimeline timeline, TrendPeriod every, ZoneId zone) {
        List<AssessmentTimeline.Step> steps = timeline.steps(Basis.LOWER); // every entry that can move either side
        AssessmentTimeline.Cursor cursor = timeline.cursor();
        List<Point> points = new ArrayList<>();
        int i = 0;
        while (i < steps.size()) {
            Instant at = steps.get(i).at();
            LocalDate start = every.startOf(LocalDate.ofInstant(at, zone));
            Instant end = every.end(start, zone);
            while (!at.isBefore(end)) {
                start = every.nextStart(start);
                end = every.end(start, zone);
            }
            int first = i;
            while (i < steps.size() && steps.get(i).at().isBefore(end)) {
                i++;
            }
            cursor.advanceBefore(end);
            points.add(new Point(every.periodId(start), start, end, steps.get(i - 1).at(), i - first,
                    Drift.of(roadmap, cursor.self(), cursor.checked())));
        }
        return points;
    }
}
