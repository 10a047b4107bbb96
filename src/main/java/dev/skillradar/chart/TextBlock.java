package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.List;

/** Lines of text already wrapped and placed in {@code box}; a renderer draws each line at its x and baseline. */
public record TextBlock(List<TextLine> lines, BundledFont font, double size, HAlign align, Box box) {
    public TextBlock {
        lines = List.copyOf(lines);
    }

    /** Places {@code lines} with the top-left corner of their box at (x, y). */
    public static TextBlock place(TextMeasure measure, BundledFont font, double size, List<String> lines,
                                  HAlign align, double x, double y) {
        double lineHeight = measure.lineHeight(font, size);
        double ascent = measure.ascent(font, size);
        double[] widths = new double[lines.size()];
        double width = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = measure.width(font, size, lines.get(i));
            width = Math.max(width, widths[i]);
        }
        List<TextLine> placed = new ArrayList<>(lines.size());
        for (int i = 0; i < widths.length; i++) {
            double lx = switch (align) {
                case LEFT -> x;
                case CENTER -> x + (width - widths[i]) / 2;
                case RIGHT -> x + width - widths[i];
            };
            placed.add(new TextLine(lines.get(i), lx, y + ascent + i * lineHeight, widths[i]));
        }
        return new TextBlock(placed, font, size, align, new Box(x, y, width, lineHeight * lines.size()));
    }

    /** The same block moved so that its box's top-left corner is at (x, y). */
    public TextBlock moveTo(double x, double y) {
        double dx = x - box.x();
        double dy = y - box.y();
        List<TextLine> moved = lines.stream()
                .map(l -> new TextLine(l.text(), l.x() + dx, l.baseline() + dy, l.width())).toList();
        return new TextBlock(moved, font, size, align, box.translate(dx, dy));
    }

    /** All lines joined by a space, as a screen reader or a test reads the block. */
    public String text() {
        return String.join(" ", lines.stream().map(TextLine::text).toList());
    }
}
