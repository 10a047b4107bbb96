package dev.skillradar.report.pdf;

import dev.skillradar.storage.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A finished report file in memory, with its page count and the number of characters it shows as □ because the
 * bundled font has no glyph for them (for the caller's footnote or message).
 */
public final class RenderedPdf {
    private final byte[] bytes;
    private final int pageCount;
    private final int unshownCharacters;

    RenderedPdf(byte[] bytes, int pageCount, int unshownCharacters) {
        this.bytes = bytes;
        this.pageCount = pageCount;
        this.unshownCharacters = unshownCharacters;
    }

    /** A copy of the file's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file's size in bytes. */
    public int size() {
        return bytes.length;
    }

    public int pageCount() {
        return pageCount;
    }

    /** How many characters could not be shown and appear as □. */
    public int unshownCharacters() {
        return unshownCharacters;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    /** Parses the saved file again, for preview or printing; the caller closes the document. */
    public PDDocument load() throws IOException {
        return Loader.loadPDF(bytes);
    }

    /**
     * Writes the file all-or-nothing (see {@link AtomicFiles}): a failure leaves an existing file at
     * {@code target} as it was and no partial file behind.
     *
     * @throws dev.skillradar.storage.StorageException DISK_FULL, READ_ONLY, NOT_FOUND or IO
     */
    public void saveTo(Path target) {
        saveTo(target, UnaryOperator.identity());
    }

    /** {@link #saveTo(Path)} through a filter on the file's stream: the seam for tests of failing disks. */
    void saveTo(Path target, UnaryOperator<OutputStream> filter) {
        AtomicFiles.write(target, out -> {
            OutputStream filtered = filter.apply(out);
            filtered.write(bytes);
            filtered.flush();
        });
    }
}
