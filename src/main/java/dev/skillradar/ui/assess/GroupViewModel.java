package dev.skillradar.ui.assess;

import dev.skillradar.catalog.SkillGroup;
import dev.skillradar.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * An any-of group ("PyTorch or TensorFlow", the cloud platforms): proficiency in one member is
 * enough, so it counts at its best member's level. Its members are rated one by one as usual.
 */
public final class GroupViewModel implements AssessItem {
    private final SkillGroup group;
    private final List<SkillRowViewModel> members = new ArrayList<>();
    private final ReadOnlyIntegerWrapper best = new ReadOnlyIntegerWrapper(this, "best");
    private final ReadOnlyIntegerWrapper target = new ReadOnlyIntegerWrapper(this, "target");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);
    private final ReadOnlyBooleanWrapper anyRated = new ReadOnlyBooleanWrapper(this, "anyRated");
    private final ReadOnlyBooleanProperty meetsTarget;
    private final ReadOnlyStringProperty name;
    private final ReadOnlyStringProperty description;
    private final ReadOnlyStringProperty rule;
    private final ReadOnlyStringProperty summary;

    GroupViewModel(SkillGroup group, Messages messages) {
        this.group = group;
        meetsTarget = Computed.flag(this, "meetsTarget", () -> best.get() >= target.get(), best, target);
        name = Computed.text(this, "name", messages.bind(group.name()));
        description = Computed.text(this, "description", messages.bind(group.description()));
        rule = Computed.text(this, "rule", messages.text("assess.group.rule"));
        summary = Computed.text(this, "summary", () -> {
            if (!anyRated.get()) {
                return target.get() == 0 ? messages.get("assess.group.bestNotRatedNoTarget")
                        : messages.get("assess.group.bestNotRated", target.get());
            }
            return target.get() == 0 ? messages.get("assess.group.bestNoTarget", best.get())
                    : messages.get("assess.group.best", best.get(), target.get());
        }, best, target, anyRated, messages.languageProperty());
    }

    void attach(List<SkillRowViewModel> rows) {
        members.addAll(rows);
        for (SkillRowViewModel r : rows) {
            r.levelProperty().addListener((obs, o, n) -> recompute());
            r.targetProperty().addListener((obs, o, n) -> recompute());
            r.ratedProperty().addListener((obs, o, n) -> recompute());
        }
        recompute();
    }

    private void recompute() {
        best.set(members.stream().mapToInt(r -> r.levelProperty().get()).max().orElse(0));
        target.set(members.stream().mapToInt(r -> r.targetProperty().get()).max().orElse(0));
        anyRated.set(members.stream().anyMatch(r -> r.ratedProperty().get() || r.levelProperty().get() > 0));
    }

    public SkillGroup group() {
        return group;
    }

    public String id() {
        return group.id();
    }

    public List<SkillRowViewModel> members() {
        return List.copyOf(members);
    }

    /** The best member's level: what readiness counts for the group. */
    public ReadOnlyIntegerProperty bestProperty() {
        return best.getReadOnlyProperty();
    }

    /** Whether any member is rated; if none is, the group reads "not rated" (it still counts as 0). */
    public ReadOnlyBooleanProperty anyRatedProperty() {
        return anyRated.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    void setShown(boolean value) {
        shown.set(value);
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description;
    }

    /** "Proficiency in at least one is required — scored by your best". */
    public ReadOnlyStringProperty ruleProperty() {
        return rule;
    }

    /** "Your best: 3 · Target: 2", or "Your best: not rated · Target: 2" while no member is rated. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The best member's level is at or above the group's target. */
    public ReadOnlyBooleanProperty meetsTargetProperty() {
        return meetsTarget;
    }
}
