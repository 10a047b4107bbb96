package dev.skillradar.chart;

import java.util.List;

/**
 * How a line is stroked: width and dash pattern in chart units (on, off, on, off ...; empty for solid) and the
 * cap, so that a dotted line is the same dots in every renderer.
 */
public record LineStyle(double width, List<Double> dash, Cap cap) {
    /** Line ends; ROUND turns short dashes into dots. */
    public enum Cap { BUTT, ROUND }

    public LineStyle {
        dash = List.copyOf(dash);
        if (!(width > 0)) {
            throw new IllegalArgumentException("a line needs a positive width, got " + width);
        }
        if (dash.size() % 2 != 0 || dash.stream().anyMatch(d -> !(d >= 0))) {
            throw new IllegalArgumentException("a dash pattern is pairs of non-negative lengths, got " + dash);
        }
    }

    public static LineStyle solid(double width) {
        return new LineStyle(width, List.of(), Cap.BUTT);
    }

    public boolean isSolid() {
        return dash.isEmpty();
    }
}
