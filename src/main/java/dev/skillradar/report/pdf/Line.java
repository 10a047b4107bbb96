package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.util.List;

/** One laid-out line: fragments of one style each at their x offset from the line's start. */
record Line(List<Frag> frags, float width) {
    static final Line EMPTY = new Line(List.of(), 0);

    /** Text of one face and link target, drawn with one showText. */
    record Frag(String text, BundledFont face, String uri, float x, float width) {
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        frags.forEach(f -> sb.append(f.text()));
        return sb.toString();
    }
}
