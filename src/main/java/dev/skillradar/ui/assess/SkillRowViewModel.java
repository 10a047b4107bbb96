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
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
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
 * change on its way to the writer), the current role's target, the texts the row shows and the
 * rating command. A user rating is written once; stored values arriving later are only displayed.
 * A skill without a rating ({@link #ratedProperty()} false) counts as 0 for readiness and gaps, but
 * reads "Not rated", not "0 · No exposure".
 */
public final class SkillRowViewModel implements AssessItem {
    private final Skill skill;
    private final Roadmap roadmap;
    private final Messages messages;
    private final ProgressWriter writer;
    private final GroupViewModel group;
    private final SkillNotesViewModel notes;
    private final Consumer<SkillRowViewModel> onUserRating;
    private final ReadOnlyIntegerWrapper level = new ReadOnlyIntegerWrapper(this, "level");
    private final ReadOnlyIntegerWrapper target = new ReadOnlyIntegerWrapper(this, "target");
    private final ReadOnlyBooleanWrapper rated = new ReadOnlyBooleanWrapper(this, "rated");
    private final IntegerProperty hoverLevel = new SimpleIntegerProperty(this, "hoverLevel", -1);
    private final BooleanProperty focused = new SimpleBooleanProperty(this, "focused");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);
    private final ReadOnlyObjectWrapper<SaveStatus> status = new ReadOnlyObjectWrapper<>(this, "status", SaveStatus.IDLE);
    private final Outbox<Integer> levelOutbox = new Outbox<>();
    private final LevelTexts texts;

    SkillRowViewModel(Skill skill, Roadmap roadmap, Messages messages, ProgressWriter writer, GroupViewModel group,
                      SkillNotesViewModel notes, Consumer<SkillRowViewModel> onUserRating) {
        this.skill = skill;
        this.roadmap = roadmap;
        this.messages = messages;
        this.writer = writer;
        this.group = group;
        this.notes = notes;
        this.onUserRating = onUserRating;
        this.texts = new LevelTexts(roadmap, messages, skill.scale());
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

    /** The current role's target level; 0 when the role sets none. */
    public ReadOnlyIntegerProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The level under the mouse pointer (a preview, never saved); -1 when none. */
    public IntegerProperty hoverLevelProperty() {
        return hoverLevel;
    }

    /** Whether the row's rating control has the keyboard focus (then the level description shows). */
    public BooleanProperty focusedProperty() {
        return focused;
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

    public BooleanBinding meetsTarget() {
        ReadOnlyIntegerProperty unit = group == null ? level.getReadOnlyProperty() : group.bestProperty();
        ReadOnlyIntegerProperty goal = group == null ? target.getReadOnlyProperty() : group.targetProperty();
        return Bindings.createBooleanBinding(() -> unit.get() >= goal.get(), unit, goal);
    }

    public StringBinding nameText() {
        return messages.bind(skill.name());
    }

    public StringBinding descriptionText() {
        return messages.bind(skill.description());
    }

    /** The description's first sentence, for the one-line summary. */
    public StringBinding shortDescriptionText() {
        return Bindings.createStringBinding(() -> LevelTexts.firstSentence(messages.of(skill.description()),
                messages.language().locale()), messages.languageProperty());
    }

    /** "3 · Independent"; for a language just the CEFR level ("B2"); "Not rated" without a rating. */
    public StringBinding levelText() {
        return Bindings.createStringBinding(() -> showsUnrated() ? messages.get("assess.level.notRated")
                : texts.label(level.get()), level, rated, messages.languageProperty());
    }

    /** No rating stored and none on its way: the row says "Not rated" rather than 0. */
    public BooleanBinding unrated() {
        return Bindings.createBooleanBinding(this::showsUnrated, level, rated);
    }

    private boolean showsUnrated() {
        return !rated.get() && level.get() == Level.MIN;
    }

    /** The hovered level's description (a preview), else the current level's while focused, else empty. */
    public StringBinding levelHintText() {
        return Bindings.createStringBinding(() -> {
            int h = hoverLevel.get();
            if (h >= 0) {
                return messages.get("assess.level.preview", texts.label(h), texts.description(h));
            }
            if (!focused.get()) {
                return "";
            }
            return showsUnrated() ? messages.get("assess.level.notRatedHint")
                    : messages.get("assess.level.current", texts.label(level.get()), texts.description(level.get()));
        }, hoverLevel, focused, level, rated, messages.languageProperty());
    }

    /**
     * How each level reads, "0 · No exposure" or on the CEFR scale "None", "A1" …, for the rating control
     * (its 0 button's tooltip): a new function whenever the language changes.
     */
    public ObjectBinding<IntFunction<String>> levelLabels() {
        return Bindings.createObjectBinding(() -> texts::label, messages.languageProperty());
    }

    /** Every level's label and "Not rated" in the current language, so the view can reserve room for the longest. */
    public List<String> allLevelTexts() {
        return Stream.concat(Stream.of(messages.get("assess.level.notRated")),
                java.util.stream.IntStream.rangeClosed(Level.MIN, Level.MAX).mapToObj(texts::label)).toList();
    }

    public StringBinding targetText() {
        return Bindings.createStringBinding(() -> target.get() == 0 ? messages.get("assess.target.none")
                : messages.get("assess.target", texts.shortLabel(target.get())), target, messages.languageProperty());
    }

    /** "85% German enterprise recruiting frequency" for the article's figures, "Estimate: 40%" otherwise. */
    public StringBinding demandText() {
        String key = skill.demand().isEstimate() ? "assess.demand.estimate" : "assess.demand.article";
        return messages.text(key, skill.demand().percent());
    }

    public StringBinding demandNoteText() {
        return messages.bind(skill.demand().note());
    }

    /** "Python: 3 of 5, Independent; target 3" (or "Python: not rated; target 3") for screen readers. */
    public StringBinding accessibleText() {
        return Bindings.createStringBinding(() -> {
            String name = messages.of(skill.name());
            if (showsUnrated()) {
                return target.get() == 0 ? messages.get("assess.rating.accessibleUnrated", name)
                        : messages.get("assess.rating.accessibleUnratedTarget", name, texts.shortLabel(target.get()));
            }
            String levelName = texts.name(level.get());
            return target.get() == 0
                    ? messages.get("assess.rating.accessible", name, level.get(), Level.MAX, levelName)
                    : messages.get("assess.rating.accessibleTarget", name, level.get(), Level.MAX, levelName,
                    texts.shortLabel(target.get()));
        }, level, target, rated, messages.languageProperty());
    }

    /** "Saving…", "Saved", "Not saved: …"; empty when idle. */
    public StringBinding statusText() {
        return Bindings.createStringBinding(() -> StatusTexts.of(messages, status.get(), false),
                status, messages.languageProperty());
    }

    /** The status with the reason of a failure ("Not saved: the disk is full"), for the tooltip. */
    public StringBinding statusDetailText() {
        return Bindings.createStringBinding(() -> StatusTexts.of(messages, status.get(), true),
                status, messages.languageProperty());
    }

    /** Every status word a row can show, so the view can reserve room for the longest. */
    public List<String> allStatusTexts() {
        return List.of(messages.get("assess.status.saving"), messages.get("assess.status.saved"),
                messages.get("assess.status.failed", "…"));
    }

    /** A message whose only argument is the skill's name, e.g. an accessible text. */
    public StringBinding withName(String key) {
        return Bindings.createStringBinding(() -> messages.get(key, messages.of(skill.name())), messages.languageProperty());
    }

    /** "Builds on: Python, Neural networks", or empty. */
    public StringBinding prerequisitesText() {
        return Bindings.createStringBinding(() -> {
            if (skill.prerequisites().isEmpty()) {
                return "";
            }
            String names = skill.prerequisites().stream().map(id -> roadmap.skill(id).map(s -> messages.of(s.name()))
                    .orElse(id)).collect(Collectors.joining(", "));
            return messages.get("assess.prerequisites", names);
        }, messages.languageProperty());
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
        status.set(SaveStatus.IDLE);
        applyStored(stored);
    }
}
