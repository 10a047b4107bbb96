package dev.skillradar.assessment;

import dev.skillradar.catalog.Role;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness for one role, 0..100, without gaps or time to ready: overall, per area and per phase in catalogue
 * order (null where nothing is targeted), as {@link ReadinessCalculator#scores} computes it.
 */
public record ReadinessScores(Role role, Double overall, Map<String, Double> byArea, Map<String, Double> byPhase) {
    public ReadinessScores {
        byArea = Collections.unmodifiableMap(new LinkedHashMap<>(byArea));
        byPhase = Collections.unmodifiableMap(new LinkedHashMap<>(byPhase));
    }
}
