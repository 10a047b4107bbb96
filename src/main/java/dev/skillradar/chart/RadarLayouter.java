package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Computes a {@link RadarLayout}; the label placement itself is {@link LabelPlacer}'s. */
final class RadarLayouter {
    /**
     * The plot keeps at least this share of the half of the plot area's smaller side as its radius, however long
     * the labels are (labels that do not fit around it are shortened or hidden instead).
     */
    static final double MIN_RADIUS_SHARE = 0.4;
    private static final double SCALE = ChartSpec.SCALE_MAX;

    private RadarLayouter() {
    }

    static RadarLayout layout(ChartSpec spec, TextMeasure measure) {
        double font = spec.fontSize();
        Box bounds = new Box(0, 0, spec.size().width(), spec.size().height());
        Box frame = ChartParts.frame(spec.size(), font);
        TextBlock title = ChartParts.title(measure, spec.title(), font, frame);
        Box body = ChartParts.belowTitle(title, frame, font);
        Legend legend = Legend.layout(measure, ChartParts.legendEntries(spec), font, body);
        Box area = ChartParts.aboveLegend(legend, body, font);

        int n = spec.axes().size();
        Point c = area.centre();
        double half = Math.min(area.width(), area.height()) / 2;
        double[] angle = new double[n];
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            angle[i] = 2 * Math.PI * i / n;
            dx[i] = Math.sin(angle[i]);
            dy[i] = -Math.cos(angle[i]);
        }
        List<Series> shown = spec.series().stream().filter(Series::visible).toList();
        // with many axes markers shrink with the room between neighbouring spokes (not below 3)
        double markerSize = Math.min(ChartParts.markerSize(font),
                Math.max(3, 0.45 * MIN_RADIUS_SHARE * Math.min(area.width(), area.height()) * Math.PI / n));
        // a missing marker stays legible however many axes there are: it sits outside the plot, in its own ring
        double missingSize = Math.max(markerSize, 0.5 * font);
        double markerGap = 0.5 * missingSize + 3;
        double markerStep = missingSize + 3;
        // one ring of room for the missing markers, the same for every label: a wide label reaches over the
        // spokes of its neighbours, and the labels stay on one circle
        int missingMost = 0;
        for (int i = 0; i < n; i++) {
            int missing = 0;
            for (Series s : shown) {
                missing += s.values().get(i) == null ? 1 : 0;
            }
            missingMost = Math.max(missingMost, missing);
        }
        double extra = missingMost == 0 ? 0 : markerGap + missingMost * markerStep - markerStep / 2;
        List<String> texts = spec.axes().stream().map(spec::printedLabel).toList();
        LabelPlacer.Result placed = new LabelPlacer(measure, texts, dx, dy, extra, c, area, bounds,
                MIN_RADIUS_SHARE * half, Math.max(half - 0.25 * font, MIN_RADIUS_SHARE * half), 0.55 * font)
                .place(font);
        double r = placed.radius();

