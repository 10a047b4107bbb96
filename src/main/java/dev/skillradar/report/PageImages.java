package dev.skillradar.report;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a saved report as pictures, for the preview: the same bytes that are printed and saved, parsed
 * once on first use and rendered one page at a time, only when asked for, by PDFBox at any resolution. Confined
 * to one thread (the I/O thread): the first call binds it, a call from another thread is a bug and refused.
 * The window wraps the images with {@code SwingFXUtils.toFXImage}. Close it when the preview shows another report.
 */
public final class PageImages implements Closeable {
    /** Resolutions a preview may ask for: 50–200 % zoom of 96 dpi, with room for high-density screens. */
    public static final float MIN_DPI = 24;
    public static final float MAX_DPI = 600;

    private final byte[] pdf;
    private Thread owner;
    private PDDocument document;
    private PDFRenderer renderer;
    private boolean closed;

    /** {@code pdf}: a complete PDF file, such as {@code RenderedPdf.bytes()}; nothing is parsed yet. */
    public PageImages(byte[] pdf) {
        this.pdf = pdf.clone();
    }

    /** The number of pages. */
    public int pageCount() {
        return open().getNumberOfPages();
    }

    /** The width and height of page {@code index} (0-based) in points, for sizing the view before rendering. */
    public float[] pageSizePoints(int index) {
        var box = open().getPage(checkIndex(index)).getMediaBox();
        return new float[] {box.getWidth(), box.getHeight()};
    }

    /** Page {@code index} (0-based) rendered at {@code dpi} (72 = one pixel per point), on white, as RGB. */
    public BufferedImage render(int index, float dpi) {
        if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
            throw new IllegalArgumentException("a page is rendered at " + MIN_DPI + " to " + MAX_DPI + " dpi, not " + dpi);
        }
        open();
        try {
            return renderer.renderImageWithDPI(checkIndex(index), dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        checkThread();
        closed = true;
        if (document != null) {
            try {
                document.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                document = null;
                renderer = null;
            }
        }
    }

    private PDDocument open() {
        checkThread();
        if (closed) {
            throw new IllegalStateException("the page images are closed");
        }
        if (document == null) {
            try {
                document = Loader.loadPDF(pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            renderer = new PDFRenderer(document);
        }
        return document;
    }

    private int checkIndex(int index) {
        int pages = document.getNumberOfPages();
        if (index < 0 || index >= pages) {
            throw new IndexOutOfBoundsException("page " + index + " of " + pages + " (0-based)");
        }
        return index;
    }

    private void checkThread() {
        Thread now = Thread.currentThread();
        if (owner == null) {
            owner = now;
        } else if (owner != now) {
            throw new IllegalStateException("page images are confined to " + owner.getName() + ", called from " + now.getName());
        }
    }
}
