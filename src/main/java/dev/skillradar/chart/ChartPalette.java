package dev.skillradar.chart;

import java.util.EnumMap;
import java.util.Map;

/**
 * The colours of every chart, light and dark, one per {@link Ink}. Lines reach at least 3:1 and text 4.5:1
 * against the background; current, target and compare are blue, orange and a grey-purple, which stay apart for
 * deuteranopia (and the series also differ in line style and marker). The current fill is pre-blended with the
 * background into a solid colour. The hex strings are what the window's stylesheet must match.
 */
public record ChartPalette(String name, Map<Ink, Rgb> colours) {
    /** How strongly the current series' colour shows in its area fill. */
    public static final double FILL_OPACITY = 0.16;

    public ChartPalette {
        colours = Map.copyOf(colours);
        for (Ink ink : Ink.values()) {
            if (!colours.containsKey(ink)) {
                throw new IllegalArgumentException("palette " + name + " has no colour for " + ink);
            }
        }
    }

    public static ChartPalette light() {
        return of("light", "#ffffff", "#c3c9d1", "#1f2328", "#59636e", "#1f5fae", "#b35900", "#6a4c7d");
    }

    public static ChartPalette dark() {
        return of("dark", "#1d2026", "#464d57", "#e8eaed", "#aab2bc", "#6cb2f2", "#f29a44", "#c4b3d9");
    }

    private static ChartPalette of(String name, String background, String grid, String text, String muted,
                                   String current, String target, String compare) {
        Map<Ink, Rgb> map = new EnumMap<>(Ink.class);
        map.put(Ink.BACKGROUND, Rgb.hex(background));
        map.put(Ink.GRID, Rgb.hex(grid));
        map.put(Ink.TEXT, Rgb.hex(text));
        map.put(Ink.TEXT_MUTED, Rgb.hex(muted));
        map.put(Ink.CURRENT, Rgb.hex(current));
        map.put(Ink.CURRENT_FILL, Rgb.hex(current).over(Rgb.hex(background), FILL_OPACITY));
        map.put(Ink.TARGET, Rgb.hex(target));
        map.put(Ink.COMPARE, Rgb.hex(compare));
        return new ChartPalette(name, map);
    }

    public Rgb colour(Ink ink) {
        return colours.get(ink);
    }

    /** {@code #rrggbb} of the ink, for checking a stylesheet against this palette. */
    public String hex(Ink ink) {
        return colour(ink).toHex();
    }
}
