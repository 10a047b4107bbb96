package dev.skillradar.assessment;

import dev.skillradar.catalog.Role;
import java.util.List;
import java.util.Map;

/**
 * Readiness for one role, 0..100: overall, per area and per phase (null where nothing is targeted),
 * the ordered gaps, the time to ready and how many targeted units are at their target.
 */
public record Readiness(Role role, Double overall, Map<String, Double> byArea, Map<String, Double> byPhase,
                        List<Gap> gaps, MonthsRange monthsToReady, AtTarget atTarget) {
    public Readiness {
        byArea = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byArea));
        byPhase = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPhase));
        gaps = List.copyOf(gaps);
    }
}
