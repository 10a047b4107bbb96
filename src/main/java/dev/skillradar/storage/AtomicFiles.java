package dev.skillradar.storage;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes files (exports, reports, backups) all-or-nothing: into a private temporary file in the same
 * folder, flushed to disk, 0600 on POSIX, then atomically renamed over the target. A reader sees the old
 * file or the complete new one, never a torn one, even if the process dies midway.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with what {@code writer} puts into the stream (it may close the stream; that is
     * harmless). On any failure the target is unchanged and the temporary file removed.
     *
     * @throws StorageException DISK_FULL, READ_ONLY, NOT_FOUND (missing folder) or IO
     */
    public static void write(Path target, IOConsumer<OutputStream> writer) {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw SqlErrors.invalid("target", absolute, "it is a folder; name a file inside it");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StorageException(StorageException.Kind.NOT_FOUND, "The folder " + dir + " does not exist.",
                    List.of("file", String.valueOf(dir)));
        }
        Path temp = null;
        boolean done = false;
        try {
            temp = PrivateFiles.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                writer.accept(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the channel must stay open until it is forced to disk
                    }
                });
                out.flush();
                channel.force(true);
            }
            PrivateFiles.moveReplacing(temp, absolute);
            done = true;
        } catch (IOException e) {
            throw SqlErrors.map(e, absolute);
        } finally {
            if (!done) {
                PrivateFiles.deleteQuietly(temp);
            }
        }
    }
}
