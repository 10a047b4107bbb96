package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.util.ArrayList;
import java.util.List;

/** Wrapped lines of one paragraph in one style, aligned within a given width, drawn line by line. */
final class TextBox {
    private final List<Line> lines;
    private final TextStyle style;
    private final float width;
    private final Align align;

    TextBox(List<Line> lines, TextStyle style, float width, Align align) {
        this.lines = List.copyOf(lines);
        this.style = style;
        this.width = width;
        this.align = align;
    }

    /** Cleans and wraps {@code runs}: plain runs in the style's face, bold in bold, links in the regular face. */
    static TextBox of(List<Run> runs, TextStyle style, float width, Align align, Fonts fonts, TextCleaner cleaner) {
        List<Span> spans = new ArrayList<>(runs.size());
        for (Run run : runs) {
            BundledFont face = switch (run.kind()) {
                case BOLD -> BundledFont.BOLD;
                case LINK -> BundledFont.REGULAR;
                case PLAIN -> style.face();
            };
            spans.add(new Span(cleaner.text(run.text(), face), face, run.uri()));
        }
        return new TextBox(LineBreaker.wrap(spans, fonts, style.size(), width), style, width, align);
    }

    static TextBox of(String text, TextStyle style, float width, Fonts fonts, TextCleaner cleaner) {
        return of(List.of(Run.plain(text)), style, width, Align.LEFT, fonts, cleaner);
    }

    List<Line> lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    TextStyle style() {
        return style;
    }

    float lineHeight() {
        return style.lineHeight();
    }

    float height() {
        return lines.size() * style.lineHeight();
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) as a box of their own. */
    TextBox slice(int from, int to) {
        return new TextBox(lines.subList(from, to), style, width, align);
    }

    /** The widest line, for boxes that size themselves to their text. */
    float naturalWidth() {
        float w = 0;
        for (Line l : lines) {
            w = Math.max(w, l.width());
        }
        return w;
    }

    /** Draws line {@code i} with its box's left edge at {@code x} and the line's top at {@code top}. */
    void drawLine(PageDraw d, int i, float x, float top) {
        Line line = lines.get(i);
        float left = (float) align.left(align == Align.LEFT ? x : align == Align.CENTER ? x + width / 2 : x + width,
                line.width());
        float baseline = top + Theme.baseline(style.size(), style.leading());
        for (Line.Frag f : line.frags()) {
            Rgb colour = f.uri() != null ? Theme.LINK : style.colour();
            d.text(f.text(), f.face(), style.size(), colour, left + f.x(), baseline);
            if (f.uri() != null) {
                d.link(f.uri(), left + f.x(), baseline - style.size() * Theme.ASCENT, f.width(),
                        style.size() * (Theme.ASCENT + Theme.DESCENT));
            }
        }
    }

    void draw(PageDraw d, float x, float top) {
        for (int i = 0; i < lines.size(); i++) {
            drawLine(d, i, x, top + i * style.lineHeight());
        }
    }
}
