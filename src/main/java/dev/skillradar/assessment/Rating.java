package dev.skillradar.assessment;

import java.time.Instant;

/** The current self-rating of one skill, 0..5, with an optional note and evidence link (http/https). */
public record Rating(String skillId, int level, String note, String evidence, Instant updatedAt) {
    public static final int MAX_NOTE_LENGTH = 4000;
}
