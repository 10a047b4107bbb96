package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.util.List;

/**
 * Stand-ins for the real radar and line-chart renderers (written elsewhere): they exercise every part of the
 * {@link Canvas} (paths, curves, fills, dashes, text at points, text widths) the way a chart would.
 */
final class SamplePainters {
    static final Rgb INK = Rgb.of(0x1E2329);
    static final Rgb GRID = Rgb.of(0xC5CCD4);
    static final Rgb TARGET = Rgb.of(0x8A5A00);
    static final Rgb CURRENT = Rgb.of(0x1F4E79);

    private SamplePainters() {
    }

    /** A radar of {@code values} and {@code targets} (0..5) on labelled axes. */
    static Figure.Painter radar(List<String> axes, double[] values, double[] targets) {
        return c -> {
            double cx = c.width() / 2;
            double cy = c.height() / 2 + 4;
            double r = Math.min(c.width(), c.height()) / 2 - 34;
            int n = axes.size();
            for (int ring = 1; ring <= 5; ring++) {
                polygon(c, cx, cy, r * ring / 5, n, null);
                c.stroke(ring == 5 ? Stroke.solid(GRID, 0.6) : Stroke.dashed(GRID, 0.4, 1.5, 1.5));
            }
            for (int i = 0; i < n; i++) {
                double a = angle(i, n);
                c.moveTo(cx, cy).lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
                c.stroke(Stroke.solid(GRID, 0.4));
            }
            polygon(c, cx, cy, r / 5, n, targets);
            c.stroke(Stroke.dashed(TARGET, 1.1, 4, 2));
            polygon(c, cx, cy, r / 5, n, values);
            c.fillAndStroke(CURRENT.tint(0.18), Stroke.solid(CURRENT, 1.4));
            for (int i = 0; i < n; i++) {
                double a = angle(i, n);
                double lx = cx + (r + 10) * Math.cos(a);
                double ly = cy + (r + 10) * Math.sin(a) + 8 * Canvas.CAP_HEIGHT / 2;
                Align align = Math.abs(Math.cos(a)) < 0.2 ? Align.CENTER : Math.cos(a) > 0 ? Align.LEFT : Align.RIGHT;
                c.text(axes.get(i), lx, ly, BundledFont.REGULAR, 8, INK, align);
            }
            for (int i = 0; i < n; i++) {
                double a = angle(i, n);
                double v = values[i] * r / 5;
                c.circle(cx + v * Math.cos(a), cy + v * Math.sin(a), 1.8);
                c.fill(CURRENT);
            }
        };
    }

    /** A line chart of readiness (0..100) over {@code labels}. */
    static Figure.Painter lineChart(List<String> labels, double[] values, String legend) {
        return c -> {
            double left = 30;
            double right = c.width() - 8;
            double top = 10;
            double bottom = c.height() - 22;
            for (int pct = 0; pct <= 100; pct += 25) {
                double y = bottom - (bottom - top) * pct / 100;
                c.moveTo(left, y).lineTo(right, y);
                c.stroke(pct == 0 ? Stroke.solid(GRID, 0.7) : Stroke.dashed(GRID, 0.4, 2, 2));
                c.text(pct + " %", left - 4, y + 2.5, BundledFont.REGULAR, 7, INK, Align.RIGHT);
            }
            int n = labels.size();
            for (int i = 0; i < n; i++) {
                double x = left + (right - left) * i / Math.max(1, n - 1);
                double y = bottom - (bottom - top) * values[i] / 100;
                if (i == 0) {
                    c.moveTo(x, y);
                } else {
                    c.lineTo(x, y);
                }
            }
            c.stroke(Stroke.solid(CURRENT, 1.5));
            for (int i = 0; i < n; i++) {
                double x = left + (right - left) * i / Math.max(1, n - 1);
                double y = bottom - (bottom - top) * values[i] / 100;
                c.circle(x, y, 2.2);
                c.fillAndStroke(Rgb.WHITE, Stroke.solid(CURRENT, 1.2));
                c.text(labels.get(i), x, bottom + 12, BundledFont.REGULAR, 7, INK, Align.CENTER);
            }
            double w = c.textWidth(legend, BundledFont.BOLD, 7.5);
            c.rect(right - w - 16, top, w + 16, 12);
            c.fill(Rgb.WHITE);
            c.text(legend, right - 4, top + 9, BundledFont.BOLD, 7.5, CURRENT, Align.RIGHT);
        };
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static void polygon(Canvas c, double cx, double cy, double unit, int n, double[] values) {
        for (int i = 0; i < n; i++) {
            double v = values == null ? unit : values[i] * unit;
            double a = angle(i, n);
            double x = cx + v * Math.cos(a);
            double y = cy + v * Math.sin(a);
            if (i == 0) {
                c.moveTo(x, y);
            } else {
                c.lineTo(x, y);
            }
        }
        c.closePath();
    }
}
