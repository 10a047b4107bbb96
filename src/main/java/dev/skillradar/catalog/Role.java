package dev.skillradar.catalog;

import java.util.Map;

/**
 * A target role with the article's experience and salary band, and a target level per skill.
 * The targets are the app's judgement (documented in {@code targetsNote}), not the article's.
 * {@code yearsMax} and {@code salaryMax} may be null (open-ended).
 */
public record Role(
        String id,
        LocalizedText name,
        int yearsMin,
        Integer yearsMax,
        int salaryMin,
        Integer salaryMax,
        String currency,
        Map<String, Integer> targets,
        LocalizedText targetsNote) {

    public Role {
        targets = Map.copyOf(targets);
    }

    /** The target level for a skill; 0 where the role sets none. */
    public int target(String skillId) {
        return targets.getOrDefault(skillId, 0);
    }
}
