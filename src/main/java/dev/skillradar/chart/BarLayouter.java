package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Computes a {@link BarLayout}. */
final class BarLayouter {
    private BarLayouter() {
    }

    static BarLayout layout(ChartSpec spec, TextMeasure measure) {
        double font = spec.fontSize();
        Box bounds = new Box(0, 0, spec.size().width(), spec.size().height());
        Box frame = ChartParts.frame(spec.size(), font);
        TextBlock title = ChartParts.title(measure, spec.title(), font, frame);
        Box body = ChartParts.belowTitle(title, frame, font);
        Legend legend = Legend.layout(measure, ChartParts.legendEntries(spec), font, body);
        Box area = ChartParts.aboveLegend(legend, body, font);

        int n = spec.axes().size();
        List<Series> shown = spec.series().stream().filter(Series::visible).toList();
        double markerSize = ChartParts.markerSize(font);
        boolean anyMissing = shown.stream().anyMatch(Series::hasMissing);
        double lineHeight = measure.lineHeight(BundledFont.REGULAR, font);
        double tickSize = Math.max(ChartSpec.MIN_FONT_SIZE, 0.85 * font);
        double tickBand = measure.lineHeight(BundledFont.REGULAR, tickSize) + 0.4 * font;
        double subRow = 1.5 * font;
        double available = area.height() - tickBand;
        int maxLines = available / n >= 3 * lineHeight + font ? 2 : 1;

        List<String> texts = spec.axes().stream().map(spec::printedLabel).toList();
        List<TextWrap.Wrapped> wraps = new ArrayList<>(n);
        double labelWidth = 0;
        for (String t : texts) {
            TextWrap.Wrapped w = TextWrap.wrap(measure, BundledFont.REGULAR, font, t, 0.35 * area.width(), maxLines);
            wraps.add(w);
            labelWidth = Math.max(labelWidth, w.width());
        }
        double comfortable = Math.max(maxLines * lineHeight, Math.max(1, shown.size()) * subRow) + 1.2 * font;
        double rowHeight = Math.min(comfortable, available / n);
        double blockHeight = tickBand + n * rowHeight;
        double top = area.y() + (area.height() - blockHeight) / 2;
        double zeroX = area.x() + labelWidth + font;
        double right = area.maxX() - (anyMissing ? markerSize + font : markerSize / 2 + 2);
        double unit = Math.max(1, (right - zeroX) / ChartSpec.SCALE_MAX);
        double rowsTop = top + tickBand;
        double rowsBottom = rowsTop + n * rowHeight;

        List<BarLayout.Tick> ticks = new ArrayList<>();
        for (int level = ChartSpec.SCALE_MIN; level <= ChartSpec.SCALE_MAX; level++) {
            double x = zeroX + level * unit;
            String text = Integer.toString(level);
            double w = measure.width(BundledFont.REGULAR, tickSize, text);
            ticks.add(new BarLayout.Tick(level, Path.segment(new Point(x, rowsTop), new Point(x, rowsBottom)),
                    TextBlock.place(measure, BundledFont.REGULAR, tickSize, List.of(text), HAlign.CENTER, x - w / 2, top)));
        }

        List<BarLayout.Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double y = rowsTop + i * rowHeight;
            TextWrap.Wrapped w = wraps.get(i);
            double h = w.lines().size() * lineHeight;
            TextBlock label = TextBlock.place(measure, BundledFont.REGULAR, font, w.lines(), HAlign.RIGHT,
                    zeroX - font - w.width(), y + (rowHeight - h) / 2);
            double sub = Math.min(subRow, rowHeight / Math.max(1, shown.size()));
            double firstCentre = y + (rowHeight - sub * shown.size()) / 2 + sub / 2;
            List<BarLayout.Bar> bars = new ArrayList<>();
            for (int k = 0; k < shown.size(); k++) {
                Series s = shown.get(k);
                bars.add(bar(s, i, spec.fontSize(), zeroX, unit, firstCentre + k * sub, sub, markerSize, font));
            }
            Axis axis = spec.axes().get(i);
            rows.add(new BarLayout.Row(i, axis.id(), texts.get(i), axis.optional(), label, w.truncated(),
                    new Box(area.x(), y, area.width(), rowHeight), bars));
        }
        Optional<TextBlock> titleBlock = Optional.ofNullable(title);
        return new BarLayout(spec.size(), titleBlock, ticks, rows, zeroX, unit, legend,
                marks(bounds, titleBlock, font, ticks, rows, legend));
    }

    private static BarLayout.Bar bar(Series s, int axis, double fontSize, double zeroX, double unit, double cy,
                                     double sub, double markerSize, double font) {
        SeriesStyle style = SeriesStyle.of(s.kind(), fontSize);
        Double v = s.values().get(axis);
        if (v == null) {
            Point at = new Point(zeroX + ChartSpec.SCALE_MAX * unit + 0.5 * markerSize + 0.5 * font, cy);
            return new BarLayout.Bar(s.id(), s.kind(), style, null, Optional.empty(), Optional.empty(),
                    new Marker(at, style.marker(), markerSize, false, true));
        }
        double x = zeroX + v * unit;
        Optional<Path> line = v > 0 ? Optional.of(Path.segment(new Point(zeroX, cy), new Point(x, cy))) : Optional.empty();
        Optional<Box> fill = s.kind() == SeriesKind.CURRENT && v > 0
                ? Optional.of(new Box(zeroX, cy - sub * 0.35, x - zeroX, sub * 0.7)) : Optional.empty();
        return new BarLayout.Bar(s.id(), s.kind(), style, v, line, fill,
                new Marker(new Point(x, cy), style.marker(), markerSize, style.markerFilled(), false));
    }

    private static List<Mark> marks(Box bounds, Optional<TextBlock> title, double font, List<BarLayout.Tick> ticks,
                                    List<BarLayout.Row> rows, Legend legend) {
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Fill(Path.rectangle(bounds), Ink.BACKGROUND));
        for (BarLayout.Row row : rows) {
            for (BarLayout.Bar bar : row.bars()) {
                bar.fill().ifPresent(b -> marks.add(new Mark.Fill(Path.rectangle(b), Ink.CURRENT_FILL)));
            }
        }
        LineStyle grid = LineStyle.solid(ChartParts.gridWidth(font));
        for (BarLayout.Tick tick : ticks) {
            marks.add(new Mark.Stroke(tick.gridline(), Ink.GRID, grid));
            marks.add(new Mark.Text(tick.label(), Ink.TEXT_MUTED));
        }
        for (BarLayout.Row row : rows) {
            marks.add(new Mark.Text(row.label(), row.optional() ? Ink.TEXT_MUTED : Ink.TEXT));
            for (BarLayout.Bar bar : row.bars()) {
                bar.line().ifPresent(p -> marks.add(new Mark.Stroke(p, bar.style().ink(), bar.style().line())));
            }
            for (BarLayout.Bar bar : row.bars()) {
                marks.addAll(bar.marker().marks(bar.style().ink(), ChartParts.markerStroke(bar.style())));
            }
        }
        marks.addAll(legend.marks());
        title.ifPresent(t -> marks.add(new Mark.Text(t, Ink.TEXT)));
        return marks;
    }
}
