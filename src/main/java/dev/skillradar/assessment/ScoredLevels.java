package dev.skillradar.assessment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that applies a scoring {@link Basis}: it turns self-ratings and check-based levels into the levels
 * map that {@link ReadinessCalculator}, {@link Radar} and {@link Trend} take (skill id to level, absent = counts 0,
 * shown as "not rated"). A group still takes its best member's level, now of these scored levels.
 * <ul>
 *   <li>SELF: the ratings as they are;</li>
 *   <li>CHECKS: the check-based level of every skill with a tick ({@link CheckedLevels#of});</li>
 *   <li>LOWER: for every skill rated or ticked, {@code min(rating, checked)}, either side counting 0 where absent.</li>
 * </ul>
 * Pure.
 */
public final class ScoredLevels {
    private ScoredLevels() {
    }

    /**
     * @param self    skill id to self-rating (absent = not rated)
     * @param checked skill id to check-based level, for the skills with a tick ({@link CheckedLevels#of})
     */
    public static Map<String, Integer> of(Basis basis, Map<String, Integer> self, Map<String, Integer> checked) {
        return switch (basis) {
            case SELF -> Map.copyOf(self);
            case CHECKS -> Map.copyOf(checked);
            case LOWER -> {
                Set<String> skills = new HashSet<>(self.keySet());
                skills.addAll(checked.keySet());
                Map<String, Integer> out = new HashMap<>();
                for (String s : skills) {
                    out.put(s, lower(self.get(s), checked.get(s)));
                }
                yield Map.copyOf(out);
            }
        };
    }

    /** The scored level of one skill: {@code self} or {@code checked} may be null (not rated, nothing ticked). */
    public static int level(Basis basis, Integer self, Integer checked) {
        return switch (basis) {
            case SELF -> self == null ? 0 : self;
            case CHECKS -> checked == null ? 0 : checked;
            case LOWER -> lower(self, checked);
        };
    }

    private static int lower(Integer self, Integer checked) {
        return Math.min(self == null ? 0 : self, checked == null ? 0 : checked);
    }
}
