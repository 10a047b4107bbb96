package dev.skillradar.assessment;

import dev.skillradar.catalog.Area;

/**
 * One axis of the area radar: the unweighted mean level over the area's radar units (a unit not rated counts
 * 0; {@code value} is null when no unit is rated) and the mean of their targets. {@code optional}: every skill of
 * the area is optional (Language). {@code ratedUnits} of {@code units} are rated.
 */
public record AreaAxis(Area area, boolean optional, Double value, double target, int units, int ratedUnits) {
    public String id() {
        return area.id();
    }

    /** {@code max(0, target − value)}; null when the value is missing. */
    public Double gap() {
        return value == null ? null : Math.max(0, target - value);
    }
}
