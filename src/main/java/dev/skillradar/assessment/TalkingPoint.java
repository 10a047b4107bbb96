package dev.skillradar.assessment;

/**
 * A unit rated by both the learner and a mentor (or a past self) whose levels differ by at least
 * {@link Radar#TALKING_POINT_DIFFERENCE}: something to talk about.
 */
public record TalkingPoint(RadarUnit unit, int learner, int other) {
    public String id() {
        return unit.id();
    }

    /** {@code other − learner}: positive where the other side rates higher. */
    public int difference() {
        return other - learner;
    }
}
