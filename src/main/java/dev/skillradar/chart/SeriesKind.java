package dev.skillradar.chart;

/** What a data series of a chart stands for; a chart holds at most one series of each kind. */
public enum SeriesKind {
    /** The learner's current ratings: solid line, filled circles, light fill (radar). */
    CURRENT,
    /** The role's target levels: dashed line, hollow squares. */
    TARGET,
    /** A comparison (an earlier snapshot or another profile): dotted line, filled triangles. */
    COMPARE
}
