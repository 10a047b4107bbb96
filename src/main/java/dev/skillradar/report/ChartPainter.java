package dev.skillradar.report;

import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.Circle;
import dev.skillradar.chart.Drawing;
import dev.skillradar.chart.Geometry;
import dev.skillradar.chart.LineStyle;
import dev.skillradar.chart.Mark;
import dev.skillradar.chart.Path;
import dev.skillradar.chart.Point;
import dev.skillradar.chart.TextLine;
import dev.skillradar.report.pdf.Align;
import dev.skillradar.report.pdf.Canvas;
import dev.skillradar.report.pdf.Figure;
import dev.skillradar.report.pdf.Rgb;
import dev.skillradar.report.pdf.Stroke;
import java.util.List;

/**
 * Paints a chart's display list ({@link Drawing#marks()}) onto the report's {@link Canvas} as vector paths and
 * text, mark by mark and in order, like the PNG renderer does with Java2D: no layout here, so the report shows
 * the same radar and trend as the window. Colours come from the palette as solid sRGB (the fill is pre-blended);
 * round line caps keep the dotted comparison line dotted. Lives in {@code report} so that {@code chart} does not
 * depend on the PDF engine.
 */
public final class ChartPainter {
    private ChartPainter() {
    }

    /** A figure of the drawing at its own size in points (the engine scales it down to the column if needed). */
    public static Figure figure(Drawing drawing, ChartPalette palette, String caption) {
        return new Figure(drawing.size().width(), drawing.size().height(), canvas -> paint(canvas, drawing, palette),
                caption);
    }

    /** Draws every mark of {@code drawing} with {@code palette}'s colours. */
    public static void paint(Canvas canvas, Drawing drawing, ChartPalette palette) {
        for (Mark mark : drawing.marks()) {
            if (mark instanceof Mark.Fill fill) {
                trace(canvas, fill.shape());
                canvas.fill(colour(palette, fill.ink()));
            } else if (mark instanceof Mark.Stroke line) {
                trace(canvas, line.shape());
                canvas.stroke(stroke(colour(palette, line.ink()), line.style()));
            } else if (mark instanceof Mark.Text text) {
                Rgb ink = colour(palette, text.ink());
                for (TextLine l : text.block().lines()) {
                    canvas.text(l.text(), l.x(), l.baseline(), text.block().font(), text.block().size(), ink, Align.LEFT);
                }
            }
        }
    }

    private static void trace(Canvas canvas, Geometry shape) {
        if (shape instanceof Circle c) {
            canvas.circle(c.centre().x(), c.centre().y(), c.radius());
            return;
        }
        Path p = (Path) shape;
        List<Point> pts = p.points();
        canvas.moveTo(pts.get(0).x(), pts.get(0).y());
        for (int i = 1; i < pts.size(); i++) {
            canvas.lineTo(pts.get(i).x(), pts.get(i).y());
        }
        if (p.closed()) {
            canvas.closePath();
        }
    }

    static Stroke stroke(Rgb colour, LineStyle style) {
        Stroke s;
        if (style.isSolid()) {
            s = Stroke.solid(colour, style.width());
        } else {
            double[] dash = style.dash().stream().mapToDouble(Double::doubleValue).toArray();
            s = Stroke.dashed(colour, style.width(), dash);
        }
        return style.cap() == LineStyle.Cap.ROUND ? s.withRoundCaps() : s;
    }

    static Rgb colour(ChartPalette palette, dev.skillradar.chart.Ink ink) {
        return Rgb.of(palette.colour(ink).toInt());
    }
}
