package dev.skillradar.chart;

import dev.skillradar.chart.png.Java2dRenderer;
import dev.skillradar.chart.png.PngEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes sample pictures to target/chart-demo/ for a person to look at; off unless run with
 * {@code -Dskillradar.chart.demo=true}, because it checks nothing a machine can judge.
 */
@EnabledIfSystemProperty(named = "skillradar.chart.demo", matches = "true")
class ChartDemo {
    @Test
    void writeSamplePictures() throws IOException {
        DejaVuMeasure measure = DejaVuMeasure.load();
        PngEncoder png = new PngEncoder(new Java2dRenderer());
        Path dir = Path.of("target", "chart-demo");
        Files.createDirectories(dir);
        Map<String, Drawing> samples = new LinkedHashMap<>();
        samples.put("radar-9-areas", ChartLayout.of(SampleCharts.spec(SampleCharts.AREAS_9, 600, true, 4)
                .withTitle("Skill profile: Junior ML Engineer"), measure));
        samples.put("radar-40-german-600", ChartLayout.of(SampleCharts.spec(SampleCharts.GERMAN_40, 600, false, 7)
                .withTitle("Kompetenzprofil"), measure));
        samples.put("radar-40-german-1200", ChartLayout.of(SampleCharts.spec(SampleCharts.GERMAN_40, 1200, true, 7)
                .withTitle("Kompetenzprofil: Junior ML Engineer"), measure));
        samples.put("radar-12-short", ChartLayout.of(SampleCharts.spec(SampleCharts.SHORT_12, 600, true), measure));
        samples.put("bars-2-axes", ChartLayout.of(SampleCharts.spec(List.of("Python & data tools", "Mathematics"),
                600, true, 1).withSize(600, 360).withTitle("Skill profile"), measure));
        samples.put("radar-200", ChartLayout.of(SampleCharts.spec(numbered(200), 900, true, 3, 50), measure));
        samples.put("trend-areas", TrendLayout.of(trend(List.of(
                walk("overall", "Overall", 14, 18, 4.1), walk("mlops", "MLOps & deployment", 14, 5, 6.0),
                walk("llm", "LLM engineering", 14, 0, 3.2)), 640, 320), measure));
        samples.put("trend-single", TrendLayout.of(trend(List.of(new TrendSeries("overall", "Overall",
                List.of(TrendPoint.on(LocalDate.of(2026, 4, 2), ZoneId.of("Europe/Berlin"), 37)))), 640, 320), measure));
        samples.put("trend-empty", TrendLayout.of(trend(List.of(), 640, 320), measure));
        for (Map.Entry<String, Drawing> e : samples.entrySet()) {
            for (ChartPalette palette : List.of(ChartPalette.light(), ChartPalette.dark())) {
                Path file = dir.resolve(e.getKey() + "-" + palette.name() + ".png");
                try (OutputStream out = Files.newOutputStream(file)) {
                    png.write(e.getValue(), palette, 1, out);
                }
            }
        }
    }

    private static TrendSpec trend(List<TrendSeries> series, double w, double h) {
        TickFormatter words = (date, unit) -> switch (unit) {
            case DAY, WEEK -> date.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
            case MONTH -> date.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
            case YEAR -> Integer.toString(date.getYear());
        };
        return new TrendSpec("Readiness over time", series, new Size(w, h), 13, ZoneId.of("Europe/Berlin"), words,
                p -> p + "%", "No snapshots yet: save one on the Assess screen.");
    }

    /** Readings every two weeks rising by about {@code rise} points each. */
    private static TrendSeries walk(String id, String label, int count, double from, double rise) {
        List<TrendPoint> pts = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            double v = Math.min(100, from + i * rise + 3 * Math.sin(i * 1.3));
            pts.add(TrendPoint.on(LocalDate.of(2025, 9, 1).plusDays(14L * i), ZoneId.of("Europe/Berlin"), Math.max(0, v)));
        }
        return new TrendSeries(id, label, pts);
    }

    static List<String> numbered(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "Skill number " + (i + 1)).toList();
    }
}
