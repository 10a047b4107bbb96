package dev.skillradar.ui.assess;

import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.fx.startup.LazyTooltip;
import dev.skillradar.ui.fx.startup.WhenFirst;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The top line of a skill row: name (the label of its rating control), demand badge and the optional and CEFR chips;
 * the demand wraps rather than widening the column. The note and evidence chips exist from the first note or link
 * on (most rows never need them).
 */
final class SkillNameLine extends FlowPane {
    private final Messages messages;

    SkillNameLine(SkillRowViewModel vm, Messages messages, Node rating) {
        super(8, 4);
        this.messages = messages;
        Label name = new Label();
        name.getStyleClass().add("skill-name");
        name.textProperty().bind(vm.texts().nameProperty());
        name.setLabelFor(rating);
        name.setMinWidth(Label.USE_PREF_SIZE);
        Label demand = new Label();
        demand.getStyleClass().addAll("demand", vm.isDemandEstimate() ? "demand-estimate" : "demand-article");
        demand.textProperty().bind(vm.texts().demandProperty());
        demand.setWrapText(true);
        demand.setMinHeight(Label.USE_PREF_SIZE);
        LazyTooltip.install(demand, vm.texts().demandNoteProperty(), 420);
        getChildren().addAll(name, demand);
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(VPos.CENTER);
        // A FlowPane is at least as wide as its widest child; let the column decide and the demand wrap instead.
        setMinWidth(0);
        demand.maxWidthProperty().bind(widthProperty());
        if (vm.isOptional()) {
            getChildren().add(chip(messages.text("assess.optional"), "optional-chip"));
        }
        if (vm.isCefr()) {
            getChildren().add(chip(messages.text("assess.scale.cefr"), "cefr-chip"));
        }
        ReadOnlyBooleanProperty hasNote = vm.notes().hasNoteProperty();
        ReadOnlyBooleanProperty hasEvidence = vm.notes().hasEvidenceProperty();
        WhenFirst.isTrue(hasNote, () -> addChip("assess.chip.note", "note-chip", hasNote, false));
        WhenFirst.isTrue(hasEvidence, () -> addChip("assess.chip.evidence", "evidence-chip", hasEvidence, true));
    }

    /** A chip shown while {@code shown} is true, placed as if it had been there from the start (note before evidence). */
    private void addChip(String key, String styleClass, ReadOnlyBooleanProperty shown, boolean last) {
        Label chip = chip(messages.text(key), styleClass);
        chip.visibleProperty().bind(shown);
        chip.managedProperty().bind(chip.visibleProperty());
        List<Node> line = getChildren();
        int at = line.size();
        if (!last) {
            for (int i = 0; i < line.size(); i++) {
                if (line.get(i).getStyleClass().contains("evidence-chip")) {
                    at = i;
                }
            }
        }
        line.add(at, chip);
    }

    private static Label chip(ObservableValue<String> text, String styleClass) {
        Label chip = new Label();
        chip.getStyleClass().addAll("chip", styleClass);
        chip.textProperty().bind(text);
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }
}
