package dev.skillradar.cli;

import dev.skillradar.report.print.PrintServiceSource;
import dev.skillradar.storage.AtomicFiles;
import dev.skillradar.storage.IOConsumer;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * What the command line writes files with and prints on: the real atomic writer and the system's printers, or in
 * tests a writer that fails like a full disk and a machine without printers.
 */
record Devices(FileSink files, PrintServiceSource printers) {
    /** Writes a file all-or-nothing (see {@link AtomicFiles#write}); throws StorageException when it cannot. */
    @FunctionalInterface
    interface FileSink {
        void write(Path target, IOConsumer<OutputStream> content);
    }

    static Devices real() {
        return new Devices(AtomicFiles::write, PrintServiceSource.system());
    }
}
