package dev.skillradar.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.Ink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The controls' style sheet paints with exactly the palette the PNG and PDF renderers use, light and dark. */
class ChartControlsCssTest {
    private static final Pattern COLOUR = Pattern.compile("(-chart-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    private static String css() throws IOException {
        try (InputStream in = RadarChart.class.getResourceAsStream("charts.css")) {
            assertNotNull(in, "charts.css next to RadarChart");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The declarations of the first rule whose selector is exactly {@code selector} (whitespace ignored). */
    private static Map<String, String> colours(String css, String selector) {
        String flat = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)\\}", Pattern.DOTALL).matcher(flat);
        while (rule.find()) {
            if (rule.group(1).replaceAll("\\s+", "").equals(selector)) {
                Map<String, String> out = new LinkedHashMap<>();
                Matcher m = COLOUR.matcher(rule.group(2));
                while (m.find()) {
                    out.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
                }
                return out;
            }
        }
        throw new AssertionError("no rule " + selector + " in charts.css");
    }

    static String lookedUpName(Ink ink) {
        return "-chart-" + ink.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyInkHasTheLookedUpColourOfThePalette(String variant) throws IOException {
        ChartPalette palette = variant.equals("light") ? ChartPalette.light() : ChartPalette.dark();
        String selector = variant.equals("light") ? ".radar-chart,.trend-chart" : ".radar-chart.dark,.trend-chart.dark";
        Map<String, String> declared = colours(css(), selector);
        Map<String, String> expected = new LinkedHashMap<>();
        for (Ink ink : Ink.values()) {
            expected.put(lookedUpName(ink), palette.hex(ink));
        }
        assertEquals(expected, declared, "the " + variant + " colours of charts.css are ChartPalette." + variant + "()");
    }
}
