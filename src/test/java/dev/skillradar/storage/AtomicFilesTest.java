package dev.skillradar.storage;

import static dev.skillradar.storage.StorageTestSupport.fileNames;
import static dev.skillradar.storage.StorageTestSupport.permissions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.skillradar.storage.ReliabilityFigures.Category;
import dev.skillradar.storage.StorageException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ReliabilityFigures.class)
class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void writesAFileOnlyItsOwnerCanRead() throws IOException {
        Path target = tmp.resolve("export.json");
        AtomicFiles.write(target, out -> out.write("{\"format\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("{\"format\":1}", Files.readString(target));
        assertEquals("rw-------", permissions(target));
    }

    @Test
    void replacesAnExistingFileWithAPrivateOne() throws IOException {
        Path target = tmp.resolve("report.pdf");
        Files.write(target, new byte[] {1});
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(target, out -> out.write(new byte[] {2, 3}));
        assertArrayEquals(new byte[] {2, 3}, Files.readAllBytes(target));
        assertEquals("rw-------", permissions(target));
        assertEquals(List.of("report.pdf"), fileNames(tmp));
    }

    @Test
    void aWriterThatClosesTheStreamItselfIsFine() throws IOException {
        Path target = tmp.resolve("jackson-style.json");
        AtomicFiles.write(target, out -> {
            out.write('x');
            out.close(); // Jackson and PDFBox close the stream they are given
        });
        assertEquals("x", Files.readString(target));
    }

    @Test
    @ReliabilityFigures.Case(value = Category.IO_FAILURE, outcome = "reported, earlier data intact",
            label = "I/O error or bug while writing a file: old file kept, no temporary file left")
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("export.json");
        Files.writeString(target, "old");
        IllegalStateException bug = new IllegalStateException("bug in the writer");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw bug;
        })));
        StorageException io = assertThrows(StorageException.class, () -> AtomicFiles.write(target, out -> {
            throw new IOException("device error");
        }));
        assertEquals(Kind.IO, io.kind());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("export.json"), fileNames(tmp));
    }

    @Test
    void aMissingFolderIsNotFound() {
        StorageException e = assertThrows(StorageException.class,
                () -> AtomicFiles.write(tmp.resolve("no/such/dir/x.json"), out -> out.write(1)));
        assertEquals(Kind.NOT_FOUND, e.kind());
    }
}
