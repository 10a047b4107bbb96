package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Tick;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProgressWriter;
import dev.skillradar.ui.fx.Debounce;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * One statement of a skill's "Check yourself" list: its text, whether it is ticked (as {@code AppState.ticks()}
 * shows it: the autosave puts a tick there at once and takes it back if it could not be saved) and, while ticked,
 * an optional short note and http(s) evidence link, autosaved like the rating's ({@link AutosavedText}). A link
 * {@link EvidenceProblem} objects to is not saved; the reason is shown instead.
 */
public final class CheckItemViewModel {
    private final CheckStatement statement;
    private final String skillId;
    private final ProgressWriter writer;
    private final ReadOnlyBooleanWrapper ticked = new ReadOnlyBooleanWrapper(this, "ticked");
    /** The note and link fields were asked for ("Note or link…"), or had a text: they show while ticked. */
    private final BooleanProperty evidenceAsked = new SimpleBooleanProperty(this, "evidenceAsked");
    private final ObjectProperty<EvidenceProblem> problem = new SimpleObjectProperty<>(this, "problem");
    private final AutosavedText note;
    private final AutosavedText evidence;
    private final ReadOnlyStringProperty text;
    private final ReadOnlyStringProperty accessible;
    private final ReadOnlyStringProperty noteAccessible;
    private final ReadOnlyStringProperty evidenceAccessible;
    private final ReadOnlyStringProperty openAccessible;
    private final ReadOnlyStringProperty askAccessible;
    private final ReadOnlyStringProperty problemText;
    private final ReadOnlyBooleanProperty canOpenEvidence;
    private final ReadOnlyBooleanProperty evidenceShown;

    CheckItemViewModel(CheckStatement statement, LevelTexts levels, Messages messages, ProgressWriter writer,
                       Debounce noteDebounce, Debounce evidenceDebounce, Tick stored) {
        this.statement = statement;
        this.skillId = statement.skillId();
        this.writer = writer;
        String id = statement.id();
        note = new AutosavedText(this, "note", noteDebounce, CheckItemViewModel::storedNote, v -> true,
                v -> writer.setTickNote(skillId, id, v), ticked::get);
        evidence = new AutosavedText(this, "evidence", evidenceDebounce, String::strip, v -> {
            EvidenceProblem found = EvidenceProblem.of(v).orElse(null);
            problem.set(found);
            return found == null;
        }, v -> writer.setTickEvidence(skillId, id, v), ticked::get);
        evidence.text().addListener((obs, o, n) -> {
            if (problem.get() != null && EvidenceProblem.of(n).isEmpty()) {
                problem.set(null);
            }
        });
        var language = messages.languageProperty();
        text = Computed.text(this, "text", messages.bind(statement.text()));
        accessible = Computed.text(this, "accessible", () -> messages.get("assess.checks.statement.accessible",
                CheckLevelViewModel.heading(messages, levels, statement.level()), messages.of(statement.text())), language);
        noteAccessible = Computed.text(this, "noteAccessible", () -> messages.get("assess.checks.note.accessible",
                messages.of(statement.text())), language);
        evidenceAccessible = Computed.text(this, "evidenceAccessible", () -> messages.get(
                "assess.checks.evidence.accessible", messages.of(statement.text())), language);
        openAccessible = Computed.text(this, "openAccessible", () -> messages.get("assess.checks.evidence.openAccessible",
                messages.of(statement.text())), language);
        askAccessible = Computed.text(this, "askAccessible", () -> messages.get("assess.checks.addEvidence.accessible",
                messages.of(statement.text())), language);
        problemText = Computed.text(this, "evidenceProblem",
                () -> problem.get() == null ? "" : messages.get(problem.get().key()), problem, language);
        canOpenEvidence = Computed.flag(this, "canOpenEvidence", () -> !evidence.text().get().isBlank()
                && EvidenceProblem.of(evidence.text().get()).isEmpty(), evidence.text());
        // once shown, the fields stay while the statement is ticked, even when their text is deleted
        note.text().addListener((obs, o, n) -> evidenceAsked.set(evidenceAsked.get() || !n.isEmpty()));
        evidence.text().addListener((obs, o, n) -> evidenceAsked.set(evidenceAsked.get() || !n.isEmpty()));
        evidenceShown = Computed.flag(this, "evidenceShown", () -> ticked.get() && evidenceAsked.get(),
                ticked, evidenceAsked);
        applyStored(stored);
    }

