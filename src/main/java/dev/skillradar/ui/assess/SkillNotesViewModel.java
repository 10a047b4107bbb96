package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProgressWriter;
import dev.skillradar.ui.fx.Debounce;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
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
    private final ObjectProperty<EvidenceProblem> problem = new SimpleObjectProperty<>(this, "problem");
    private final AutosavedText note;
    private final AutosavedText evidence;
    private final ReadOnlyStringProperty problemText;
    private final ReadOnlyBooleanProperty canOpenEvidence;
    private final ReadOnlyBooleanProperty hasNote;
    private final ReadOnlyStringProperty rateFirst;

    SkillNotesViewModel(String skillId, Messages messages, ProgressWriter writer, Consumer<String> opener,
                        Debounce noteDebounce, Debounce evidenceDebounce) {
        this.skillId = skillId;
        this.opener = opener;
        note = new AutosavedText(this, "note", noteDebounce, SkillNotesViewModel::storedNote, v -> true,
                v -> writer.setNote(skillId, v), editable::get);
        evidence = new AutosavedText(this, "evidence", evidenceDebounce, String::strip, v -> {
            EvidenceProblem found = EvidenceProblem.of(v).orElse(null);
            problem.set(found);
            return found == null;
        }, v -> writer.setEvidence(skillId, v), editable::get);
        evidence.text().addListener((obs, o, n) -> {
            if (problem.get() != null && EvidenceProblem.of(n).isEmpty()) {
                problem.set(null);
            }
        });
        problemText = Computed.text(this, "evidenceProblem",
                () -> problem.get() == null ? "" : messages.get(problem.get().key()), problem, messages.languageProperty());
        canOpenEvidence = Computed.flag(this, "canOpenEvidence",
                () -> !evidence.text().get().isBlank() && EvidenceProblem.of(evidence.text().get()).isEmpty(), evidence.text());
        hasNote = Computed.flag(this, "hasNote", () -> !note.text().get().isBlank(), note.text());
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
        return note.text();
    }

    /** The evidence link as typed; saved only when valid (a blank one clears the stored link). */
    public StringProperty evidenceProperty() {
        return evidence.text();
    }

    /** Why the typed evidence link was not saved, in the current language; empty when nothing is wrong. */
    public ReadOnlyStringProperty evidenceProblemProperty() {
        return problemText;
    }

    /** The typed evidence link is a valid address that the Open button can open. */
    public ReadOnlyBooleanProperty canOpenEvidenceProperty() {
        return canOpenEvidence;
    }

    /** The note is not blank (the row shows a "Note" chip). */
    public ReadOnlyBooleanProperty hasNoteProperty() {
        return hasNote;
    }

    /** There is a valid evidence link (the row shows an "Evidence" chip). */
    public ReadOnlyBooleanProperty hasEvidenceProperty() {
        return canOpenEvidence;
    }

    /** Saves a pending (or held) note at once: the field lost focus. */
    public void commitNote() {
        note.commit();
    }

    /** Checks and saves a pending (or held) evidence link at once: Enter, or the field lost focus. */
    public void commitEvidence() {
        evidence.commit();
        if (problem.get() == null) {
            EvidenceProblem.of(evidence.text().get()).ifPresent(problem::set);
        }
    }

    public void openEvidence() {
        if (canOpenEvidence.get()) {
            opener.accept(evidence.text().get().strip());
        }
    }

    void flush() {
        note.commit();
        evidence.commit();
        if (note.isHeld() || evidence.isHeld()) {
            LOG.log(System.Logger.Level.WARNING, "{0}: a typed note or link could not be saved (no rating, or not a valid link)", skillId);
        }
    }

    /** The profile changed: edits typed for the old one must not be written to the new one. */
    void discardPending() {
        note.discard();
        evidence.discard();
    }

    /** A write of this skill failed: what storage holds is {@code stored}; the typed text stays for another try. */
    void saveFailed(Rating stored) {
        editable.set(stored != null);
        note.failed(noteOf(stored));
        evidence.failed(evidenceOf(stored));
    }

    void applyStored(Rating rating) {
        boolean becameEditable = rating != null && !editable.get();
        editable.set(rating != null);
        note.applyStored(noteOf(rating), becameEditable);
        evidence.applyStored(evidenceOf(rating), becameEditable);
    }

    /** As storage keeps a note: at most {@link Rating#MAX_NOTE_LENGTH} characters, stripped; blank clears. */
    private static String storedNote(String text) {
        return (text.length() > Rating.MAX_NOTE_LENGTH ? text.substring(0, Rating.MAX_NOTE_LENGTH) : text).strip();
    }

    private static String noteOf(Rating rating) {
        return rating == null || rating.note() == null ? "" : rating.note().strip();
    }

    private static String evidenceOf(Rating rating) {
        return rating == null || rating.evidence() == null ? "" : rating.evidence().strip();
    }
}
