package dev.skillradar.chart;

import dev.skillradar.chart.png.Java2dRenderer;
import dev.skillradar.chart.png.PngEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        for (Map.Entry<String, Drawing> e : samples.entrySet()) {
            for (ChartPalette palette : List.of(ChartPalette.light(), ChartPalette.dark())) {
                Path file = dir.resolve(e.getKey() + "-" + palette.name() + ".png");
                try (OutputStream out = Files.newOutputStream(file)) {
                    png.write(e.getValue(), palette, 1, out);
                }
            }
        }
    }

    static List<String> numbered(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "Skill number " + (i + 1)).toList();
    }
}
