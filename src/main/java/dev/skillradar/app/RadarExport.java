package dev.skillradar.app;

import dev.skillradar.assessment.RadarModel;
import dev.skillradar.chart.ChartLayout;
import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.chart.Size;
import dev.skillradar.chart.png.Java2dRenderer;
import dev.skillradar.chart.png.PngEncoder;
import dev.skillradar.storage.AtomicFiles;
import dev.skillradar.text.RadarTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The radar as a PNG file, the same bytes from the window's Export PNG… and from {@code radar FILE.png}: laid out
 * at a reading size (the chart's {@link #LAYOUT_SIDE} px on the shorter side) and drawn at the asked size, so a
 * large picture is sharp rather than tiny-lettered; headless Java2D, never JavaFX. Written atomically.
 */
public final class RadarExport {
    /** The default size of an exported chart, px on each side. */
    public static final int DEFAULT_SIDE = 1200;
    /** Accepted sizes, px on each side. */
    public static final int MIN_SIDE = 200;
    public static final int MAX_SIDE = 8000;
    /** The shorter side the chart is laid out at before it is scaled to the asked size. */
    public static final double LAYOUT_SIDE = 600;
    /** The base font at the layout size (px). */
    public static final double FONT_SIZE = 13;

    private final DejaVuMeasure measure;

    public RadarExport(DejaVuMeasure measure) {
        this.measure = measure;
    }

    /** The chart of {@code model} worded by {@code texts}, as PNG bytes of {@code width} × {@code height} px. */
    public byte[] png(RadarModel model, RadarTexts texts, RadarTexts.Compared compared, String title, int width,
                      int height, boolean dark) {
        double scale = Math.max(1, Math.min(width, height) / LAYOUT_SIDE);
        ChartSpec spec = texts.spec(model, compared, title, new Size(width / scale, height / scale), FONT_SIZE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PngEncoder(new Java2dRenderer()).write(ChartLayout.of(spec, measure),
                    dark ? ChartPalette.dark() : ChartPalette.light(), scale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the PNG to {@code file}: completely or not at all, readable only by its owner. */
    public void write(Path file, byte[] png) {
        AppProblem.translating(() -> {
            AtomicFiles.write(file, out -> out.write(png));
            return null;
        });
    }
}
