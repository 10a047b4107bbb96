package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.storage.StorageException;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reaches the disk whole or not at all. */
class SaveTest {
    @TempDir
    Path dir;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savingWritesAPrivateFileThatReadsBackAsTheSameDocument() throws IOException {
        RenderedPdf pdf = Pdfs.render(SampleReport.standard(SampleReport.Lang.EN));
        Path target = dir.resolve("report.pdf");
        pdf.saveTo(target);
        assertArrayEquals(pdf.bytes(), Files.readAllBytes(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (PDDocument doc = pdf.load()) {
            assertEquals(pdf.pageCount(), doc.getNumberOfPages());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderedPdf written = new PdfTypesetter().write(SampleReport.standard(SampleReport.Lang.EN), out);
        assertArrayEquals(written.bytes(), out.toByteArray());
    }

    @Test
    void aDiskThatFailsMidwayKeepsTheEarlierReportAndLeavesNoPartialFile() throws IOException {
        Path target = dir.resolve("report.pdf");
        RenderedPdf earlier = Pdfs.render(SampleReport.standard(SampleReport.Lang.DE));
        earlier.saveTo(target);
        RenderedPdf newer = Pdfs.render(SampleReport.everything(SampleReport.Lang.EN));
        for (int failAfter : new int[] {0, 1, 4096, newer.size() / 2, newer.size() - 1}) {
            StorageException e = assertThrows(StorageException.class,
                    () -> newer.saveTo(target, out -> new FailingAfter(out, failAfter)));
            assertEquals(StorageException.Kind.IO, e.kind());
            assertArrayEquals(earlier.bytes(), Files.readAllBytes(target), "after failing at byte " + failAfter);
            assertEquals(List.of("report.pdf"), names(dir));
        }
        newer.saveTo(target);
        assertArrayEquals(newer.bytes(), Files.readAllBytes(target));
    }

    @Test
    void aMissingFolderIsReportedAndNothingIsCreated() throws IOException {
        RenderedPdf pdf = Pdfs.render(Pdfs.document());
        StorageException e = assertThrows(StorageException.class, () -> pdf.saveTo(dir.resolve("gone/report.pdf")));
        assertEquals(StorageException.Kind.NOT_FOUND, e.kind());
        assertTrue(names(dir).isEmpty());
    }

    /** A stream that accepts {@code limit} bytes and then fails like a full or removed disk. */
    private static final class FailingAfter extends FilterOutputStream {
        private long left;

        FailingAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, left);
            out.write(b, off, n);
            left -= n;
            if (n < len) {
                throw new IOException("device error after the limit");
            }
        }
    }
}
