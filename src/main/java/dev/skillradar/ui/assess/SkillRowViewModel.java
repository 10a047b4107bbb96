package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.Level;
import dev.skillradar.catalog.Resource;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Scale;
import dev.skillradar.catalog.Skill;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProgressWriter;
import dev.skillradar.ui.common.SaveStatus;
import dev.skillradar.ui.fx.Debounce;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * One skill on the Assess screen: its level (from {@code AppState.ratings()}, or the user's own
 * change on its way to the writer), the current role's target, the texts the row shows
 * ({@link #texts()}) and the rating command. A user rating is written once; stored values arriving later are only displayed.
 * A skill without a rating ({@link #ratedProperty()} false) counts as 0 for readiness and gaps, but
 * reads "Not rated", not "0 · No exposure". Its self-check (check-based level, evidence, confirming again) is
 * {@link #checks()}.
 */
public final class SkillRowViewModel implements AssessItem {
    private final Skill skill;
    private final Roadmap roadmap;
    private final Messages messages;
    private final ProgressWriter writer;
    private final GroupViewModel group;
    private final SkillNotesViewModel notes;
    private final Consumer<SkillRowViewModel> onUserRating;
    private final LevelTexts levels;
    private final ReadOnlyIntegerWrapper level = new ReadOnlyIntegerWrapper(this, "level");
    private final ReadOnlyIntegerWrapper target = new ReadOnlyIntegerWrapper(this, "target");
    private final ReadOnlyBooleanWrapper rated = new ReadOnlyBooleanWrapper(this, "rated");
    private final IntegerProperty hoverLevel = new SimpleIntegerProperty(this, "hoverLevel", -1);
    private final BooleanProperty focused = new SimpleBooleanProperty(this, "focused");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);
    private final ReadOnlyObjectWrapper<SaveStatus> status = new ReadOnlyObjectWrapper<>(this, "status", SaveStatus.IDLE);
    private final Outbox<Integer> levelOutbox = new Outbox<>();
    private final ReadOnlyBooleanProperty unrated;
    private final ReadOnlyObjectProperty<Integer> shownLevel;
    private final ReadOnlyBooleanProperty meetsTarget;
    private final ReadOnlyBooleanProperty hintShown;
    private final ReadOnlyObjectProperty<IntFunction<String>> levelLabels;
    private final SkillRowTexts texts;
    private final SkillChecksViewModel checks;

    SkillRowViewModel(Skill skill, Roadmap roadmap, Messages messages, ProgressWriter writer, GroupViewModel group,
                      SkillNotesViewModel notes, Consumer<SkillRowViewModel> onUserRating, Supplier<Debounce> debounces) {
        this.skill = skill;
        this.roadmap = roadmap;
        this.messages = messages;
        this.writer = writer;
        this.group = group;
        this.notes = notes;
        this.onUserRating = onUserRating;
        this.levels = new LevelTexts(roadmap, messages, skill.scale());
        unrated = Computed.flag(this, "unrated", this::showsUnrated, level, rated);
        shownLevel = Computed.value(this, "shownLevel", () -> showsUnrated() ? null : level.get(), level, rated);
        ReadOnlyIntegerProperty unit = group == null ? level.getReadOnlyProperty() : group.bestProperty();
        ReadOnlyIntegerProperty goal = group == null ? target.getReadOnlyProperty() : group.targetProperty();
        meetsTarget = Computed.flag(this, "meetsTarget", () -> unit.get() >= goal.get(), unit, goal);
        hintShown = Computed.flag(this, "hintShown", () -> hoverLevel.get() >= 0 || focused.get(), hoverLevel, focused);
        levelLabels = Computed.value(this, "levelLabels", () -> levels::label, messages.languageProperty());
        texts = new SkillRowTexts(this, roadmap, messages, levels);
        checks = new SkillChecksViewModel(this, messages, writer, levels, debounces, roadmap.hasChecks());
    }

    public Skill skill() {
        return skill;
    }

    public String id() {
        return skill.id();
    }

    /** The any-of group this skill belongs to, or null. */
    public GroupViewModel group() {
        return group;
    }

    public SkillNotesViewModel notes() {
        return notes;
    }

    /** The skill's check-based level, statements, evidence hint and re-confirmation. */
    public SkillChecksViewModel checks() {
        return checks;
    }

    /** The words the row shows, in the current language. */
    public SkillRowTexts texts() {
        return texts;
    }

    public List<Resource> resources() {
        return roadmap.resourcesOf(skill);
    }

    public boolean isOptional() {
        return skill.optional();
    }

    public boolean isCefr() {
        return skill.scale() == Scale.CEFR;
    }

    public boolean isDemandEstimate() {
        return skill.demand().isEstimate();
    }

    public ReadOnlyIntegerProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** Whether {@code AppState.ratings()} holds a rating of this skill (0 included). */
    public ReadOnlyBooleanProperty ratedProperty() {
        return rated.getReadOnlyProperty();
    }

    /** No rating stored and none on its way: the row says "Not rated" rather than 0. */
    public ReadOnlyBooleanProperty unratedProperty() {
        return unrated;
    }

    /** The level as the rating control shows it: {@code null} while {@link #unratedProperty() not rated}. */
    public ReadOnlyObjectProperty<Integer> shownLevelProperty() {
        return shownLevel;
    }

    /** The current role's target level; 0 when the role sets none. */
    public ReadOnlyIntegerProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The skill's unit (the group's best for a member) is at or above its target. */
    public ReadOnlyBooleanProperty meetsTargetProperty() {
        return meetsTarget;
    }

    /** The level under the mouse pointer (a preview, never saved); -1 when none. */
    public IntegerProperty hoverLevelProperty() {
        return hoverLevel;
    }

    /** Whether the row's rating control has the keyboard focus (then the level description shows). */
    public BooleanProperty focusedProperty() {
        return focused;
    }

    /** Whether a level description is shown under the stars: while hovering or focused. */
    public ReadOnlyBooleanProperty hintShownProperty() {
        return hintShown;
    }

    /**
     * How each level reads, "0 · No exposure" or on the CEFR scale "None", "A1" …, for the rating control
     * (its 0 button's tooltip): a new function whenever the language changes.
     */
    public ReadOnlyObjectProperty<IntFunction<String>> levelLabelsProperty() {
        return levelLabels;
    }

    @Override
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The last save of this skill: saving, saved, or not saved with the reason. */
    public ReadOnlyObjectProperty<SaveStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The user rates the skill: written once, and only when the level really changes (0 rates an unrated skill). */
    public void rate(int value) {
        int v = Math.max(Level.MIN, Math.min(Level.MAX, value));
        if (v == level.get() && (rated.get() || levelOutbox.isWaiting())) {
            return;
        }
        level.set(v);
        levelOutbox.sent(v);
        writer.setLevel(skill.id(), v);
        onUserRating.accept(this);
    }

    /** The rating that counts for readiness and gaps: the group's best for a group member. */
    public int unitLevel() {
        return group == null ? level.get() : group.bestProperty().get();
    }

    public boolean isGap() {
        int t = group == null ? target.get() : group.targetProperty().get();
        return unitLevel() < t;
    }

    boolean showsUnrated() {
        return !rated.get() && level.get() == Level.MIN;
    }

    /** Every level's label and "Not rated" in the current language, so the view can reserve room for the longest. */
    public List<String> allLevelTexts() {
        return Stream.concat(Stream.of(messages.get("assess.level.notRated")),
                IntStream.rangeClosed(Level.MIN, Level.MAX).mapToObj(levels::label)).toList();
    }

    /** Every status word a row can show, so the view can reserve room for the longest. */
    public List<String> allStatusTexts() {
        return List.of(messages.get("assess.status.saving"), messages.get("assess.status.saved"),
                messages.get("assess.status.failed", "…"));
    }

    void setShown(boolean value) {
        shown.set(value);
    }

    void setRole(Role role) {
        target.set(role == null ? 0 : role.target(skill.id()));
    }

    /** A committed (or reloaded) rating: shown unless our own newer change is still on its way. */
    void applyStored(Rating rating) {
        int stored = rating == null ? 0 : rating.level();
        if (levelOutbox.accept(stored)) {
            level.set(stored);
        }
        rated.set(rating != null);
        notes.applyStored(rating);
    }

    void onStatus(SaveStatus s, Rating stored) {
        if (s != null && skill.id().equals(s.skillId())) {
            status.set(s);
            if (s.state() == SaveStatus.State.FAILED) {
                levelOutbox.failed();
                notes.saveFailed(stored);
                checks.saveFailed();
                level.set(stored == null ? 0 : stored.level());
                rated.set(stored != null);
            }
        } else if (status.get().state() != SaveStatus.State.FAILED) {
            status.set(SaveStatus.IDLE);
        }
    }

    /** The profile changed: drop what is on its way and show what is stored. */
    void resync(Rating stored) {
        levelOutbox.failed();
        notes.discardPending();
        checks.discardPending();
        status.set(SaveStatus.IDLE);
        applyStored(stored);
    }
}
