package dev.skillradar.report.pdf;

import java.util.Objects;

/**
 * Paper and margins. Margins are in millimetres and never below {@link #MIN_MARGIN_MM}: most office printers
 * cannot print closer to the edge, and the running header and footer sit inside the margins' box.
 */
public record PageSetup(Paper paper, double topMm, double rightMm, double bottomMm, double leftMm) {
    /** The smallest margin allowed on any side, in millimetres. */
    public static final double MIN_MARGIN_MM = 15;
    static final double POINTS_PER_MM = 72 / 25.4;

    /** Paper sizes, in PostScript points (1/72 inch). */
    public enum Paper {
        A4(595.2756f, 841.8898f),
        US_LETTER(612f, 792f);

        final float width;
        final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }
    }

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        for (double m : new double[] {topMm, rightMm, bottomMm, leftMm}) {
            if (!(m >= MIN_MARGIN_MM) || m > 60) {
                throw new IllegalArgumentException("margins are " + MIN_MARGIN_MM + " to 60 mm, not " + m);
            }
        }
    }

    /** A4 with the report's default margins. */
    public static PageSetup a4() {
        return defaults(Paper.A4);
    }

    /** US Letter with the report's default margins. */
    public static PageSetup usLetter() {
        return defaults(Paper.US_LETTER);
    }

    /** The default margins (18 mm top and bottom, 20 mm at the sides) on {@code paper}. */
    public static PageSetup defaults(Paper paper) {
        return new PageSetup(paper, 18, 20, 18, 20);
    }

    /** The width between the side margins, in points: the width a figure may use. */
    public double bodyWidth() {
        return paper.width - (leftMm + rightMm) * POINTS_PER_MM;
    }

    float top() {
        return (float) (topMm * POINTS_PER_MM);
    }

    float bottom() {
        return (float) (bottomMm * POINTS_PER_MM);
    }

    float left() {
        return (float) (leftMm * POINTS_PER_MM);
    }

    float right() {
        return (float) (rightMm * POINTS_PER_MM);
    }
}
