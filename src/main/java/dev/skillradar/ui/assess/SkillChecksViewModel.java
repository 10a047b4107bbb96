package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Tick;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProgressWriter;
import dev.skillradar.ui.fx.Debounce;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A skill's self-check on the Assess screen: the check-based level beside the self-rating ("You: 4 · Checks: 2")
 * with a one-line explanation where they differ, a soft request for evidence on a rating from level
 * {@value #EVIDENCE_FROM} up that has none, whether the rating is due to be confirmed again, and its statements
 * by level ({@link #levels()}, made the first time they are asked for: when the details open).
 *
 * <p>Fed from {@code AppState} by {@link ChecksSync}. Until the statements are read, and always for a roadmap
 * without statements, nothing about checks is shown ({@link #shownProperty()} false, the texts empty).
 */
public final class SkillChecksViewModel {
    /** From this level up a rating without a note, a link or a ticked statement asks for evidence. */
    static final int EVIDENCE_FROM = 3;

    private final SkillRowViewModel row;
    private final Messages messages;
    private final ProgressWriter writer;
    private final LevelTexts levels;
    private final Supplier<Debounce> debounces;
    private final ReadOnlyObjectWrapper<CheckCatalogue> catalogue = new ReadOnlyObjectWrapper<>(this, "catalogue");
    private final ReadOnlyIntegerWrapper checkedLevel = new ReadOnlyIntegerWrapper(this, "checkedLevel");
    private final ReadOnlyIntegerWrapper tickedCount = new ReadOnlyIntegerWrapper(this, "tickedCount");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    /** The skill's ticks, by statement id (only statements the catalogue has). */
    private final Map<String, Tick> ticks = new HashMap<>();
    private final Map<String, CheckItemViewModel> items = new LinkedHashMap<>();
    private List<CheckLevelViewModel> levelList;
    private final ReadOnlyBooleanProperty shown;
    private final ReadOnlyBooleanProperty differs;
    private final ReadOnlyStringProperty comparison;
    private final ReadOnlyStringProperty explanation;
    private final ReadOnlyStringProperty evidenceHint;
    private final ReadOnlyStringProperty ratingHelp;
    private final ReadOnlyStringProperty note;
    private final ReadOnlyStringProperty confirmAccessible;
    private final ReadOnlyBooleanProperty lineShown;

    /** {@code checksAvailable}: the roadmap has statements (they may not be read yet). */
    SkillChecksViewModel(SkillRowViewModel row, Messages messages, ProgressWriter writer, LevelTexts levels,
                         Supplier<Debounce> debounces, boolean checksAvailable) {
        this.row = row;
        this.messages = messages;
        this.writer = writer;
        this.levels = levels;
        this.debounces = debounces;
        var language = messages.languageProperty();
        var level = row.levelProperty();
        var rated = row.ratedProperty();
        var notes = row.notes();
        shown = Computed.flag(this, "shown", () -> catalogue.get() != null && catalogue.get().has(row.id()), catalogue);
        differs = Computed.flag(this, "differs", () -> shown.get() && !row.showsUnrated() && tickedCount.get() > 0
                && level.get() != checkedLevel.get(), shown, level, rated, tickedCount, checkedLevel);
        comparison = Computed.text(this, "comparison", () -> {
            if (!shown.get() || (row.showsUnrated() && tickedCount.get() == 0)) {
                return "";
            }
            String you = row.showsUnrated() ? messages.get("assess.checks.you.notRated") : levels.shortLabel(level.get());
            return tickedCount.get() == 0 ? messages.get("assess.checks.compareNone", you)
                    : messages.get("assess.checks.compare", you, levels.shortLabel(checkedLevel.get()));
        }, shown, level, rated, tickedCount, checkedLevel, language);
        explanation = Computed.text(this, "explanation", this::explain, differs, level, checkedLevel, language);
        evidenceHint = Computed.text(this, "evidenceHint", () -> {
            boolean ready = catalogue.get() != null || !checksAvailable; // no hint that changes its words a moment later
            if (!ready || row.showsUnrated() || level.get() < EVIDENCE_FROM || tickedCount.get() > 0
                    || notes.hasNoteProperty().get() || notes.hasEvidenceProperty().get()) {
                return "";
            }
            return messages.get(shown.get() ? "assess.checks.evidenceHint" : "assess.checks.evidenceHintNoChecks",
                    levels.shortLabel(EVIDENCE_FROM));
        }, catalogue, shown, level, rated, tickedCount, notes.hasNoteProperty(), notes.hasEvidenceProperty(), language);
        note = Computed.text(this, "note", () -> shown.get() ? messages.of(catalogue.get().note()) : "", shown, language);
        confirmAccessible = Computed.text(this, "confirmAccessible", () -> messages.get("assess.confirm.accessible",
                messages.of(row.skill().name()), levels.label(level.get())), level, language);
        ratingHelp = Computed.text(this, "ratingHelp", () -> Stream.of(comparison.get(), explanation.get(),
                        evidenceHint.get(), stale.get() ? messages.get("assess.confirm.marker") : "")
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" · ")), comparison, explanation, evidenceHint, stale);
        lineShown = Computed.flag(this, "lineShown", () -> !comparison.get().isEmpty() || !evidenceHint.get().isEmpty()
                || stale.get(), comparison, evidenceHint, stale);
    }

    private String explain() {
        if (!differs.get()) {
            return "";
        }
        int self = row.levelProperty().get();
        int checked = checkedLevel.get();
        if (self < checked) {
            return messages.get("assess.checks.under", levels.shortLabel(checked));
        }
        return self == checked + 1
                ? messages.get("assess.checks.over", levels.shortLabel(checked), levels.shortLabel(self))
                : messages.get("assess.checks.overRange", levels.shortLabel(checked), levels.shortLabel(checked + 1),
                levels.shortLabel(self));
    }

    /** The statements are read and the skill has some: the row shows its check-based level, the details "Check yourself". */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    /** The skill's check-based level (0 when no level is completely ticked). */
    public ReadOnlyIntegerProperty checkedLevelProperty() {
        return checkedLevel.getReadOnlyProperty();
    }

    /** The rating and the check-based level differ while at least one statement is ticked (the row highlights it). */
    public ReadOnlyBooleanProperty differsProperty() {
        return differs;
    }

    /** "You: 4 · Checks: 2", "You: 4 · Checks: none ticked"; empty while nothing is rated or ticked, or no checks. */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison;
    }

    /** Where they differ, what would bring them together ("… tick those of levels 3–4 or lower your rating."). */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation;
    }

    /** The soft request for evidence on a rating from level 3 up without any; empty otherwise. Never blocks. */
    public ReadOnlyStringProperty evidenceHintProperty() {
        return evidenceHint;
    }

    /** The rating control's accessible help: the comparison, its explanation, the hint and the marker, joined. */
    public ReadOnlyStringProperty ratingHelpProperty() {
        return ratingHelp;
    }

    /** That the statements are SkillRadar's own judgement (the catalogue's note), in the current language. */
    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    /** The rating neither changed nor was confirmed for the data folder's period: "Confirm again". */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** "Confirm again that Python is still at 4 · Advanced (Enter)". */
    public ReadOnlyStringProperty confirmAccessibleProperty() {
        return confirmAccessible;
    }

    /** The row has something of this to show under its stars (the part is made the first time). */
    public ReadOnlyBooleanProperty lineShownProperty() {
        return lineShown;
    }

    /** The skill's statements by level 1..5, made on the first call; empty while the statements are not read. */
    public List<CheckLevelViewModel> levels() {
        if (levelList == null) {
            if (!shown.get()) {
                return List.of();
            }
            List<CheckLevelViewModel> out = new ArrayList<>();
            for (int l = CheckCatalogue.FIRST_LEVEL; l <= CheckCatalogue.LAST_LEVEL; l++) {
                List<CheckItemViewModel> of = new ArrayList<>();
                for (CheckStatement s : catalogue.get().of(row.id(), l)) {
                    CheckItemViewModel item = new CheckItemViewModel(s, levels, messages, writer, debounces.get(),
                            debounces.get(), ticks.get(s.id()));
                    items.put(s.id(), item);
                    of.add(item);
                }
                out.add(new CheckLevelViewModel(l, levels, of, checkedLevel.getReadOnlyProperty(), messages));
            }
            levelList = List.copyOf(out);
        }
        return levelList;
    }

    /** Confirms the rating again, if it is due; true when it was (a key that did it is used up). */
    public boolean confirm() {
        if (!stale.get() || row.showsUnrated()) {
            return false;
        }
        writer.confirm(row.id());
        return true;
    }

    /** The statements once read (a roadmap's statements never change afterwards), with the skill's ticks. */
    void setCatalogue(CheckCatalogue checks, Map<String, Tick> skillTicks) {
        ticks.clear();
        ticks.putAll(skillTicks);
        tickedCount.set(ticks.size());
        catalogue.set(checks);
        items.values().forEach(i -> i.applyStored(ticks.get(i.id())));
    }

    /** A stored (or optimistic) tick of one of the skill's statements; null: not ticked. */
    void applyTick(String checkId, Tick tick) {
        if (tick == null) {
            ticks.remove(checkId);
        } else {
            ticks.put(checkId, tick);
        }
        tickedCount.set(ticks.size());
        CheckItemViewModel item = items.get(checkId);
        if (item != null) {
            item.applyStored(tick);
        }
    }

    void setCheckedLevel(int level) {
        checkedLevel.set(level);
    }

    void setStale(boolean value) {
        stale.set(value);
    }

    /** A write of this skill failed: each statement shows what storage holds, typed text stays for another try. */
    void saveFailed() {
        items.values().forEach(i -> i.saveFailed(ticks.get(i.id())));
    }

    void flush() {
        items.values().forEach(CheckItemViewModel::flush);
    }

    void discardPending() {
        items.values().forEach(CheckItemViewModel::discardPending);
    }
}
