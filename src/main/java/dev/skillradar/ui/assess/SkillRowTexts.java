package dev.skillradar.ui.assess;

import dev.skillradar.catalog.Level;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.ui.common.Messages;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The words of one skill row in the current language, as final read-only properties of its
 * {@link SkillRowViewModel}: made once with it, so every view binds to the same ones.
 */
public final class SkillRowTexts {
    private final ReadOnlyStringProperty name;
    private final ReadOnlyStringProperty description;
    private final ReadOnlyStringProperty shortDescription;
    private final ReadOnlyStringProperty level;
    private final ReadOnlyStringProperty levelHint;
    private final ReadOnlyStringProperty target;
    private final ReadOnlyStringProperty demand;
    private final ReadOnlyStringProperty demandNote;
    private final ReadOnlyStringProperty accessible;
    private final ReadOnlyStringProperty status;
    private final ReadOnlyStringProperty statusDetail;
    private final ReadOnlyStringProperty prerequisites;
    private final ReadOnlyStringProperty showDetails;
    private final ReadOnlyStringProperty hideDetails;
    private final ReadOnlyStringProperty noteAccessible;
    private final ReadOnlyStringProperty evidenceAccessible;

    SkillRowTexts(SkillRowViewModel row, Roadmap roadmap, Messages messages, LevelTexts levels) {
        Skill skill = row.skill();
        var language = messages.languageProperty();
        var lvl = row.levelProperty();
        var rated = row.ratedProperty();
        var goal = row.targetProperty();
        var hover = row.hoverLevelProperty();
        name = Computed.text(this, "name", messages.bind(skill.name()));
        description = Computed.text(this, "description", messages.bind(skill.description()));
        shortDescription = Computed.text(this, "shortDescription", () -> LevelTexts.firstSentence(
                messages.of(skill.description()), messages.language().locale()), language);
        level = Computed.text(this, "level", () -> row.showsUnrated() ? messages.get("assess.level.notRated")
                : levels.label(lvl.get()), lvl, rated, language);
        levelHint = Computed.text(this, "levelHint", () -> {
            int h = hover.get();
            if (h >= 0) {
                return messages.get("assess.level.preview", levels.label(h), levels.description(h));
            }
            if (!row.focusedProperty().get()) {
                return "";
            }
            return row.showsUnrated() ? messages.get("assess.level.notRatedHint")
                    : messages.get("assess.level.current", levels.label(lvl.get()), levels.description(lvl.get()));
        }, hover, row.focusedProperty(), lvl, rated, language);
        target = Computed.text(this, "target", () -> goal.get() == 0 ? messages.get("assess.target.none")
                : messages.get("assess.target", levels.shortLabel(goal.get())), goal, language);
        String demandKey = skill.demand().isEstimate() ? "assess.demand.estimate" : "assess.demand.article";
        demand = Computed.text(this, "demand", messages.text(demandKey, skill.demand().percent()));
        demandNote = Computed.text(this, "demandNote", messages.bind(skill.demand().note()));
        accessible = Computed.text(this, "accessible", () -> {
            String skillName = messages.of(skill.name());
            if (row.showsUnrated()) {
                return goal.get() == 0 ? messages.get("assess.rating.accessibleUnrated", skillName)
                        : messages.get("assess.rating.accessibleUnratedTarget", skillName, levels.shortLabel(goal.get()));
            }
            String levelName = levels.name(lvl.get());
            return goal.get() == 0
                    ? messages.get("assess.rating.accessible", skillName, lvl.get(), Level.MAX, levelName)
                    : messages.get("assess.rating.accessibleTarget", skillName, lvl.get(), Level.MAX, levelName,
                    levels.shortLabel(goal.get()));
        }, lvl, goal, rated, language);
        status = Computed.text(this, "status", () -> StatusTexts.of(messages, row.statusProperty().get(), false),
                row.statusProperty(), language);
        statusDetail = Computed.text(this, "statusDetail", () -> StatusTexts.of(messages, row.statusProperty().get(), true),
                row.statusProperty(), language);
        prerequisites = Computed.text(this, "prerequisites", () -> {
            if (skill.prerequisites().isEmpty()) {
                return "";
            }
            String names = skill.prerequisites().stream().map(id -> roadmap.skill(id).map(s -> messages.of(s.name()))
                    .orElse(id)).collect(Collectors.joining(", "));
            return messages.get("assess.prerequisites", names);
        }, language);
        showDetails = withName("showDetails", "assess.details.showFor", skill, messages);
        hideDetails = withName("hideDetails", "assess.details.hideFor", skill, messages);
        noteAccessible = withName("noteAccessible", "assess.note.accessible", skill, messages);
        evidenceAccessible = withName("evidenceAccessible", "assess.evidence.accessible", skill, messages);
    }

    /** A message whose only argument is the skill's name, e.g. an accessible text. */
    private ReadOnlyStringProperty withName(String property, String key, Skill skill, Messages messages) {
        return Computed.text(this, property, () -> messages.get(key, messages.of(skill.name())), messages.languageProperty());
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description;
    }

    /** The description's first sentence, for the one-line summary. */
    public ReadOnlyStringProperty shortDescriptionProperty() {
        return shortDescription;
    }

    /** "3 · Independent"; for a language just the CEFR level ("B2"); "Not rated" without a rating. */
    public ReadOnlyStringProperty levelProperty() {
        return level;
    }

    /** The hovered level's description (a preview), else the current level's while focused, else empty. */
    public ReadOnlyStringProperty levelHintProperty() {
        return levelHint;
    }

    /** "Target: 3", "Target: B2", or that the role sets none. */
    public ReadOnlyStringProperty targetProperty() {
        return target;
    }

    /** "85% German enterprise recruiting frequency" for the article's figures, "Estimate: 40%" otherwise. */
    public ReadOnlyStringProperty demandProperty() {
        return demand;
    }

    /** Where the demand figure comes from. */
    public ReadOnlyStringProperty demandNoteProperty() {
        return demandNote;
    }

    /** "Python: 3 of 5, Independent; target 3" (or "Python: not rated; target 3") for screen readers. */
    public ReadOnlyStringProperty accessibleProperty() {
        return accessible;
    }

    /** "Saving…", "Saved", "Not saved: …"; empty when idle. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The status with the reason of a failure ("Not saved: the disk is full"), for the tooltip. */
    public ReadOnlyStringProperty statusDetailProperty() {
        return statusDetail;
    }

    /** "Builds on: Python, Neural networks", or empty. */
    public ReadOnlyStringProperty prerequisitesProperty() {
        return prerequisites;
    }

    /** The Details button's accessible text while closed ("Show details for Python"). */
    public ReadOnlyStringProperty showDetailsProperty() {
        return showDetails;
    }

    /** The Details button's accessible text while open. */
    public ReadOnlyStringProperty hideDetailsProperty() {
        return hideDetails;
    }

    /** The note field's accessible text ("Note for Python"). */
    public ReadOnlyStringProperty noteAccessibleProperty() {
        return noteAccessible;
    }

    /** The evidence field's accessible text. */
    public ReadOnlyStringProperty evidenceAccessibleProperty() {
        return evidenceAccessible;
    }
}
