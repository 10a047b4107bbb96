package dev.skillradar.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Autosave of one skill at a time for the current profile: each call queues a write of just that
 * skill on the single I/O thread (never the whole assessment, so a change made meanwhile from the
 * CLI is not overwritten) and updates {@link AppState#ratings()} once it is committed. Ticks of check
 * statements go to {@link AppState#ticks()}, confirmations take the skill out of {@link AppState#stale()};
 * each reports its status under the skill it belongs to.
 */
public interface ProgressWriter {
    void setLevel(String skillId, int level);

    /** Callers debounce notes; a blank note clears it. */
    void setNote(String skillId, String note);

    /** Callers validate first (http/https); a blank link clears it. */
    void setEvidence(String skillId, String url);

    /** Ticks one of the skill's check statements ("I have done this"). */
    void tick(String skillId, String checkId);

    /** Unticks the statement; its note and link go with it. */
    void untick(String skillId, String checkId);

    /** Callers debounce; only a ticked statement takes a note, a blank one clears it. */
    void setTickNote(String skillId, String checkId, String note);

    /** Callers validate first (http/https); only a ticked statement takes a link, a blank one clears it. */
    void setTickEvidence(String skillId, String checkId, String url);

    /** Confirms that the skill's rating still holds (a history entry with the level unchanged). */
    void confirm(String skillId);

    ReadOnlyObjectProperty<SaveStatus> statusProperty();
}
