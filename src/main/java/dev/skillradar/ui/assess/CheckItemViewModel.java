package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Tick;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProgressWriter;
import dev.skillradar.ui.fx.Debounce;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
    private final NoteAndLink fields;
    private final ReadOnlyStringProperty text;
    private final ReadOnlyStringProperty accessible;
    private final ReadOnlyStringProperty noteAccessible;
    private final ReadOnlyStringProperty evidenceAccessible;
    private final ReadOnlyStringProperty openAccessible;
    private final ReadOnlyStringProperty askAccessible;
    private final ReadOnlyBooleanProperty evidenceShown;

    CheckItemViewModel(CheckStatement statement, LevelTexts levels, Messages messages, ProgressWriter writer,
                       Debounce noteDebounce, Debounce evidenceDebounce, Tick stored) {
        this.statement = statement;
        this.skillId = statement.skillId();
        this.writer = writer;
        String id = statement.id();
        fields = new NoteAndLink(this, messages, noteDebounce, evidenceDebounce,
                v -> writer.setTickNote(skillId, id, v), v -> writer.setTickEvidence(skillId, id, v), ticked::get);
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
        // once shown, the fields stay while the statement is ticked, even when their text is deleted
        fields.note().addListener((obs, o, n) -> evidenceAsked.set(evidenceAsked.get() || !n.isEmpty()));
        fields.evidence().addListener((obs, o, n) -> evidenceAsked.set(evidenceAsked.get() || !n.isEmpty()));
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
        return fields.note();
    }

    /** The evidence link as typed; saved only when valid (a blank one clears the stored link). */
    public StringProperty evidenceProperty() {
        return fields.evidence();
    }

    /** Why the typed link was not saved, in the current language; empty when nothing is wrong. */
    public ReadOnlyStringProperty evidenceProblemProperty() {
        return fields.problemText();
    }

    public ReadOnlyBooleanProperty canOpenEvidenceProperty() {
        return fields.canOpen();
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
            fields.discard();
            evidenceAsked.set(false);
            writer.untick(skillId, statement.id());
        }
    }

    /** Saves a pending note at once: the field lost focus. */
    public void commitNote() {
        fields.commitNote();
    }

    /** Checks and saves a pending link at once: Enter, or the field lost focus. */
    public void commitEvidence() {
        fields.commitEvidence();
    }

    /** The valid link as typed, for opening in the browser; null when there is none. */
    public String evidenceToOpen() {
        return fields.linkToOpen();
    }

    /** The stored tick (null: not ticked): shown unless the user's own edit is still on its way. */
    void applyStored(Tick tick) {
        boolean becameEditable = tick != null && !ticked.get();
        ticked.set(tick != null);
        fields.applyStored(tick == null ? null : tick.note(), tick == null ? null : tick.evidence(), becameEditable);
    }

    /** A write of the skill failed and storage holds {@code stored}; typed text stays for another try. */
    void saveFailed(Tick stored) {
        ticked.set(stored != null);
        fields.failed(stored == null ? null : stored.note(), stored == null ? null : stored.evidence());
    }

    void flush() {
        fields.flush();
    }

    /** The profile changed: what was typed for the old one must not reach the new one. */
    void discardPending() {
        fields.discard();
    }
}
