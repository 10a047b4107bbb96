package dev.skillradar.chart.png;

import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.Drawing;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/**
 * Writes a computed chart as PNG to a stream. The bytes depend only on the drawing, the palette and the scale
 * (ImageIO's PNG writer adds no time stamp), so the same inputs give the same file. Writing the file atomically
 * is the caller's business.
 */
public final class PngEncoder {
    private final Java2dRenderer renderer;

    public PngEncoder(Java2dRenderer renderer) {
        this.renderer = renderer;
    }

    public void write(Drawing drawing, ChartPalette palette, double scale, OutputStream out) throws IOException {
        write(renderer.render(drawing, palette, scale), out);
    }

    /** Encodes an image already rendered. */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("this Java runtime has no PNG writer");
        }
    }
}
