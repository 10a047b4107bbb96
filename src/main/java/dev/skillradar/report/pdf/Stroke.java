package dev.skillradar.report.pdf;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a path's outline is drawn on a {@link Canvas}: a solid colour, a width in points, an optional dash, and
 * butt or round line ends (round ends turn very short dashes into dots, as a chart's dotted series needs).
 */
public final class Stroke {
    private final Rgb colour;
    private final double width;
    private final double[] dash;
    private final boolean roundCaps;

    private Stroke(Rgb colour, double width, double[] dash, boolean roundCaps) {
        Objects.requireNonNull(colour, "colour");
        if (!(width > 0) || width > 100) {
            throw new IllegalArgumentException("a line is 0 to 100 points wide, not " + width);
        }
        for (double d : dash) {
            if (!(d >= 0) || d > 1000) {
                throw new IllegalArgumentException("dash lengths are 0 to 1000 points, not " + d);
            }
        }
        if (dash.length > 0 && Arrays.stream(dash).sum() == 0) {
            throw new IllegalArgumentException("a dash pattern needs a length above 0");
        }
        this.colour = colour;
        this.width = width;
        this.dash = dash;
        this.roundCaps = roundCaps;
    }

    public static Stroke solid(Rgb colour, double width) {
        return new Stroke(colour, width, new double[0], false);
    }

    /** Dashes and gaps alternate: {@code dashed(c, 1, 3, 2)} is 3 on, 2 off. */
    public static Stroke dashed(Rgb colour, double width, double... pattern) {
        return new Stroke(colour, width, pattern.clone(), false);
    }

    /** The same line with round ends. */
    public Stroke withRoundCaps() {
        return new Stroke(colour, width, dash, true);
    }

    public boolean roundCaps() {
        return roundCaps;
    }

    public Rgb colour() {
        return colour;
    }

    public double width() {
        return width;
    }

    public double[] dash() {
        return dash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stroke s && s.colour.equals(colour) && s.width == width && Arrays.equals(s.dash, dash)
                && s.roundCaps == roundCaps;
    }

    @Override
    public int hashCode() {
        return Objects.hash(colour, width, Arrays.hashCode(dash), roundCaps);
    }

    @Override
    public String toString() {
        return "Stroke[" + colour + ", " + width + (dash.length > 0 ? ", dash " + Arrays.toString(dash) : "")
                + (roundCaps ? ", round caps" : "") + "]";
    }
}
