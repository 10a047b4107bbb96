package dev.skillradar.report;

import dev.skillradar.text.RadarTexts;
import java.util.Map;
import java.util.Objects;

/**
 * What the report compares the learner with: their own ratings at a past moment, or another profile (a mentor's
 * view, imported), as the radar words it, with that comparison's levels (skill id to level, absent = not rated).
 */
public record Comparison(RadarTexts.Compared compared, Map<String, Integer> levels) {
    public Comparison {
        Objects.requireNonNull(compared, "compared");
        levels = Map.copyOf(levels);
    }
}
