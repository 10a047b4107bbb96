package dev.skillradar.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Serialises the opening sequence (probe, recovery, creation, migration) between processes and threads,
 * so that two starts never both move a damaged file aside or both create a database.
 */
final class OpenLock implements AutoCloseable {
    static final String FILE = ".open.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OpenLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OpenLock acquire(Path dataDir, long timeoutMillis) {
        Path file = dataDir.resolve(FILE);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            PrivateFiles.restrictToOwner(file);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // another thread of this JVM is opening the same folder
                }
                if (lock != null) {
                    return new OpenLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw SqlErrors.busy(dataDir.resolve(DataDirectory.DATABASE_FILE), null);
                }
                Thread.sleep(20);
            }
        } catch (IOException e) {
            throw SqlErrors.map(e, file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SqlErrors.busy(dataDir.resolve(DataDirectory.DATABASE_FILE), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it anyway
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                System.getLogger(OpenLock.class.getName()).log(System.Logger.Level.DEBUG, "closing open lock", e);
            }
        }
    }
}
