package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProgressWriter;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A skill's note and evidence link: typed text is saved after a quiet moment (or when the field is
 * left), an evidence link only when {@link EvidenceProblem} finds nothing wrong with it. Stored values
 * (after a commit, or a reload when the CLI changed data) replace the text unless the user's own
 * edit is still pending or on its way.
 */
public final class SkillNotesViewModel {
    private final String skillId;
    private final Messages messages;
    private final ProgressWriter writer;
    private final Consumer<String> opener;
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty evidence = new SimpleStringProperty(this, "evidence", "");
    private final ObjectProperty<EvidenceProblem> problem = new SimpleObjectProperty<>(this, "problem");
    private final Debounce noteDebounce;
    private final Debounce evidenceDebounce;
    private final Outbox<String> noteOutbox = new Outbox<>();
    private final Outbox<String> evidenceOutbox = new Outbox<>();
    private final StringBinding problemText;
    private final BooleanBinding canOpenEvidence;
    private String knownNote = "";
    private String knownEvidence = "";
    private boolean quiet;

    SkillNotesViewModel(String skillId, Messages messages, ProgressWriter writer, Consumer<String> opener,
                        Debounce noteDebounce, Debounce evidenceDebounce) {
        this.skillId = skillId;
        this.messages = messages;
        this.writer = writer;
        this.opener = opener;
        this.noteDebounce = noteDebounce;
        this.evidenceDebounce = evidenceDebounce;
        note.addListener((obs, o, n) -> {
            if (!quiet) {
                noteDebounce.schedule(this::saveNote);
            }
        });
        evidence.addListener((obs, o, n) -> {
            if (!quiet) {
                if (problem.get() != null && EvidenceProblem.of(n).isEmpty()) {
                    problem.set(null);
                }
                evidenceDebounce.schedule(this::saveEvidence);
            }
        });
        problemText = Bindings.createStringBinding(
                () -> problem.get() == null ? "" : messages.get(problem.get().key()), problem, messages.languageProperty());
        canOpenEvidence = Bindings.createBooleanBinding(
                () -> !evidence.get().isBlank() && EvidenceProblem.of(evidence.get()).isEmpty(), evidence);
    }

    /** The note as typed; edits are saved about 600 ms after typing stops. */
    public StringProperty noteProperty() {
        return note;
    }

    /** The evidence link as typed; saved only when valid (a blank one clears the stored link). */
    public StringProperty evidenceProperty() {
        return evidence;
    }

    /** Why the typed evidence link was not saved, in the current language; empty when nothing is wrong. */
    public StringBinding evidenceProblemText() {
        return problemText;
    }

    public BooleanBinding canOpenEvidence() {
        return canOpenEvidence;
    }

    public BooleanBinding hasNote() {
        return Bindings.createBooleanBinding(() -> !note.get().isBlank(), note);
    }

    public BooleanBinding hasEvidence() {
        return canOpenEvidence;
    }

    /** Saves a pending note at once (the field lost focus). */
    public void commitNote() {
        noteDebounce.flush();
    }

    /** Checks and saves a pending evidence link at once (Enter, or the field lost focus). */
    public void commitEvidence() {
        evidenceDebounce.flush();
        if (problem.get() == null) {
            EvidenceProblem.of(evidence.get()).ifPresent(problem::set);
        }
    }

    public void openEvidence() {
        if (canOpenEvidence.get()) {
            opener.accept(evidence.get().trim());
        }
    }

    void flush() {
        noteDebounce.flush();
        evidenceDebounce.flush();
    }

    /** The profile changed: edits typed for the old one must not be written to the new one. */
    void discardPending() {
        noteDebounce.cancel();
        evidenceDebounce.cancel();
        noteOutbox.failed();
        evidenceOutbox.failed();
    }

    void saveFailed() {
        noteOutbox.failed();
        evidenceOutbox.failed();
        knownNote = null;
        knownEvidence = null;
    }

    void applyStored(Rating rating) {
        String storedNote = rating == null || rating.note() == null ? "" : rating.note();
        String storedEvidence = rating == null || rating.evidence() == null ? "" : rating.evidence();
        if (noteOutbox.accept(storedNote) && !noteDebounce.isPending()) {
            knownNote = storedNote;
            quietly(() -> note.set(storedNote));
        }
        if (evidenceOutbox.accept(storedEvidence) && !evidenceDebounce.isPending()) {
            knownEvidence = storedEvidence;
            quietly(() -> {
                evidence.set(storedEvidence);
                problem.set(null);
            });
        }
    }

    private void saveNote() {
        String text = note.get();
        if (text.length() > Rating.MAX_NOTE_LENGTH) {
            text = text.substring(0, Rating.MAX_NOTE_LENGTH);
        }
        String value = text.isBlank() ? "" : text;
        if (value.equals(knownNote)) {
            return;
        }
        knownNote = value;
        noteOutbox.sent(value);
        writer.setNote(skillId, value);
    }

    private void saveEvidence() {
        String value = evidence.get().trim();
        EvidenceProblem found = EvidenceProblem.of(value).orElse(null);
        problem.set(found);
        if (found != null || value.equals(knownEvidence)) {
            return;
        }
        knownEvidence = value;
        evidenceOutbox.sent(value);
        writer.setEvidence(skillId, value);
    }

    private void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }
}