        List<RadarLayout.Spoke> spokes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double start = n > RadarLayout.DENSE_AXES ? r / SCALE : 0;
            spokes.add(new RadarLayout.Spoke(i, angle[i], at(c, dx[i], dy[i], start), at(c, dx[i], dy[i], r)));
        }
        List<RadarLayout.Ring> rings = rings(measure, font, c, r, dx, dy);
        List<RadarLayout.AxisLabel> labels = new ArrayList<>(n);
        List<RadarLayout.AxisHit> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Axis axis = spec.axes().get(i);
            LabelPlacer.Placed p = placed.labels().get(i);
            labels.add(new RadarLayout.AxisLabel(i, axis.id(), texts.get(i), axis.optional(), p.block(), p.visible(),
                    p.truncated(), p.anchor()));
            hits.add(new RadarLayout.AxisHit(i, wedge(c, angle[i], n, r + extra + 0.55 * font), p.block().box()));
        }
        List<RadarLayout.SeriesShape> series = new ArrayList<>();
        for (Series s : shown) {
            series.add(series(s, spec, c, r, dx, dy, markerSize, missingSize, markerGap, markerStep, shown));
        }
        Optional<TextBlock> titleBlock = Optional.ofNullable(title);
        List<Mark> marks = RadarMarks.of(bounds, titleBlock, font, rings, spokes, labels, series, legend);
        return new RadarLayout(spec.size(), titleBlock, c, r, placed.fontSize(), rings, spokes, labels, series,
                hits, legend, marks);
    }

    static Point at(Point c, double dx, double dy, double distance) {
        return new Point(c.x() + dx * distance, c.y() + dy * distance);
    }

    private static List<RadarLayout.Ring> rings(TextMeasure measure, double font, Point c, double r,
                                                double[] dx, double[] dy) {
        int n = dx.length;
        double size = Math.max(ChartSpec.MIN_FONT_SIZE, 0.85 * font);
        double tick = 0.35 * font;
        double halfStep = Math.PI / n;
        // the bisector of the first wedge, between axis 0 (up) and axis 1; with one or two axes, right of spoke 0
        double bx = n >= 3 ? Math.sin(halfStep) : 0;
        double by = n >= 3 ? -Math.cos(halfStep) : -1;
        List<RadarLayout.Ring> rings = new ArrayList<>();
        for (int level = 1; level <= SCALE; level++) {
            double rr = r * level / SCALE;
            List<Path> paths = new ArrayList<>();
            if (n >= 3) {
                List<Point> pts = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    pts.add(at(c, dx[i], dy[i], rr));
                }
                paths.add(Path.closed(pts));
            } else {
                for (int i = 0; i < n; i++) {
                    Point p = at(c, dx[i], dy[i], rr);
                    // perpendicular to the spoke: (-dy, dx)
                    paths.add(Path.segment(new Point(p.x() - dy[i] * tick, p.y() + dx[i] * tick),
                            new Point(p.x() + dy[i] * tick, p.y() - dx[i] * tick)));
                }
            }
            String text = Integer.toString(level);
            double w = measure.width(BundledFont.REGULAR, size, text);
            double h = measure.lineHeight(BundledFont.REGULAR, size);
            Box box;
            if (n >= 3) {
                // just inside the ring's edge on the bisector, by the box's half diagonal so the edge stays clear
                double d = rr * Math.cos(halfStep) - Math.hypot(w, h) / 2 - 1;
                Point mid = at(c, bx, by, Math.max(d, 0));
                box = new Box(mid.x() - w / 2, mid.y() - h / 2, w, h);
            } else {
                box = new Box(c.x() + tick + 3, c.y() - rr - h / 2, w, h);
            }
            TextBlock label = TextBlock.place(measure, BundledFont.REGULAR, size, List.of(text), HAlign.LEFT,
                    box.x(), box.y());
            Optional<Box> plate = n >= 3 && touchesSpoke(box.grow(1), c, r, dx, dy)
                    ? Optional.of(box.grow(1.5)) : Optional.empty();
            rings.add(new RadarLayout.Ring(level, rr, paths, label, plate));
        }
        return rings;
    }

    /** Whether the box meets spoke 0 or spoke 1, the two that bound the first wedge. */
    private static boolean touchesSpoke(Box box, Point c, double r, double[] dx, double[] dy) {
        for (int i = 0; i < 2; i++) {
            if (Segments.intersects(box, c, at(c, dx[i], dy[i], r))) {
                return true;
            }
        }
        return false;
    }

    /** The wedge around a spoke, out to {@code reach}: the centre and an arc of straight segments. */
    private static Path wedge(Point c, double angle, int n, double reach) {
        double half = Math.PI / n;
        int steps = Math.max(1, (int) Math.ceil(2 * half / (Math.PI / 12)));
        List<Point> pts = new ArrayList<>(steps + 2);
        pts.add(c);
        for (int k = 0; k <= steps; k++) {
            double a = angle - half + 2 * half * k / steps;
            pts.add(at(c, Math.sin(a), -Math.cos(a), reach));
        }
        return Path.closed(pts);
    }

    private static RadarLayout.SeriesShape series(Series s, ChartSpec spec, Point c, double r, double[] dx,
                                                  double[] dy, double markerSize, double missingSize, double markerGap,
                                                  double markerStep, List<Series> shown) {
        int n = dx.length;
        SeriesStyle style = SeriesStyle.of(s.kind(), spec.fontSize());
        Point[] pts = new Point[n];
        List<RadarLayout.ValueMark> markers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Double v = s.values().get(i);
            if (v != null) {
                pts[i] = at(c, dx[i], dy[i], r * v / SCALE);
                markers.add(new RadarLayout.ValueMark(i, v,
                        new Marker(pts[i], style.marker(), markerSize, style.markerFilled(), false)));
            } else {
                // stacked outward in the order the series are given, when several miss the same axis
                int slot = 0;
                for (Series other : shown) {
                    if (other == s) {
                        break;
                    }
                    slot += other.values().get(i) == null ? 1 : 0;
                }
                Point p = at(c, dx[i], dy[i], r + markerGap + slot * markerStep);
                markers.add(new RadarLayout.ValueMark(i, null, new Marker(p, style.marker(), missingSize, false, true)));
            }
        }
        List<Path> lines = lines(pts);
        boolean complete = !s.hasMissing();
        Optional<Path> fill = s.kind() == SeriesKind.CURRENT && complete && n >= 3
                ? Optional.of(Path.closed(List.of(pts))) : Optional.empty();
        return new RadarLayout.SeriesShape(s.id(), s.label(), s.kind(), style, lines, fill, markers);
    }

    /** The runs of neighbouring present values, around the circle; one closed path when none is missing. */
    static List<Path> lines(Point[] pts) {
        int n = pts.length;
        List<Path> lines = new ArrayList<>();
        int firstMissing = -1;
        for (int i = 0; i < n; i++) {
            if (pts[i] == null) {
                firstMissing = i;
                break;
            }
        }
        if (firstMissing < 0) {
            if (n >= 3) {
                lines.add(Path.closed(List.of(pts)));
            } else if (n == 2) {
                lines.add(Path.open(List.of(pts))); // one segment; closing it would draw it twice
            }
            return lines;
        }
        List<Point> run = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            Point p = pts[(firstMissing + k) % n];
            if (p != null) {
                run.add(p);
            } else {
                if (run.size() >= 2) {
                    lines.add(Path.open(run));
                }
                run = new ArrayList<>();
            }
        }
        if (run.size() >= 2) {
            lines.add(Path.open(run));
        }
        return lines;
    }
}
