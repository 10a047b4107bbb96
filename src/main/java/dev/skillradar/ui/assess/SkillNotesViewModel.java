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
    /** What storage holds (or will, once the last write commits), stripped as storage strips. */
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
            opener.accept(evidence.get().strip());
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

    /** A write of this skill failed: what storage holds is {@code stored}; the typed text stays for another try. */
    void saveFailed(Rating stored) {
        noteOutbox.failed();
        evidenceOutbox.failed();
        knownNote = noteOf(stored);
        knownEvidence = evidenceOf(stored);
    }

    void applyStored(Rating rating) {
        String storedNote = noteOf(rating);
        String storedEvidence = evidenceOf(rating);
        // Storage strips what it saves: text that differs only by surrounding spaces is left alone,
        // so a pause after typing a space never eats the space.
        if (noteOutbox.accept(storedNote) && !noteDebounce.isPending()) {
            knownNote = storedNote;
            if (!storedNote.equals(note.get().strip())) {
                quietly(() -> note.set(storedNote));
            }
        }
        if (evidenceOutbox.accept(storedEvidence) && !evidenceDebounce.isPending()) {
            knownEvidence = storedEvidence;
            if (!storedEvidence.equals(evidence.get().strip())) {
                quietly(() -> {
                    evidence.set(storedEvidence);
                    problem.set(null);
                });
            }
        }
    }

    private static String noteOf(Rating rating) {
        return rating == null || rating.note() == null ? "" : rating.note().strip();
    }

    private static String evidenceOf(Rating rating) {
        return rating == null || rating.evidence() == null ? "" : rating.evidence().strip();
    }

    private void saveNote() {
        String text = note.get();
        if (text.length() > Rating.MAX_NOTE_LENGTH) {
            text = text.substring(0, Rating.MAX_NOTE_LENGTH);
        }
        String value = text.strip(); // as storage keeps it; blank clears
        if (value.equals(knownNote)) {
            return;
        }
        knownNote = value;
        noteOutbox.sent(value);
        writer.setNote(skillId, value);
    }

    private void saveEvidence() {
        String value = evidence.get().strip();
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
