package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A {@link Canvas} on a PDF content stream: flips the figure's y-down coordinates to PDF's y-up and scales them.
 * The path is buffered and written at stroke or fill time, because PDF allows no colour or line-width change
 * (and no text) between a path's construction and its painting.
 */
final class PdfCanvas implements Canvas {
    private static final int MOVE = 0;
    private static final int LINE = 1;
    private static final int CURVE = 2;
    private static final int CLOSE = 3;

    private final PDPageContentStream cs;
    private final Fonts fonts;
    private final TextCleaner cleaner;
    private final float originX;
    private final float originY;
    private final float scale;
    private final double width;
    private final double height;
    private float[] path = new float[64];
    private int used;
    private boolean roundCaps; // the content stream's line cap: PDF starts with butt caps

    PdfCanvas(PDPageContentStream cs, Fonts fonts, TextCleaner cleaner, float originX, float originY, float scale,
              double width, double height) {
        this.cs = cs;
        this.fonts = fonts;
        this.cleaner = cleaner;
        this.originX = originX;
        this.originY = originY;
        this.scale = scale;
        this.width = width;
        this.height = height;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public Canvas moveTo(double x, double y) {
        return add(MOVE, x, y);
    }

    @Override
    public Canvas lineTo(double x, double y) {
        return add(LINE, x, y);
    }

    @Override
    public Canvas curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        return add(CURVE, x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Canvas closePath() {
        return add(CLOSE);
    }

    @Override
    public void stroke(Stroke stroke) {
        paint(null, stroke);
    }

    @Override
    public void fill(Rgb colour) {
        paint(colour, null);
    }

    @Override
    public void fillAndStroke(Rgb fill, Stroke stroke) {
        paint(fill, stroke);
    }

    @Override
    public void text(String text, double x, double y, BundledFont face, double size, Rgb colour, Align align) {
        String clean = cleaner.line(text, face);
        if (clean.isBlank()) {
            return;
        }
        float pt = (float) size * scale;
        double w = fonts.width(clean, face, (float) size);
        try {
            cs.beginText();
            cs.setFont(fonts.pdf(face), pt);
            cs.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            cs.newLineAtOffset(px(align.left(x, w)), py(y));
            cs.showText(clean);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double textWidth(String text, BundledFont face, double size) {
        return fonts.width(cleaner.line(text, face), face, (float) size);
    }

    /** Starts the figure: clipped to its box, round line joins. */
    void begin() throws IOException {
        cs.saveGraphicsState();
        roundCaps = false;
        cs.addRect(originX, originY - (float) (height * scale), (float) (width * scale), (float) (height * scale));
        cs.clip();
        cs.setLineJoinStyle(1);
    }

    void end() throws IOException {
        cs.restoreGraphicsState();
    }

    private Canvas add(int op, double... xy) {
        if (used + 1 + xy.length > path.length) {
            path = Arrays.copyOf(path, path.length * 2 + xy.length);
        }
        path[used++] = op;
        for (int i = 0; i < xy.length; i += 2) {
            path[used++] = px(xy[i]);
            path[used++] = py(xy[i + 1]);
        }
        return this;
    }

    private void paint(Rgb fill, Stroke stroke) {
        if (used == 0) {
            return;
        }
        try {
            if (fill != null) {
                cs.setNonStrokingColor(fill.r(), fill.g(), fill.b());
            }
            if (stroke != null) {
                cs.setStrokingColor(stroke.colour().r(), stroke.colour().g(), stroke.colour().b());
                cs.setLineWidth((float) stroke.width() * scale);
                double[] dash = stroke.dash();
                float[] pattern = new float[dash.length];
                for (int i = 0; i < dash.length; i++) {
                    pattern[i] = (float) dash[i] * scale;
                }
                cs.setLineDashPattern(pattern, 0);
                if (stroke.roundCaps() != roundCaps) { // written only on a change, so plain lines stay as they were
                    roundCaps = stroke.roundCaps();
                    cs.setLineCapStyle(roundCaps ? 1 : 0);
                }
            }
            replay();
            if (fill != null && stroke != null) {
                cs.fillAndStroke();
            } else if (fill != null) {
                cs.fill();
            } else {
                cs.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            used = 0;
        }
    }

    private void replay() throws IOException {
        for (int i = 0; i < used; ) {
            switch ((int) path[i++]) {
                case MOVE -> cs.moveTo(path[i++], path[i++]);
                case LINE -> cs.lineTo(path[i++], path[i++]);
                case CURVE -> cs.curveTo(path[i++], path[i++], path[i++], path[i++], path[i++], path[i++]);
                default -> cs.closePath();
            }
        }
    }

    private float px(double x) {
        return originX + (float) (x * scale);
    }

    private float py(double y) {
        return originY - (float) (y * scale);
    }
}
