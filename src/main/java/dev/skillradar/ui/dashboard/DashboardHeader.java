package dev.skillradar.ui.dashboard;

import dev.skillradar.assessment.Basis;
import dev.skillradar.catalog.Role;
import dev.skillradar.ui.common.Messages;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The Dashboard's title with its two choices: what the numbers are scored on (hidden for a roadmap without check
 * statements, which scores self-ratings only) and the target role. Binds {@link DashboardViewModel}.
 */
final class DashboardHeader extends HBox {
    private final DashboardViewModel vm;
    private final Messages messages;
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Basis> basis = new ComboBox<>();

    DashboardHeader(DashboardViewModel vm, Messages messages) {
        super(12);
        this.vm = vm;
        this.messages = messages;
        Label title = new Label();
        title.textProperty().bind(messages.text("dashboard.title"));
        title.getStyleClass().add("page-title");
        title.setAccessibleRole(AccessibleRole.TEXT);
        title.setMinWidth(Region.USE_PREF_SIZE);

        role.setId("target-role");
        role.getItems().setAll(vm.roles());
        converter(role, vm::roleName);
        role.setValue(vm.roleProperty().get());
        role.accessibleTextProperty().bind(messages.text("dashboard.role.accessible"));
        vm.roleProperty().addListener((o, a, b) -> role.setValue(b));
        role.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.roleProperty().get())) {
                vm.selectRole(b);
            }
        });

        basis.setId("scoring-basis");
        basis.getItems().setAll(vm.bases());
        converter(basis, vm::basisName);
        basis.valueProperty().bindBidirectional(vm.basisChoiceProperty());
        basis.accessibleTextProperty().bind(messages.text("dashboard.basis.accessible"));
        Label basisLabel = mnemonic("dashboard.basis", basis);

        // each choice keeps its label and its full width (German names the lower basis in 58 characters): when
        // both do not fit beside the title, the role goes to a line of its own instead of a clipped basis
        HBox basisPair = pair(basisLabel, basis);
        for (var n : java.util.List.of(basisPair, basisLabel, basis)) {
            n.setVisible(vm.basisSelectable());
            n.setManaged(vm.basisSelectable());
        }
        FlowPane choices = new FlowPane(24, 8, basisPair, pair(mnemonic("dashboard.role", role), role));
        choices.setAlignment(Pos.CENTER_RIGHT);
        choices.setMinWidth(0);
        HBox.setHgrow(choices, Priority.ALWAYS);
        getChildren().setAll(title, choices);
        setAlignment(Pos.CENTER_LEFT);
    }

    ComboBox<Role> roleSelector() {
        return role;
    }

    ComboBox<Basis> basisSelector() {
        return basis;
    }

    private static HBox pair(Label label, ComboBox<?> box) {
        box.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(8, label, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private Label mnemonic(String key, javafx.scene.Node target) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Names the items in the current language, again when it changes. */
    private <T> void converter(ComboBox<T> box, Function<T, String> name) {
        Runnable set = () -> box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return box.getItems().stream().filter(t -> name.apply(t).equals(s)).findFirst().orElse(null);
            }
        });
        messages.languageProperty().addListener((o, a, b) -> set.run());
        set.run();
    }
}
