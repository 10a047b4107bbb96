package dev.skillradar.ui.assess;

import dev.skillradar.ui.fx.startup.LazyTooltip;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** An any-of group: its rule ("at least one … scored by your best"), the best level against the target, its member rows. */
final class GroupBox extends VBox {
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");

    GroupBox(GroupViewModel vm, AssessViewModel screen, RowColumns columns, Consumer<Node> reveal) {
        getStyleClass().add("group-box");
        setId("group-" + vm.id());
        Label name = new Label();
        name.getStyleClass().add("group-name");
        name.textProperty().bind(vm.nameProperty());
        name.setMinWidth(Label.USE_PREF_SIZE);
        LazyTooltip.install(name, vm.descriptionProperty(), 480);
        Label rule = new Label();
        rule.getStyleClass().add("group-rule");
        rule.textProperty().bind(vm.ruleProperty());
        rule.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label summary = new Label();
        summary.getStyleClass().add("group-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(Label.USE_PREF_SIZE);
        var met = vm.meetsTargetProperty();
        met.addListener((obs, o, n) -> summary.pseudoClassStateChanged(MET, n && vm.targetProperty().get() > 0));
        summary.pseudoClassStateChanged(MET, met.get() && vm.targetProperty().get() > 0);
        HBox header = new HBox(name, rule, spacer, summary);
        header.getStyleClass().add("group-header");
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(header);
        vm.members().forEach(m -> getChildren().add(new SkillRowView(m, screen, columns, reveal)));
        visibleProperty().bind(vm.shownProperty());
        managedProperty().bind(vm.shownProperty());
    }
}
