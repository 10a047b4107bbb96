package dev.skillradar.assessment;

import java.time.Instant;

/**
 * One entry of a profile's append-only tick history, ordered by {@code seq}: a statement ticked (with the note and
 * link it had then) or unticked. {@code checkId} and {@code ticked} are null for an {@link ChangeOrigin#IMPORT_REPLACE}
 * marker, from which on the ticks of an import replaced the earlier ones.
 */
public record TickChange(long seq, String checkId, Boolean ticked, String note, String evidence, Instant at,
                         ChangeOrigin origin) {
}
