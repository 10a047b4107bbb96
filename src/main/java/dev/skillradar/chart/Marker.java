package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A value marker: a shape of a given size centred on a point, filled or hollow (a hollow marker is filled with
 * the background so that lines do not show through). A missing-value marker is the series' shape, hollow and
 * struck through, drawn outside the scale so that it can never be read as a value.
 */
public record Marker(Point centre, MarkerShape shape, double size, boolean filled, boolean missing) {

    /** The marks that draw this marker in {@code ink}. */
    public List<Mark> marks(Ink ink, double strokeWidth) {
        Geometry outline = shape.outline(centre, size);
        List<Mark> marks = new ArrayList<>(3);
        if (filled && !missing) {
            marks.add(new Mark.Fill(outline, ink));
            return marks;
        }
        LineStyle line = LineStyle.solid(strokeWidth);
        marks.add(new Mark.Fill(outline, Ink.BACKGROUND));
        marks.add(new Mark.Stroke(outline, ink, line));
        if (missing) {
            double h = size * 0.75;
            marks.add(new Mark.Stroke(Path.segment(new Point(centre.x() - h, centre.y() + h),
                    new Point(centre.x() + h, centre.y() - h)), ink, line));
        }
        return marks;
    }
}
