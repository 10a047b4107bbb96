package dev.skillradar.assessment;

import java.util.Optional;

/**
 * What readiness, the radar and the trend score a skill at: the self-rating, the check-based level, or the lower
 * of the two. A profile setting; {@link ScoredLevels} is the one place that applies it.
 */
public enum Basis {
    /** The self-rating (not rated counts 0): how SkillRadar always scored. */
    SELF("self"),
    /** The check-based level: the highest level whose statements, and all below, are ticked. */
    CHECKS("checks"),
    /** The smaller of the self-rating and the check-based level. */
    LOWER("lower");

    private final String id;

    Basis(String id) {
        this.id = id;
    }

    /** "self", "checks" or "lower": as stored, exported and typed on the command line. */
    public String id() {
        return id;
    }

    public static Optional<Basis> fromId(String id) {
        for (Basis b : values()) {
            if (b.id.equals(id)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** True when the basis needs the catalogue's check statements. */
    public boolean usesChecks() {
        return this != SELF;
    }
}
