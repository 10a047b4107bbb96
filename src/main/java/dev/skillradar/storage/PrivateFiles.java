package dev.skillradar.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/** File-system helpers for files only the user may read (0600/0700 on POSIX) and for durable renames. */
final class PrivateFiles {
    static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder (and parents) if missing; a folder we create is 0700 on POSIX. */
    static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (isPosix(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY_PERMISSIONS));
                Files.setPosixFilePermissions(dir, DIRECTORY_PERMISSIONS);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
            }
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Creates a new empty file readable only by its owner (0600 on POSIX) with a unique name in {@code dir}. */
    static Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        if (isPosix(dir)) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS);
            Path temp = Files.createTempFile(dir, prefix, suffix, attr);
            Files.setPosixFilePermissions(temp, FILE_PERMISSIONS);
            return temp;
        }
        return Files.createTempFile(dir, prefix, suffix);
    }

    /** Sets 0600 on POSIX; elsewhere the user's profile folder already keeps others out. */
    static void restrictToOwner(Path file) throws IOException {
        if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(FILE_PERMISSIONS)) {
            Files.setPosixFilePermissions(file, FILE_PERMISSIONS);
        }
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename or a new name in {@code dir} durable; not possible (nor needed) on Windows. */
    static void fsyncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS journals renames itself.
        }
    }

    /** Atomically renames {@code source} to {@code target}, replacing it, and makes that durable. */
    static void moveReplacing(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + source + " atomically to " + target, e);
        }
        fsyncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Gives {@code source} the name {@code target} only if no such file exists (atomically, via a hard link
     * where the file system has them), so that two processes never replace each other's file.
     */
    static void moveNoReplace(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
            Files.delete(source);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof NoSuchFileException) {
                throw (NoSuchFileException) e;
            }
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        }
        fsyncDirectory(target.toAbsolutePath().getParent());
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(PrivateFiles.class.getName())
                    .log(System.Logger.Level.WARNING, "could not delete temporary file " + file, e);
        }
    }

    /** True when an I/O error means the disk (or quota) is full. */
    static boolean isDiskFull(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk full") || message.contains("quota exceeded")) {
                return true;
            }
        }
        return false;
    }
}
