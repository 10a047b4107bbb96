package dev.skillradar.chart;

/**
 * The role of a colour in a picture; a {@link ChartPalette} maps each role to a colour, so that the layout says
 * what a mark is and each renderer only looks its colour up.
 */
public enum Ink {
    BACKGROUND,
    /** Rings, spokes and gridlines: quiet, decoration rather than data. */
    GRID,
    TEXT,
    /** Secondary text (scale numbers, optional axes, hidden legend items); still readable (4.5:1). */
    TEXT_MUTED,
    CURRENT,
    /** The light area under the current profile, a solid colour (no alpha) so that print stays vector. */
    CURRENT_FILL,
    TARGET,
    COMPARE
}
