package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;

/**
 * A canvas that draws nothing and only counts the characters a figure's text would show as □, so that the
 * missing-glyph note knows the total before any page is drawn.
 */
final class CountingCanvas implements Canvas {
    private final Fonts fonts;
    private final TextCleaner counting;
    private final TextCleaner silent;
    private final double width;
    private final double height;

    CountingCanvas(Fonts fonts, TextCleaner counting, double width, double height) {
        this.fonts = fonts;
        this.counting = counting;
        this.silent = new TextCleaner(fonts);
        this.width = width;
        this.height = height;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public Canvas moveTo(double x, double y) {
        return this;
    }

    @Override
    public Canvas lineTo(double x, double y) {
        return this;
    }

    @Override
    public Canvas curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        return this;
    }

    @Override
    public Canvas closePath() {
        return this;
    }

    @Override
    public void stroke(Stroke stroke) {
    }

    @Override
    public void fill(Rgb colour) {
    }

    @Override
    public void fillAndStroke(Rgb fill, Stroke stroke) {
    }

    @Override
    public void text(String text, double x, double y, BundledFont face, double size, Rgb colour, Align align) {
        counting.line(text, face);
    }

    @Override
    public double textWidth(String text, BundledFont face, double size) {
        return fonts.width(silent.line(text, face), face, (float) size);
    }
}
