package dev.skillradar.chart;

/** One line of text, placed: {@code x} is where its first glyph starts, {@code baseline} its baseline's y. */
public record TextLine(String text, double x, double baseline, double width) {
}
