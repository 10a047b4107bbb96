package dev.skillradar.storage;

import java.nio.file.Path;
import java.time.Instant;

/** One verified backup copy in the rotation folder: where it is, when and why it was taken, its size. */
public record BackupInfo(Path file, Instant takenAt, String reason, long sizeBytes) {
}
