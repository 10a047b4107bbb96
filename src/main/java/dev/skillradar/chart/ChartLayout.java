package dev.skillradar.chart;

/**
 * The picture of a skill profile: a radar from three axes on, bars below that (a radar of one or two axes is
 * a point or a line and says nothing). Both come from one {@link ChartSpec} and draw with the same styles.
 */
public sealed interface ChartLayout extends Drawing permits RadarLayout, BarLayout {
    /** The smallest number of axes drawn as a radar. */
    int MIN_RADAR_AXES = 3;

    static ChartLayout of(ChartSpec spec, TextMeasure measure) {
        return spec.axes().size() >= MIN_RADAR_AXES ? RadarLayout.of(spec, measure) : BarLayout.of(spec, measure);
    }

    Legend legend();
}