    public String id() {
        return statement.id();
    }

    public int level() {
        return statement.level();
    }

    /** The statement in the current language. */
    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** "Level 2 · Guided: I have replaced a Python loop …", for the check box (whose role says ticked or not). */
    public ReadOnlyStringProperty accessibleProperty() {
        return accessible;
    }

    /** Ticked as the window shows it (the user's own tick at once, the stored one otherwise). */
    public ReadOnlyBooleanProperty tickedProperty() {
        return ticked.getReadOnlyProperty();
    }

    /** The note as typed (only a ticked statement has one); saved after a quiet moment or when the field is left. */
    public StringProperty noteProperty() {
        return note.text();
    }

    /** The evidence link as typed; saved only when valid (a blank one clears the stored link). */
    public StringProperty evidenceProperty() {
        return evidence.text();
    }

    /** Why the typed link was not saved, in the current language; empty when nothing is wrong. */
    public ReadOnlyStringProperty evidenceProblemProperty() {
        return problemText;
    }

    public ReadOnlyBooleanProperty canOpenEvidenceProperty() {
        return canOpenEvidence;
    }

    public ReadOnlyStringProperty noteAccessibleProperty() {
        return noteAccessible;
    }

    public ReadOnlyStringProperty evidenceAccessibleProperty() {
        return evidenceAccessible;
    }

    public ReadOnlyStringProperty askAccessibleProperty() {
        return askAccessible;
    }

    public ReadOnlyStringProperty openAccessibleProperty() {
        return openAccessible;
    }

    /** The note and link fields show: the statement is ticked and has a note or link, or the user asked for them. */
    public ReadOnlyBooleanProperty evidenceShownProperty() {
        return evidenceShown;
    }

    /** "Note or link…": shows the fields of a ticked statement. */
    public void askForEvidence() {
        if (ticked.get()) {
            evidenceAsked.set(true);
        }
    }

    /** The user ticks or unticks the statement; unticking drops its note and link, typed or stored. */
    public void setTicked(boolean value) {
        if (value == ticked.get()) {
            return;
        }
        if (value) {
            writer.tick(skillId, statement.id());
        } else {
            note.discard();
            evidence.discard();
            problem.set(null);
            evidenceAsked.set(false);
            writer.untick(skillId, statement.id());
        }
    }

    /** Saves a pending note at once: the field lost focus. */
    public void commitNote() {
        note.commit();
    }

    /** Checks and saves a pending link at once: Enter, or the field lost focus. */
    public void commitEvidence() {
        evidence.commit();
        if (problem.get() == null) {
            EvidenceProblem.of(evidence.text().get()).ifPresent(problem::set);
        }
    }

    /** The valid link as typed, for opening in the browser; null when there is none. */
    public String evidenceToOpen() {
        return canOpenEvidence.get() ? evidence.text().get().strip() : null;
    }

    /** The stored tick (null: not ticked): shown unless the user's own edit is still on its way. */
    void applyStored(Tick tick) {
        boolean becameEditable = tick != null && !ticked.get();
        ticked.set(tick != null);
        note.applyStored(noteOf(tick), becameEditable);
        evidence.applyStored(evidenceOf(tick), becameEditable);
    }

    /** A write of the skill failed and storage holds {@code stored}; typed text stays for another try. */
    void saveFailed(Tick stored) {
        ticked.set(stored != null);
        note.failed(noteOf(stored));
        evidence.failed(evidenceOf(stored));
    }

    void flush() {
        note.commit();
        evidence.commit();
    }

    /** The profile changed: what was typed for the old one must not reach the new one. */
    void discardPending() {
        note.discard();
        evidence.discard();
        problem.set(null);
    }

    /** As storage keeps a note: at most {@link Rating#MAX_NOTE_LENGTH} characters, stripped; blank clears. */
    private static String storedNote(String text) {
        return (text.length() > Rating.MAX_NOTE_LENGTH ? text.substring(0, Rating.MAX_NOTE_LENGTH) : text).strip();
    }

    private static String noteOf(Tick tick) {
        return tick == null || tick.note() == null ? "" : tick.note().strip();
    }

    private static String evidenceOf(Tick tick) {
        return tick == null || tick.evidence() == null ? "" : tick.evidence().strip();
    }
}
