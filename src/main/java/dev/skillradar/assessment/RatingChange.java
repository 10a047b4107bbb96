package dev.skillradar.assessment;

import java.time.Instant;

/**
 * One entry of a profile's append-only history, ordered by {@code seq}. {@code oldLevel} is null
 * for a first rating; {@code skillId} and both levels are null for an {@link ChangeOrigin#IMPORT_REPLACE} marker.
 */
public record RatingChange(long seq, String skillId, Integer oldLevel, Integer newLevel, Instant at, ChangeOrigin origin) {
}
