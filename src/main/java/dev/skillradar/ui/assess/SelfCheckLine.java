package dev.skillradar.ui.assess;

import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.fx.startup.LazyTooltip;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Under a row's stars: "You: 4 · Checks: 2", highlighted where the two differ and followed by what would bring them
 * together; the soft request for evidence; and the "Confirm again" marker with its one-click button. Made the first
 * time the row has any of these to show (after the first frame: the statements are read then).
 */
final class SelfCheckLine extends VBox {
    static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    private final Button confirm = new Button();

    /** {@code afterConfirm}: where the keyboard goes once "Still right", clicked or pressed, has hidden itself. */
    SelfCheckLine(SkillRowViewModel row, Messages messages, Runnable afterConfirm) {
        SkillChecksViewModel vm = row.checks();
        getStyleClass().add("self-check-line");
        setMinWidth(0);

        Label compare = new Label();
        compare.getStyleClass().add("checks-compare");
        compare.setId("checks-compare-" + row.id());
        compare.textProperty().bind(vm.comparisonProperty());
        compare.setMinWidth(Label.USE_PREF_SIZE);
        showWhen(compare, compare.textProperty().isNotEmpty());
        compare.pseudoClassStateChanged(DIFFERS, vm.differsProperty().get());
        vm.differsProperty().addListener((obs, o, n) -> compare.pseudoClassStateChanged(DIFFERS, n));

        Label marker = new Label();
        marker.getStyleClass().addAll("chip", "confirm-marker");
        marker.setId("confirm-marker-" + row.id());
        marker.textProperty().bind(messages.text("assess.confirm.marker"));
        marker.setMinWidth(Label.USE_PREF_SIZE);
        LazyTooltip.install(marker, messages.text("assess.confirm.marker.tip"), 420);
        confirm.getStyleClass().add("confirm-button");
        confirm.setId("confirm-" + row.id());
        confirm.textProperty().bind(messages.text("assess.confirm.button"));
        confirm.accessibleTextProperty().bind(vm.confirmAccessibleProperty());
        confirm.setMinWidth(Button.USE_PREF_SIZE);
        LazyTooltip.install(confirm, messages.text("assess.confirm.marker.tip"), 420);
        confirm.setOnAction(e -> {
            boolean focused = confirm.isFocused();
            if (vm.confirm() && focused) {
                afterConfirm.run();
            }
        });
        showWhen(marker, vm.staleProperty());
        showWhen(confirm, vm.staleProperty());

        FlowPane line = new FlowPane(8, 4, compare, marker, confirm);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setRowValignment(VPos.CENTER);
        line.setMinWidth(0);

        Label explanation = wrapped("checks-explanation");
        explanation.setId("checks-explanation-" + row.id());
        explanation.textProperty().bind(vm.explanationProperty());
        showWhen(explanation, explanation.textProperty().isNotEmpty());
        Label hint = wrapped("evidence-hint");
        hint.setId("evidence-hint-" + row.id());
        hint.textProperty().bind(vm.evidenceHintProperty());
        showWhen(hint, hint.textProperty().isNotEmpty());
        getChildren().addAll(line, explanation, hint);
    }

    private static Label wrapped(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMinWidth(0);
        return label;
    }

    private static void showWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    Button confirmButton() {
        return confirm;
    }
}
