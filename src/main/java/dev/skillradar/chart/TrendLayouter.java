package dev.skillradar.chart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Computes a {@link TrendLayout}. */
final class TrendLayouter {
    private static final int[] PERCENTS = {0, 25, 50, 75, 100};
    /** The time range reaches this share of its span beyond the first and last reading, so markers clear the edges. */
    private static final double PAD_SHARE = 0.03;

    private TrendLayouter() {
    }

    static TrendLayout layout(TrendSpec spec, TextMeasure measure) {
        double font = spec.fontSize();
        Box bounds = new Box(0, 0, spec.size().width(), spec.size().height());
        Box frame = ChartParts.frame(spec.size(), font);
        TextBlock title = ChartParts.title(measure, spec.title(), font, frame);
        Box body = ChartParts.belowTitle(title, frame, font);
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < spec.series().size(); i++) {
            TrendSeries s = spec.series().get(i);
            entries.add(new Legend.Entry(s.id(), s.label(), SeriesStyle.trend(i, font), true));
        }
        Legend legend = Legend.layout(measure, entries, font, body);
        // the date labels sit right above the legend, so they get a wider gap than a radar's labels
        Box area = ChartParts.aboveLegend(legend, body, 1.6 * font);

        double small = Math.max(ChartSpec.MIN_FONT_SIZE, 0.85 * font);
        double lineHeight = measure.lineHeight(BundledFont.REGULAR, small);
        double yLabelWidth = 0;
        List<String> yTexts = new ArrayList<>();
        for (int p : PERCENTS) {
            String t = spec.percent().apply(p);
            yTexts.add(t);
            yLabelWidth = Math.max(yLabelWidth, measure.width(BundledFont.REGULAR, small, t));
        }
        double tickLength = 0.35 * font;
        double left = area.x() + yLabelWidth + 0.6 * font;
        double top = area.y() + lineHeight / 2;
        double bottom = area.maxY() - tickLength - 0.2 * font - lineHeight;
        // room on the right for half of a last date label centred on its tick
        double right = area.maxX() - 2.5 * font;
        Box plot = new Box(left, top, Math.max(1, right - left), Math.max(1, bottom - top));

        List<TrendPoint> all = spec.series().stream().flatMap(s -> s.points().stream()).toList();
        Instant start;
        Instant end;
        if (all.isEmpty()) {
            start = Instant.EPOCH;
            end = Instant.EPOCH.plus(Duration.ofDays(1));
        } else {
            Instant first = all.stream().map(TrendPoint::at).min(Instant::compareTo).orElseThrow();
            Instant last = all.stream().map(TrendPoint::at).max(Instant::compareTo).orElseThrow();
            Duration span = Duration.between(first, last);
            Duration pad = span.isZero() ? Duration.ofHours(84) : Duration.ofMillis((long) (span.toMillis() * PAD_SHARE));
            start = first.minus(pad);
            end = last.plus(pad);
        }
        double startMs = start.toEpochMilli();
        double spanMs = Math.max(1, end.toEpochMilli() - startMs);
        java.util.function.DoubleUnaryOperator xOf = ms -> plot.x() + (ms - startMs) / spanMs * plot.width();

        List<TrendLayout.YTick> yTicks = new ArrayList<>();
        for (int i = 0; i < PERCENTS.length; i++) {
            double y = plot.maxY() - PERCENTS[i] / 100.0 * plot.height();
            double w = measure.width(BundledFont.REGULAR, small, yTexts.get(i));
            yTicks.add(new TrendLayout.YTick(PERCENTS[i], Path.segment(new Point(plot.x(), y), new Point(plot.maxX(), y)),
                    TextBlock.place(measure, BundledFont.REGULAR, small, List.of(yTexts.get(i)), HAlign.RIGHT,
                            plot.x() - 0.6 * font - w, y - lineHeight / 2)));
        }

        List<TrendLayout.XTick> xTicks = new ArrayList<>();
        if (!all.isEmpty()) {
            for (TimeTicks.Tick t : TimeTicks.choose(start, end, spec.zone(), spec.ticks(), measure, small, xOf,
                    plot.width())) {
                double lx = Math.max(area.x(), Math.min(t.x() - t.width() / 2, area.maxX() - t.width()));
                xTicks.add(new TrendLayout.XTick(t.date(), t.unit(),
                        Path.segment(new Point(t.x(), plot.maxY()), new Point(t.x(), plot.maxY() + tickLength)),
                        TextBlock.place(measure, BundledFont.REGULAR, small, List.of(t.text()), HAlign.CENTER, lx,
                                plot.maxY() + tickLength + 0.2 * font)));
            }
        }

