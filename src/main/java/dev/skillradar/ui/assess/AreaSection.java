package dev.skillradar.ui.assess;

import dev.skillradar.catalog.Area;
import dev.skillradar.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The skills of one area within one phase, in catalogue order, any-of groups kept together. */
public final class AreaSection {
    private final Area area;
    private final Messages messages;
    private final List<AssessItem> items;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);

    AreaSection(Area area, Messages messages, List<AssessItem> items) {
        this.area = area;
        this.messages = messages;
        this.items = List.copyOf(items);
    }

    public Area area() {
        return area;
    }

    public List<AssessItem> items() {
        return items;
    }

    public StringBinding nameText() {
        return messages.bind(area.name());
    }

    public StringBinding descriptionText() {
        return messages.bind(area.description());
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    void updateShown() {
        shown.set(items.stream().anyMatch(i -> i.shownProperty().get()));
    }
}
