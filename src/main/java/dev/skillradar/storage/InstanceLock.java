package dev.skillradar.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps to one desktop window per data directory (an OS file lock, released even if the process dies);
 * the CLI does not take it, since SQLite already makes concurrent use safe.
 */
public final class InstanceLock implements AutoCloseable {
    /** The lock file inside the data directory; it holds the owner's process id for diagnostics. */
    public static final String FILE = "window.lock";
    private static final System.Logger LOG = System.getLogger(InstanceLock.class.getName());

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another window (in any process) holds it for this data directory. */
    public static Optional<InstanceLock> tryAcquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE);
        FileChannel channel = null;
        try {
            PrivateFiles.createDirectory(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            PrivateFiles.restrictToOwner(file);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return Optional.of(new InstanceLock(channel, lock));
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw SqlErrors.map(e, file);
        }
    }

    /** Releases the lock; the file stays (deleting it would race with a window starting). */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the window lock", e);
        }
    }
}
