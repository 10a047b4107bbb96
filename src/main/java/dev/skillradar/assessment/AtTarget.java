package dev.skillradar.assessment;

/**
 * How many of the units a role targets are at (or above) their target: "12 of 29". A unit is what readiness
 * counts ({@link ReadinessCalculator#units()}): an any-of group counts once, at its best member, and optional
 * skills not at all; units the role sets no target for (target 0) are in neither number.
 */
public record AtTarget(int met, int of) {
    public AtTarget {
        if (met < 0 || of < met) {
            throw new IllegalArgumentException("met must be 0.." + of + ", got " + met);
        }
    }

    public boolean all() {
        return met == of;
    }
}
