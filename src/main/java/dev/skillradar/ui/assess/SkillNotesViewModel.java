package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProgressWriter;
import dev.skillradar.ui.fx.Debounce;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A skill's note and evidence link: typed text is saved after a quiet moment (or when the field is
 * left), an evidence link only when {@link EvidenceProblem} finds nothing wrong with it. Stored values
 * (after a commit, or a reload when the CLI changed data) replace the text unless the user's own
 * edit is still pending, on its way, or could not be saved ({@link AutosavedText}).
 * <p>Storage keeps a note or link only with a rating, so both can be edited only while the skill is
 * rated ({@link #editableProperty()}). Text that could not be written meanwhile stays on screen and
 * is written as soon as the skill is rated.
 */
public final class SkillNotesViewModel {
    private static final System.Logger LOG = System.getLogger(SkillNotesViewModel.class.getName());

    private final String skillId;
    private final Consumer<String> opener;
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final NoteAndLink fields;
    private final ReadOnlyBooleanProperty hasNote;
    private final ReadOnlyStringProperty rateFirst;

    SkillNotesViewModel(String skillId, Messages messages, ProgressWriter writer, Consumer<String> opener,
                        Debounce noteDebounce, Debounce evidenceDebounce) {
        this.skillId = skillId;
        this.opener = opener;
        fields = new NoteAndLink(this, messages, noteDebounce, evidenceDebounce, v -> writer.setNote(skillId, v),
                v -> writer.setEvidence(skillId, v), editable::get);
        hasNote = Computed.flag(this, "hasNote", () -> !fields.note().get().isBlank(), fields.note());
        rateFirst = Computed.text(this, "rateFirstText", messages.text("assess.notes.rateFirst"));
    }

    /** True while the skill has a rating: storage keeps a note or link only then. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** "Rate this skill first to add a note and an evidence link", for while it is not editable. */
    public ReadOnlyStringProperty rateFirstTextProperty() {
        return rateFirst;
    }

    /** The note as typed; edits are saved about 600 ms after typing stops. */
    public StringProperty noteProperty() {
        return fields.note();
    }

    /** The evidence link as typed; saved only when valid (a blank one clears the stored link). */
    public StringProperty evidenceProperty() {
        return fields.evidence();
    }

    /** Why the typed evidence link was not saved, in the current language; empty when nothing is wrong. */
    public ReadOnlyStringProperty evidenceProblemProperty() {
        return fields.problemText();
    }

    /** The typed evidence link is a valid address that the Open button can open. */
    public ReadOnlyBooleanProperty canOpenEvidenceProperty() {
        return fields.canOpen();
    }

    /** The note is not blank (the row shows a "Note" chip). */
    public ReadOnlyBooleanProperty hasNoteProperty() {
        return hasNote;
    }

    /** There is a valid evidence link (the row shows an "Evidence" chip). */
    public ReadOnlyBooleanProperty hasEvidenceProperty() {
        return fields.canOpen();
    }

    /** Saves a pending (or held) note at once: the field lost focus. */
    public void commitNote() {
        fields.commitNote();
    }

    /** Checks and saves a pending (or held) evidence link at once: Enter, or the field lost focus. */
    public void commitEvidence() {
        fields.commitEvidence();
    }

    public void openEvidence() {
        String link = fields.linkToOpen();
        if (link != null) {
            opener.accept(link);
        }
    }

    void flush() {
        if (fields.flush()) {
            LOG.log(System.Logger.Level.WARNING, "{0}: a typed note or link could not be saved (no rating, or not a valid link)", skillId);
        }
    }

    /** The profile changed: edits typed for the old one must not be written to the new one. */
    void discardPending() {
        fields.discard();
    }

    /** A write of this skill failed: what storage holds is {@code stored}; the typed text stays for another try. */
    void saveFailed(Rating stored) {
        editable.set(stored != null);
        fields.failed(stored == null ? null : stored.note(), stored == null ? null : stored.evidence());
    }

    void applyStored(Rating rating) {
        boolean becameEditable = rating != null && !editable.get();
        editable.set(rating != null);
        fields.applyStored(rating == null ? null : rating.note(), rating == null ? null : rating.evidence(),
                becameEditable);
    }
}
