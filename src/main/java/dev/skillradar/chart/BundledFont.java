package dev.skillradar.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface every picture and document of SkillRadar measures and draws its text with: DejaVu Sans, shipped
 * in the jar ({@code dev/skillradar/fonts/}, licence beside it), so that the window, the PNG and the PDF lay out
 * the same words the same way on every machine and never depend on the fonts a system happens to have.
 */
public enum BundledFont {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf");

    private static final String FOLDER = "/dev/skillradar/fonts/";

    private final String file;

    BundledFont(String file) {
        this.file = file;
    }

    /** The resource path, for toolkits that load a font by URL. */
    public String resource() {
        return FOLDER + file;
    }

    /** A new stream of the TrueType file; the caller closes it. */
    public InputStream open() {
        InputStream in = BundledFont.class.getResourceAsStream(resource());
        if (in == null) {
            throw new UncheckedIOException(new IOException("the bundled font " + resource() + " is missing from the jar"));
        }
        return in;
    }
}
