package dev.skillradar.chart.png;

import dev.skillradar.chart.BundledFont;
import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.Circle;
import dev.skillradar.chart.Drawing;
import dev.skillradar.chart.Geometry;
import dev.skillradar.chart.Ink;
import dev.skillradar.chart.LineStyle;
import dev.skillradar.chart.Mark;
import dev.skillradar.chart.Path;
import dev.skillradar.chart.Point;
import dev.skillradar.chart.Rgb;
import dev.skillradar.chart.TextLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints a computed {@link Drawing} with Java2D, mark by mark, in the bundled DejaVu fonts: no layout of its
 * own, so the picture is the one the window and the PDF show. Works headless; never touches JavaFX.
 */
public final class Java2dRenderer {
    private final Map<BundledFont, Font> fonts = new EnumMap<>(BundledFont.class);

    /** Loads the bundled fonts (once per renderer; a renderer can be reused and is safe to share). */
    public Java2dRenderer() {
        for (BundledFont f : BundledFont.values()) {
            try (InputStream in = f.open()) {
                fonts.put(f, Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load " + f.resource(), e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + f.resource() + " is not a TrueType font", e);
            }
        }
    }

    /**
     * A new RGB image of the drawing; {@code scale} is image pixels per chart unit (1 for a plain PNG, 2 for a
     * sharper one of the same layout).
     */
    public BufferedImage render(Drawing drawing, ChartPalette palette, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        int w = (int) Math.ceil(drawing.size().width() * scale - 1e-6); // 1000 / (7/6) * (7/6) is 1000, not 1001
        int h = (int) Math.ceil(drawing.size().height() * scale - 1e-6);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(colour(palette.colour(Ink.BACKGROUND)));
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            paint(g, drawing, palette);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the drawing into {@code g} at its current transform (chart units, y down). */
    public void paint(Graphics2D g, Drawing drawing, ChartPalette palette) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // fractional advances: glyphs go exactly where the layout measured them
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        Map<BundledFont, Map<Double, Font>> sized = new EnumMap<>(BundledFont.class);
        for (Mark mark : drawing.marks()) {
            if (mark instanceof Mark.Fill fill) {
                g.setColor(colour(palette.colour(fill.ink())));
                g.fill(shape(fill.shape()));
            } else if (mark instanceof Mark.Stroke stroke) {
                g.setColor(colour(palette.colour(stroke.ink())));
                g.setStroke(stroke(stroke.style()));
                g.draw(shape(stroke.shape()));
            } else if (mark instanceof Mark.Text text) {
                g.setColor(colour(palette.colour(text.ink())));
                BundledFont f = text.block().font();
                g.setFont(sized.computeIfAbsent(f, k -> new HashMap<>()).computeIfAbsent(text.block().size(),
                        s -> fonts.get(f).deriveFont(s.floatValue())));
                for (TextLine line : text.block().lines()) {
                    g.drawString(line.text(), (float) line.x(), (float) line.baseline());
                }
            }
        }
    }

    private static Shape shape(Geometry geometry) {
        if (geometry instanceof Circle c) {
            return new Ellipse2D.Double(c.centre().x() - c.radius(), c.centre().y() - c.radius(),
                    2 * c.radius(), 2 * c.radius());
        }
        Path p = (Path) geometry;
        Path2D.Double path = new Path2D.Double();
        List<Point> pts = p.points();
        path.moveTo(pts.get(0).x(), pts.get(0).y());
        for (int i = 1; i < pts.size(); i++) {
            path.lineTo(pts.get(i).x(), pts.get(i).y());
        }
        if (p.closed()) {
            path.closePath();
        }
        return path;
    }

    private static BasicStroke stroke(LineStyle style) {
        int cap = style.cap() == LineStyle.Cap.ROUND ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
        float[] dash = null;
        if (!style.isSolid()) {
            dash = new float[style.dash().size()];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = style.dash().get(i).floatValue();
            }
        }
        return new BasicStroke((float) style.width(), cap, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static Color colour(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }
}
