package dev.skillradar.ui.assess;

import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Phase;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/** One phase of the roadmap (or the skills outside the phases, such as German) with its areas. */
public final class PhaseSection {
    private final Phase phase;
    private final List<AreaSection> areas;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);
    private final ReadOnlyStringProperty title;
    private final ReadOnlyStringProperty focus;
    private final ReadOnlyStringProperty progress;

    PhaseSection(Phase phase, Messages messages, List<AreaSection> areas) {
        this.phase = phase;
        this.areas = List.copyOf(areas);
        List<ReadOnlyBooleanProperty> met = new ArrayList<>();
        for (AreaSection a : areas) {
            for (AssessItem item : a.items()) {
                met.add(item instanceof GroupViewModel g ? g.meetsTargetProperty() : ((SkillRowViewModel) item).meetsTargetProperty());
            }
        }
        title = Computed.text(this, "title", () -> phase == null ? messages.get("assess.phase.outside")
                : messages.get("assess.phase.title", messages.of(phase.name()), phase.monthsMin(), phase.monthsMax()),
                messages.languageProperty());
        focus = Computed.text(this, "focus",
                phase == null ? messages.text("assess.phase.outside.note") : messages.bind(phase.focus()));
        List<Observable> deps = new ArrayList<>(met);
        deps.add(messages.languageProperty());
        progress = Computed.text(this, "progress", () -> messages.get("assess.phase.progress",
                met.stream().filter(ReadOnlyBooleanProperty::get).count(), met.size()), deps.toArray(Observable[]::new));
    }

    /** The phases in order, then the skills outside them; in each, the areas in order with their skills and groups. */
    static List<PhaseSection> build(Roadmap roadmap, List<SkillRowViewModel> rows, Messages messages) {
        List<String> keys = new ArrayList<>(roadmap.phases().stream().map(Phase::id).toList());
        if (roadmap.skills().stream().anyMatch(s -> s.phaseId() == null)) {
            keys.add(AssessViewModel.OUTSIDE_PHASES);
        }
        List<PhaseSection> out = new ArrayList<>();
        for (String key : keys) {
            List<AreaSection> areas = new ArrayList<>();
            for (Area area : roadmap.areas()) {
                List<AssessItem> items = new ArrayList<>();
                for (SkillRowViewModel r : rows) {
                    String phase = r.skill().phaseId() == null ? AssessViewModel.OUTSIDE_PHASES : r.skill().phaseId();
                    AssessItem item = r.group() == null ? r : r.group();
                    if (phase.equals(key) && r.skill().areaId().equals(area.id()) && !items.contains(item)) {
                        items.add(item);
                    }
                }
                if (!items.isEmpty()) {
                    areas.add(new AreaSection(area, messages, items));
                }
            }
            out.add(new PhaseSection(roadmap.phase(key).orElse(null), messages, areas));
        }
        return out;
    }

    /** The phase, or null for the section of skills outside the phases. */
    public Phase phase() {
        return phase;
    }

    public String id() {
        return phase == null ? AssessViewModel.OUTSIDE_PHASES : phase.id();
    }

    public List<AreaSection> areas() {
        return areas;
    }

    /** "Phase 1: Foundation Building · 3–6 months". */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** What the phase is about, for the tooltip of its title. */
    public ReadOnlyStringProperty focusProperty() {
        return focus;
    }

    /** "2 of 8 at target" (a group counts once). */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    void updateShown() {
        areas.forEach(AreaSection::updateShown);
        shown.set(areas.stream().anyMatch(a -> a.shownProperty().get()));
    }
}
