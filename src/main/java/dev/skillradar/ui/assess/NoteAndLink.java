package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.fx.Debounce;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * A short note and an http(s) evidence link, each autosaved ({@link AutosavedText}): the pair a rating has and
 * a ticked check statement has. The note is saved as storage keeps it; a link only when {@link EvidenceProblem}
 * finds nothing wrong with it, else the reason is shown until the link is corrected.
 */
final class NoteAndLink {
    private final ObjectProperty<EvidenceProblem> problem;
    private final AutosavedText note;
    private final AutosavedText evidence;
    private final ReadOnlyStringProperty problemText;
    private final ReadOnlyBooleanProperty canOpen;

    NoteAndLink(Object bean, Messages messages, Debounce noteDebounce, Debounce evidenceDebounce,
                Consumer<String> writeNote, Consumer<String> writeEvidence, BooleanSupplier editable) {
        problem = new SimpleObjectProperty<>(bean, "problem");
        note = new AutosavedText(bean, "note", noteDebounce, NoteAndLink::storedNote, v -> true, writeNote, editable);
        evidence = new AutosavedText(bean, "evidence", evidenceDebounce, String::strip, v -> {
            EvidenceProblem found = EvidenceProblem.of(v).orElse(null);
            problem.set(found);
            return found == null;
        }, writeEvidence, editable);
        evidence.text().addListener((obs, o, n) -> {
            if (problem.get() != null && EvidenceProblem.of(n).isEmpty()) {
                problem.set(null);
            }
        });
        problemText = Computed.text(bean, "evidenceProblem",
                () -> problem.get() == null ? "" : messages.get(problem.get().key()), problem, messages.languageProperty());
        canOpen = Computed.flag(bean, "canOpenEvidence",
                () -> !evidence.text().get().isBlank() && EvidenceProblem.of(evidence.text().get()).isEmpty(),
                evidence.text());
    }

    StringProperty note() {
        return note.text();
    }

    StringProperty evidence() {
        return evidence.text();
    }

    /** Why the typed link was not saved, in the current language; empty when nothing is wrong. */
    ReadOnlyStringProperty problemText() {
        return problemText;
    }

    /** The typed link is a valid address that can be opened. */
    ReadOnlyBooleanProperty canOpen() {
        return canOpen;
    }

    /** The valid link as typed, for the browser; null when there is none. */
    String linkToOpen() {
        return canOpen.get() ? evidence.text().get().strip() : null;
    }

    /** Saves a pending note at once: the field lost focus. */
    void commitNote() {
        note.commit();
    }

    /** Checks and saves a pending link at once (Enter, or the field lost focus); a bad one shows why. */
    void commitEvidence() {
        evidence.commit();
        if (problem.get() == null) {
            EvidenceProblem.of(evidence.text().get()).ifPresent(problem::set);
        }
    }

    /** Saves whatever is pending; true if a typed text is still held back (not editable, or not a valid link). */
    boolean flush() {
        note.commit();
        evidence.commit();
        return note.isHeld() || evidence.isHeld();
    }

    /** Drops what was typed and not saved (the profile changed, or the statement was unticked). */
    void discard() {
        note.discard();
        evidence.discard();
        problem.set(null);
    }

    /** Storage holds these (null: nothing): shown unless the user's own edit is still on its way. */
    void applyStored(String storedNote, String storedEvidence, boolean becameEditable) {
        note.applyStored(clean(storedNote), becameEditable);
        evidence.applyStored(clean(storedEvidence), becameEditable);
    }

    /** A write failed and storage holds these; typed text stays for another try. */
    void failed(String storedNote, String storedEvidence) {
        note.failed(clean(storedNote));
        evidence.failed(clean(storedEvidence));
    }

    private static String clean(String stored) {
        return stored == null ? "" : stored.strip();
    }

    /** As storage keeps a note: at most {@link Rating#MAX_NOTE_LENGTH} characters, stripped; blank clears. */
    private static String storedNote(String text) {
        return (text.length() > Rating.MAX_NOTE_LENGTH ? text.substring(0, Rating.MAX_NOTE_LENGTH) : text).strip();
    }
}
