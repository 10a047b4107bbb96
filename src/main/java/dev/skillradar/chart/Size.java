package dev.skillradar.chart;

/** The extent of a picture in chart units (px or pt); its origin is the top-left corner. */
public record Size(double width, double height) {
    public Size {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a chart needs a positive finite size, got " + width + " x " + height);
        }
    }
}
