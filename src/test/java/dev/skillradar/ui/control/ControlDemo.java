package dev.skillradar.ui.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.chart.ChartLayout;
import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.chart.Drawing;
import dev.skillradar.chart.TrendLayout;
import dev.skillradar.chart.TrendPoint;
import dev.skillradar.chart.TrendSeries;
import dev.skillradar.chart.TrendSpec;
import dev.skillradar.chart.png.Java2dRenderer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Snapshots of the controls, light and dark, beside the Java2D PNG of the same spec, into target/control-demo/
 * for a person to look at: off unless run with {@code -Dskillradar.control.demo=true} (it judges nothing).
 * Also prints how many pixels differ between the two renderings.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
@EnabledIfSystemProperty(named = "skillradar.control.demo", matches = "true")
class ControlDemo {
    private final Path dir = Path.of("target", "control-demo");

    @Test
    void writeSnapshotsBesideThePngRenderer(FxRobot robot) throws IOException {
        Files.createDirectories(dir);
        DejaVuMeasure measure = DejaVuMeasure.load();
        Java2dRenderer java2d = new Java2dRenderer();
        List<String> report = new ArrayList<>();
        List<Object[]> radars = List.of(
                new Object[] {"radar-9-compare-missing", ControlSamples.spec(ControlSamples.AREAS_9, 600, 600, true, 4)
                        .withTitle("Skill profile: Junior ML Engineer")},
                new Object[] {"radar-40-german", ControlSamples.spec(ControlSamples.GERMAN_40, 900, 900, false, 7)
                        .withTitle("Kompetenzprofil")},
                new Object[] {"bars-2-axes", ControlSamples.spec(List.of("Python & data tools", "Mathematics"), 600, 360,
                        true, 1).withTitle("Skill profile")},
                new Object[] {"bars-1-axis", ControlSamples.spec(List.of("Deep learning"), 600, 240, true)});
        for (Object[] r : radars) {
            ChartSpec spec = (ChartSpec) r[1];
            for (ChartPalette palette : List.of(ChartPalette.light(), ChartPalette.dark())) {
                RadarChart chart = new RadarChart(spec);
                BufferedImage fx = snapshot(robot, chart, palette, spec.size().width(), spec.size().height());
                BufferedImage png = java2d.render(ChartLayout.of(spec, measure), palette, 1);
                report.add(write((String) r[0] + "-" + palette.name(), png, fx));
            }
        }
        List<Object[]> trends = List.of(
                new Object[] {"trend-areas", ControlSamples.trend(List.of(
                        ControlSamples.walk("overall", "Overall", 14, 18, 4.1),
                        ControlSamples.walk("mlops", "MLOps & deployment", 14, 5, 6.0),
                        ControlSamples.walk("llm", "LLM engineering", 14, 0, 3.2)), 640, 320)},
                new Object[] {"trend-single", ControlSamples.trend(List.of(new TrendSeries("overall", "Overall",
                        List.of(TrendPoint.on(LocalDate.of(2026, 4, 2), ControlSamples.BERLIN, 37)))), 640, 320)},
                new Object[] {"trend-empty", ControlSamples.trend(List.of(), 640, 320)});
        for (Object[] t : trends) {
            TrendSpec spec = (TrendSpec) t[1];
            for (ChartPalette palette : List.of(ChartPalette.light(), ChartPalette.dark())) {
                TrendChart chart = new TrendChart(spec);
                BufferedImage fx = snapshot(robot, chart, palette, spec.size().width(), spec.size().height());
                Drawing drawing = TrendLayout.of(spec, measure);
                BufferedImage png = java2d.render(drawing, palette, 1);
                report.add(write((String) t[0] + "-" + palette.name(), png, fx));
            }
        }
        // the control's own states, which the PNG renderer has no picture of
        for (ChartPalette palette : List.of(ChartPalette.light(), ChartPalette.dark())) {
            RadarChart focused = new RadarChart(ControlSamples.spec(ControlSamples.AREAS_9, 600, 600, true, 4));
            focused.getHiddenSeries().add("compare");
            ImageIO.write(snapshot(robot, focused, palette, 600, 600, 4), "png",
                    dir.resolve("state-9-focus-hidden-compare-" + palette.name() + ".png").toFile());
            RadarChart crowded = new RadarChart(ControlSamples.spec(ControlSamples.numbered(120), 520, 520, false));
            int hidden = firstHiddenLabel(crowded, robot);
            ImageIO.write(snapshot(robot, crowded, palette, 520, 520, hidden), "png",
                    dir.resolve("state-120-revealed-label-" + palette.name() + ".png").toFile());
            RadarChart bars = new RadarChart(ControlSamples.spec(List.of("Python & data tools", "Mathematics"), 600,
                    360, true, 1));
            bars.getHiddenSeries().add("target");
            ImageIO.write(snapshot(robot, bars, palette, 600, 360, 1), "png",
                    dir.resolve("state-bars-focus-hidden-target-" + palette.name() + ".png").toFile());
        }
        Files.write(dir.resolve("differences.txt"), report);
        assertTrue(Files.exists(dir.resolve("radar-9-compare-missing-light-side.png")));
    }

