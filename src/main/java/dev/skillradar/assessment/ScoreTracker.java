package dev.skillradar.assessment;

import dev.skillradar.catalog.Role;
import java.util.HashMap;
import java.util.Map;

/**
 * Readiness of a state that changes one skill at a time (a replay sweeping five years of history): each change
 * recomputes only its own unit's {@code w·min(rating, target)}, and each reading sums the kept contributions in
 * unit order, so the figures are bit for bit those of {@link ReadinessCalculator#scores} for the same state, at a
 * fraction of the cost. Not thread-safe.
 */
final class ScoreTracker {
    private final ReadinessCalculator calculator;
    private final Role role;
    private final Map<String, Integer> levels = new HashMap<>();
    private final int[] targets;
    private final double[] reached;
    private final double[] wanted;

    /** Starts with nothing rated. */
    ScoreTracker(ReadinessCalculator calculator, Role role) {
        this.calculator = calculator;
        this.role = role;
        int n = calculator.units().size();
        targets = new int[n];
        reached = new double[n];
        wanted = new double[n];
        for (int i = 0; i < n; i++) {
            ScoredUnit u = calculator.units().get(i);
            targets[i] = u.target(role);
            reached[i] = u.weight() * Math.min(0, targets[i]);
            wanted[i] = u.weight() * targets[i];
        }
    }

    /** A skill's new level; optional skills and skills outside the catalogue change nothing. */
    void set(String skillId, int level) {
        levels.put(skillId, level);
        int i = calculator.unitIndex(skillId);
        if (i >= 0) {
            ScoredUnit u = calculator.units().get(i);
            reached[i] = u.weight() * Math.min(u.rating(levels), targets[i]);
        }
    }

    ReadinessScores scores() {
        return calculator.sum(role, reached, wanted);
    }
}
