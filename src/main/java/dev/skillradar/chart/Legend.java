package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend of a chart, laid out once for every renderer: one item per series (a sample of its line with its
 * marker, then its label), and a key for the missing-value marker when the chart shows one. Items are centred
 * in rows at the bottom of the picture, wrapping to a new row when the width runs out.
 */
public record Legend(List<Item> items, Box box) {
    public Legend {
        items = List.copyOf(items);
    }

    /**
     * One legend entry. {@code seriesId} is null for the missing-value key. {@code box} is the whole item, the
     * window's click/focus target for showing and hiding the series.
     */
    public record Item(String seriesId, String label, SeriesStyle style, boolean visible, Box box,
                       Path sample, Marker marker, TextBlock text) {
        public boolean isMissingKey() {
            return seriesId == null;
        }

        /** A hidden series' entry is drawn in the muted ink, its marker hollow. */
        public Ink ink() {
            return visible ? style.ink() : Ink.TEXT_MUTED;
        }

        void addMarks(List<Mark> marks) {
            if (!isMissingKey()) {
                marks.add(new Mark.Stroke(sample, ink(), style.line()));
            }
            marks.addAll(marker.marks(ink(), Math.max(1.25, style.line().width() * 0.6)));
            marks.add(new Mark.Text(text, visible ? Ink.TEXT : Ink.TEXT_MUTED));
        }
    }

    /** The entry to lay out: a series, or the missing-value key when {@code seriesId} is null. */
    record Entry(String seriesId, String label, SeriesStyle style, boolean visible) {
    }

    /** No legend: an empty row at the bottom of the frame. */
    static Legend none(Box frame) {
        return new Legend(List.of(), new Box(frame.x(), frame.maxY(), frame.width(), 0));
    }

    /** Lays the entries out in rows centred at the bottom of {@code frame}. */
    static Legend layout(TextMeasure measure, List<Entry> entries, double fontSize, Box frame) {
        if (entries.isEmpty()) {
            return none(frame);
        }
        double size = Math.max(ChartSpec.MIN_FONT_SIZE, fontSize * 0.95);
        double lineHeight = measure.lineHeight(BundledFont.REGULAR, size);
        double sampleWidth = 2.2 * size;
        double gapAfterSample = 0.5 * size;
        double itemGap = 1.4 * size;
        double rowHeight = Math.max(lineHeight, size * 1.1);
        double textMax = Math.max(frame.width() - sampleWidth - gapAfterSample, size * 4);

        List<List<double[]>> rows = new ArrayList<>();
        List<double[]> row = new ArrayList<>();
        List<TextWrap.Wrapped> texts = new ArrayList<>();
        double rowWidth = 0;
        for (Entry e : entries) {
            TextWrap.Wrapped t = TextWrap.wrap(measure, BundledFont.REGULAR, size, e.label(), textMax, 1);
            texts.add(t);
            double w = sampleWidth + gapAfterSample + t.width();
            if (!row.isEmpty() && rowWidth + itemGap + w > frame.width()) {
                rows.add(row);
                row = new ArrayList<>();
                rowWidth = 0;
            }
            rowWidth += (row.isEmpty() ? 0 : itemGap) + w;
            row.add(new double[] {w, texts.size() - 1});
        }
        rows.add(row);

        double top = frame.maxY() - rows.size() * rowHeight;
        List<Item> items = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<double[]> cells = rows.get(r);
            double total = -itemGap;
            for (double[] c : cells) {
                total += itemGap + c[0];
            }
            double x = frame.x() + (frame.width() - total) / 2;
            double y = top + r * rowHeight;
            double mid = y + rowHeight / 2;
            for (double[] c : cells) {
                int index = (int) c[1];
                Entry e = entries.get(index);
                Path sample = Path.segment(new Point(x, mid), new Point(x + sampleWidth, mid));
                boolean hollow = !e.visible() || !e.style().markerFilled();
                Marker marker = new Marker(new Point(x + sampleWidth / 2, mid), e.style().marker(), size * 0.62,
                        !hollow, e.seriesId() == null);
                TextBlock text = TextBlock.place(measure, BundledFont.REGULAR, size, texts.get(index).lines(),
                        HAlign.LEFT, x + sampleWidth + gapAfterSample, mid - lineHeight / 2);
                items.add(new Item(e.seriesId(), e.label(), e.style(), e.visible(),
                        new Box(x, y, c[0], rowHeight), sample, marker, text));
                x += c[0] + itemGap;
            }
        }
        return new Legend(items, new Box(frame.x(), top, frame.width(), rows.size() * rowHeight));
    }

    List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (Item item : items) {
            item.addMarks(marks);
        }
        return marks;
    }
}