        double markerSize = ChartParts.markerSize(font);
        List<TrendLayout.Line> lines = new ArrayList<>();
        for (int i = 0; i < spec.series().size(); i++) {
            TrendSeries s = spec.series().get(i);
            SeriesStyle style = SeriesStyle.trend(i, font);
            List<TrendLayout.Reading> readings = new ArrayList<>();
            List<Point> pts = new ArrayList<>();
            for (TrendPoint p : s.points()) {
                Point at = new Point(xOf.applyAsDouble(p.at().toEpochMilli()), plot.maxY() - p.percent() / 100 * plot.height());
                pts.add(at);
                readings.add(new TrendLayout.Reading(p.at(), p.percent(),
                        new Marker(at, style.marker(), markerSize, style.markerFilled(), false)));
            }
            boolean markersDrawn = pts.size() < 2 || pts.size() * markerSize * 2.5 <= plot.width();
            lines.add(new TrendLayout.Line(s.id(), s.label(), style,
                    pts.size() >= 2 ? Optional.of(Path.open(pts)) : Optional.empty(), readings, markersDrawn));
        }

        Optional<TextBlock> empty = Optional.empty();
        if (all.isEmpty()) {
            TextWrap.Wrapped w = TextWrap.wrap(measure, BundledFont.REGULAR, font, spec.emptyMessage(), plot.width() * 0.8, 3);
            double h = w.lines().size() * measure.lineHeight(BundledFont.REGULAR, font);
            empty = Optional.of(TextBlock.place(measure, BundledFont.REGULAR, font, w.lines(), HAlign.CENTER,
                    plot.centre().x() - w.width() / 2, plot.centre().y() - h / 2));
        }
        Optional<TextBlock> titleBlock = Optional.ofNullable(title);
        return new TrendLayout(spec.size(), titleBlock, plot, start, end, yTicks, xTicks, lines, empty, legend,
                marks(bounds, titleBlock, font, yTicks, xTicks, lines, empty, legend));
    }

    private static List<Mark> marks(Box bounds, Optional<TextBlock> title, double font, List<TrendLayout.YTick> yTicks,
                                    List<TrendLayout.XTick> xTicks, List<TrendLayout.Line> lines,
                                    Optional<TextBlock> empty, Legend legend) {
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Fill(Path.rectangle(bounds), Ink.BACKGROUND));
        LineStyle grid = LineStyle.solid(ChartParts.gridWidth(font));
        for (TrendLayout.YTick t : yTicks) {
            marks.add(new Mark.Stroke(t.gridline(), Ink.GRID, grid));
            marks.add(new Mark.Text(t.label(), Ink.TEXT_MUTED));
        }
        for (TrendLayout.XTick t : xTicks) {
            marks.add(new Mark.Stroke(t.tick(), Ink.GRID, grid));
            marks.add(new Mark.Text(t.label(), Ink.TEXT_MUTED));
        }
        // the first series (overall) is painted last, on top
        for (int i = lines.size() - 1; i >= 0; i--) {
            TrendLayout.Line line = lines.get(i);
            line.path().ifPresent(p -> marks.add(new Mark.Stroke(p, line.style().ink(), line.style().line())));
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            TrendLayout.Line line = lines.get(i);
            if (line.markersDrawn()) {
                for (TrendLayout.Reading r : line.readings()) {
                    marks.addAll(r.marker().marks(line.style().ink(), ChartParts.markerStroke(line.style())));
                }
            }
        }
        empty.ifPresent(e -> {
            // a patch of background keeps the gridline at 50 % out of the message
            marks.add(new Mark.Fill(Path.rectangle(e.box().grow(0.3 * font)), Ink.BACKGROUND));
            marks.add(new Mark.Text(e, Ink.TEXT_MUTED));
        });
        marks.addAll(legend.marks());
        title.ifPresent(t -> marks.add(new Mark.Text(t, Ink.TEXT)));
        return marks;
    }
}