    private static BufferedImage snapshot(FxRobot robot, Control chart, ChartPalette palette, double w, double h) {
        return snapshot(robot, chart, palette, w, h, -1);
    }

    /** A snapshot with the keyboard on {@code axis} (-1: none), as if the chart had the focus. */
    private static BufferedImage snapshot(FxRobot robot, Control chart, ChartPalette palette, double w, double h,
                                          int axis) {
        AtomicReference<BufferedImage> out = new AtomicReference<>();
        robot.interact(() -> {
            if (palette.name().equals("dark")) {
                chart.getStyleClass().add("dark");
            }
            Scene scene = new Scene(new StackPane(chart), w, h);
            if (axis >= 0) {
                scene.snapshot(null);
                ((RadarChart) chart).setFocusedAxis(axis);
            }
            WritableImage image = scene.snapshot(null);
            out.set(SwingFXUtils.fromFXImage(image, null));
        });
        return out.get();
    }

    private static int firstHiddenLabel(RadarChart chart, FxRobot robot) {
        dev.skillradar.chart.RadarLayout layout = dev.skillradar.chart.RadarLayout.of(RadarChartSkin.effective(
                chart.getSpec(), chart.getSpec().size().width(), chart.getSpec().size().height(), 0, true),
                SharedMeasure.get());
        return layout.labels().stream().filter(l -> !l.visible()).findFirst().orElseThrow().axis();
    }

    /** Writes both pictures and the two side by side (PNG renderer left); returns the share of differing pixels. */
    private String write(String name, BufferedImage png, BufferedImage fx) throws IOException {
        ImageIO.write(png, "png", dir.resolve(name + "-java2d.png").toFile());
        ImageIO.write(fx, "png", dir.resolve(name + "-fx.png").toFile());
        int w = png.getWidth();
        int h = png.getHeight();
        BufferedImage side = new BufferedImage(2 * w + 8, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = side.createGraphics();
        g.setColor(Color.MAGENTA);
        g.fillRect(0, 0, side.getWidth(), h);
        g.drawImage(png, 0, 0, null);
        g.drawImage(fx, w + 8, 0, null);
        g.dispose();
        ImageIO.write(side, "png", dir.resolve(name + "-side.png").toFile());
        long differing = 0;
        long far = 0;
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < Math.min(h, fx.getHeight()); y++) {
            for (int x = 0; x < Math.min(w, fx.getWidth()); x++) {
                int a = png.getRGB(x, y);
                int b = fx.getRGB(x, y);
                int d = Math.max(Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)),
                        Math.max(Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)), Math.abs((a & 255) - (b & 255))));
                differing += d > 16 ? 1 : 0;
                far += d > 96 ? 1 : 0;
                int v = 255 - Math.min(255, d * 2);
                diff.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        ImageIO.write(diff, "png", dir.resolve(name + "-diff.png").toFile());
        double total = (double) w * h;
        return String.format(Locale.ROOT, "%-32s %5.2f %% of pixels differ by more than 16, %5.2f %% by more than 96",
                name, 100 * differing / total, 100 * far / total);
    }
}
