package dev.skillradar.ui.common;

import java.time.Instant;

/** What the autosave queue last did: shown as "Saving…", "Saved" (only after COMMIT) or "Not saved: reason". */
public record SaveStatus(State state, String skillId, String message, Instant at) {
    public enum State { IDLE, SAVING, SAVED, FAILED }

    public static final SaveStatus IDLE = new SaveStatus(State.IDLE, null, null, null);
}
