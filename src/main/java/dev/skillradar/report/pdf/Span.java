package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;

/** Cleaned text in one face, optionally a link: the unit the line breaker works on. */
record Span(String text, BundledFont face, String uri) {
    boolean sameStyle(Span other) {
        return face == other.face && java.util.Objects.equals(uri, other.uri);
    }
}
