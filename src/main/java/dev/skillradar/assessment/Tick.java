package dev.skillradar.assessment;

import java.time.Instant;

/**
 * A ticked check statement of a profile ("I have done this"), with an optional note and evidence link
 * (http/https) and when it was ticked. A tick on an id the catalogue no longer has is kept and ignored.
 */
public record Tick(String checkId, String note, String evidence, Instant tickedAt) {
}
