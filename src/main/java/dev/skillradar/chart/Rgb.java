package dev.skillradar.chart;

import java.util.Locale;

/** An opaque sRGB colour, 0..255 per channel (charts use no alpha, so that PDFs and prints stay plain vector). */
public record Rgb(int red, int green, int blue) {
    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("channels are 0..255, got " + red + ", " + green + ", " + blue);
        }
    }

    /** Parses {@code #rrggbb}. */
    public static Rgb hex(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour is #rrggbb, got " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(v >> 16, (v >> 8) & 0xff, v & 0xff);
    }

    /** {@code #rrggbb} in lower case, the form a CSS stylesheet is compared with. */
    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** 0xRRGGBB. */
    public int toInt() {
        return (red << 16) | (green << 8) | blue;
    }

    /** This colour laid over {@code background} at {@code opacity} (0..1), as one solid colour. */
    public Rgb over(Rgb background, double opacity) {
        return new Rgb(mix(red, background.red, opacity), mix(green, background.green, opacity),
                mix(blue, background.blue, opacity));
    }

    /** WCAG 2 relative luminance. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2 contrast ratio, 1..21. */
    public double contrastWith(Rgb other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static int mix(int fg, int bg, double opacity) {
        return (int) Math.round(fg * opacity + bg * (1 - opacity));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
