package dev.skillradar.ui.assess;

import dev.skillradar.catalog.Area;
import dev.skillradar.ui.common.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/** The skills of one area within one phase, in catalogue order, any-of groups kept together. */
public final class AreaSection {
    private final Area area;
    private final List<AssessItem> items;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);
    private final ReadOnlyStringProperty name;
    private final ReadOnlyStringProperty description;

    AreaSection(Area area, Messages messages, List<AssessItem> items) {
        this.area = area;
        this.items = List.copyOf(items);
        name = Computed.text(this, "name", messages.bind(area.name()));
        description = Computed.text(this, "description", messages.bind(area.description()));
    }

    public Area area() {
        return area;
    }

    public List<AssessItem> items() {
        return items;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description;
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    void updateShown() {
        shown.set(items.stream().anyMatch(i -> i.shownProperty().get()));
    }
}
