package dev.skillradar.report.pdf;

/**
 * An opaque sRGB colour. The report has no transparency (PDF/A and grey printers both prefer it that way), so a
 * tint is pre-blended with {@link #mix} instead of drawn with an alpha.
 */
public record Rgb(int red, int green, int blue) {
    public static final Rgb WHITE = new Rgb(255, 255, 255);
    public static final Rgb BLACK = new Rgb(0, 0, 0);

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour channels are 0..255: " + red + ", " + green + ", " + blue);
        }
    }

    /** The colour {@code 0xRRGGBB}. */
    public static Rgb of(int hex) {
        return new Rgb((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF);
    }

    /** This colour laid over {@code background} at {@code opacity} (0..1), as one solid colour. */
    public Rgb over(Rgb background, double opacity) {
        double a = Math.max(0, Math.min(1, opacity));
        return new Rgb(blend(background.red, red, a), blend(background.green, green, a), blend(background.blue, blue, a));
    }

    /** This colour at {@code opacity} over white paper: a light tint that still prints solid. */
    public Rgb tint(double opacity) {
        return over(WHITE, opacity);
    }

    /** The same as {@code other.over(this, t)}: {@code t} = 0 is this colour, 1 is {@code other}. */
    public Rgb mix(Rgb other, double t) {
        return other.over(this, t);
    }

    /** Relative luminance (Rec. 709 weights on the gamma-encoded values), 0 = black, 1 = white. */
    public double luminance() {
        return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255.0;
    }

    float r() {
        return red / 255f;
    }

    float g() {
        return green / 255f;
    }

    float b() {
        return blue / 255f;
    }

    private static int blend(int under, int over, double a) {
        return (int) Math.round(under + (over - under) * a);
    }
}
