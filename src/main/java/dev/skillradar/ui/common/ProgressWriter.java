package dev.skillradar.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Autosave of one skill at a time for the current profile: each call queues a write of just that
 * skill on the single I/O thread (never the whole assessment, so a change made meanwhile from the
 * CLI is not overwritten) and updates {@link AppState#ratings()} once it is committed.
 */
public interface ProgressWriter {
    void setLevel(String skillId, int level);

    /** Callers debounce notes; a blank note clears it. */
    void setNote(String skillId, String note);

    /** Callers validate first (http/https); a blank link clears it. */
    void setEvidence(String skillId, String url);

    ReadOnlyObjectProperty<SaveStatus> statusProperty();
}
