package dev.skillradar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ChartPaletteTest {
    static List<ChartPalette> palettes() {
        return List.of(ChartPalette.light(), ChartPalette.dark());
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void seriesLinesReachThreeToOneAndTextFourAndAHalfAgainstTheBackground(ChartPalette p) {
        Rgb bg = p.colour(Ink.BACKGROUND);
        for (Ink line : List.of(Ink.CURRENT, Ink.TARGET, Ink.COMPARE)) {
            assertTrue(p.colour(line).contrastWith(bg) >= 3, p.name() + " " + line + " " + p.colour(line).contrastWith(bg));
        }
        for (Ink text : List.of(Ink.TEXT, Ink.TEXT_MUTED)) {
            assertTrue(p.colour(text).contrastWith(bg) >= 4.5, p.name() + " " + text);
        }
        // the current line must stand out from its own fill, and the fill stay light
        assertTrue(p.colour(Ink.CURRENT).contrastWith(p.colour(Ink.CURRENT_FILL)) >= 3, p.name() + " line on fill");
        assertTrue(p.colour(Ink.CURRENT_FILL).contrastWith(bg) < 1.6, p.name() + " fill is light");
        // text on the fill (labels never are, ring numbers may be) stays readable
        assertTrue(p.colour(Ink.TEXT_MUTED).contrastWith(p.colour(Ink.CURRENT_FILL)) >= 4.5, p.name() + " muted on fill");
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void theFillIsTheCurrentColourBlendedSolidIntoTheBackground(ChartPalette p) {
        Rgb c = p.colour(Ink.CURRENT);
        Rgb bg = p.colour(Ink.BACKGROUND);
        Rgb fill = p.colour(Ink.CURRENT_FILL);
        assertEquals(Math.round(c.red() * ChartPalette.FILL_OPACITY + bg.red() * (1 - ChartPalette.FILL_OPACITY)), fill.red());
        assertEquals(Math.round(c.blue() * ChartPalette.FILL_OPACITY + bg.blue() * (1 - ChartPalette.FILL_OPACITY)), fill.blue());
    }

    @ParameterizedTest
    @MethodSource("palettes")
    void theSeriesColoursStayApartForDeuteranopia(ChartPalette p) {
        List<Rgb> series = List.of(p.colour(Ink.CURRENT), p.colour(Ink.TARGET), p.colour(Ink.COMPARE));
        for (int i = 0; i < series.size(); i++) {
            for (int j = i + 1; j < series.size(); j++) {
                double[] a = deuteranope(series.get(i));
                double[] b = deuteranope(series.get(j));
                double distance = Math.sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1]) + sq(a[2] - b[2]));
                assertTrue(distance > 0.12, p.name() + " series " + i + " and " + j + " look alike: " + distance);
            }
        }
    }

    @Test
    void hexStringsRoundTripForTheStylesheetCheck() {
        ChartPalette light = ChartPalette.light();
        for (Ink ink : Ink.values()) {
            assertEquals(light.colour(ink), Rgb.hex(light.hex(ink)));
            assertTrue(light.hex(ink).matches("#[0-9a-f]{6}"));
        }
        assertEquals("#ffffff", light.hex(Ink.BACKGROUND));
        assertEquals(21, Rgb.hex("#000000").contrastWith(Rgb.hex("#ffffff")), 1e-9);
    }

    /**
     * The colour as a deuteranope sees it (Machado, Oliveira and Fernandes 2009, severity 1, applied to linear
     * RGB), in gamma-encoded 0..1 so that the distance is roughly perceptual.
     */
    private static double[] deuteranope(Rgb c) {
        double r = lin(c.red());
        double g = lin(c.green());
        double b = lin(c.blue());
        double[] out = {
            0.367322 * r + 0.860646 * g - 0.227968 * b,
            0.280085 * r + 0.672501 * g + 0.047413 * b,
            -0.011820 * r + 0.042940 * g + 0.968881 * b};
        for (int i = 0; i < 3; i++) {
            double v = Math.max(0, Math.min(1, out[i]));
            out[i] = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        }
        return out;
    }

    private static double lin(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double sq(double v) {
        return v * v;
    }
}
