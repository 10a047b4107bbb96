package dev.skillradar.chart.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.chart.Axis;
import dev.skillradar.chart.ChartLayout;
import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.chart.Ink;
import dev.skillradar.chart.Point;
import dev.skillradar.chart.RadarLayout;
import dev.skillradar.chart.Series;
import dev.skillradar.chart.SeriesKind;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    private static DejaVuMeasure measure;
    private static Java2dRenderer renderer;

    @BeforeAll
    static void load() {
        measure = DejaVuMeasure.load();
        renderer = new Java2dRenderer();
    }

    private static ChartSpec spec() {
        List<Axis> axes = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            axes.add(Axis.of("a" + i, "Fähigkeit " + i));
            current.add(i == 4 ? null : 1.0 + i % 5);
        }
        return ChartSpec.of(axes, List.of(Series.of("c", "Aktuell", SeriesKind.CURRENT, current),
                Series.of("t", "Ziel", SeriesKind.TARGET, List.of(3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0))),
                480, 400).withTitle("Kompetenzprofil");
    }

    private static byte[] png(ChartPalette palette) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a fresh layout and renderer each time: nothing may carry over between calls
        new PngEncoder(new Java2dRenderer()).write(ChartLayout.of(spec(), DejaVuMeasure.load()), palette, 1, out);
        return out.toByteArray();
    }

    @Test
    void theSameInputsGiveByteIdenticalPngs() throws IOException {
        byte[] first = png(ChartPalette.light());
        assertArrayEquals(first, png(ChartPalette.light()));
        assertFalse(java.util.Arrays.equals(first, png(ChartPalette.dark())), "the palette does change the picture");
    }

    @Test
    void renderingRunsHeadlessIntoAnRgbImageOfTheLayoutsSize() throws IOException {
        assertTrue(GraphicsEnvironment.isHeadless(), "the build runs with java.awt.headless=true, like the CLI");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png(ChartPalette.light())));
        assertEquals(480, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(ChartPalette.light().colour(Ink.BACKGROUND).toInt(), image.getRGB(1, 1) & 0xffffff);

        BufferedImage twice = renderer.render(ChartLayout.of(spec(), measure), ChartPalette.light(), 2);
        assertEquals(960, twice.getWidth());
        assertEquals(BufferedImage.TYPE_INT_RGB, twice.getType());
    }

    @Test
    void theCurrentMarkerIsPaintedWhereTheLayoutPutsIt() {
        RadarLayout layout = (RadarLayout) ChartLayout.of(spec(), measure);
        BufferedImage image = renderer.render(layout, ChartPalette.light(), 1);
        Point p = layout.series().stream().filter(s -> s.kind() == SeriesKind.CURRENT).findFirst().orElseThrow()
                .markers().get(1).marker().centre();
        assertEquals(ChartPalette.light().colour(Ink.CURRENT).toInt(),
                image.getRGB((int) Math.floor(p.x()), (int) Math.floor(p.y())) & 0xffffff);
        Point c = layout.centre();
        int centreColour = image.getRGB((int) c.x() + 3, (int) c.y() - 20) & 0xffffff;
        assertFalse(centreColour == ChartPalette.light().colour(Ink.CURRENT_FILL).toInt(),
                "a series with a missing value is not filled");
    }
}
