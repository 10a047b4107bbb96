package dev.skillradar.ui.assess;

import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.fx.startup.TextSizedChoiceBoxSkin;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Assess screen's header: title, target role, how many skills are rated, autosave status, how to rate, search and filters. */
final class AssessHeader extends VBox {
    private final TextField search = new TextField();
    private final ChoiceBox<String> phase = new ChoiceBox<>();
    private final ChoiceBox<String> area = new ChoiceBox<>();
    private final CheckBox gapsOnly = new CheckBox();

    AssessHeader(AssessViewModel vm) {
        Messages messages = vm.messages();
        getStyleClass().add("assess-header");

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(messages.text("assess.title"));
        title.setMinWidth(Label.USE_PREF_SIZE); // when room runs short, the role and the status give way first
        Label role = new Label();
        role.getStyleClass().add("role-text");
        role.textProperty().bind(vm.roleTextProperty());
        Label rated = new Label();
        rated.setId("assess-rated");
        rated.getStyleClass().add("rated-text");
        rated.textProperty().bind(vm.ratedTextProperty());
        rated.setMinWidth(Label.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label status = new Label();
        status.setId("assess-status");
        status.getStyleClass().add("save-status");
        status.textProperty().bind(vm.statusTextProperty());
        status.setMinWidth(0);
        vm.statusFailedProperty().addListener((obs, o, n) -> status.pseudoClassStateChanged(SkillRowView.FAILED, n));
        HBox titleLine = new HBox(16, title, role, rated, spacer, status);
        titleLine.setAlignment(Pos.BASELINE_LEFT);

        Label help = new Label();
        help.getStyleClass().add("screen-help");
        help.textProperty().bind(messages.text("assess.help"));
        help.setWrapText(true);
        help.setMinHeight(Label.USE_PREF_SIZE);

        search.setId("assess-search");
        search.getStyleClass().add("search-field");
        search.promptTextProperty().bind(messages.text("assess.search.prompt"));
        search.accessibleTextProperty().bind(messages.text("assess.search.accessible"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        choices(phase, vm.phaseChoices(), vm::phaseLabel, vm.phaseFilterProperty(), messages);
        phase.setId("assess-phase-filter");
        phase.accessibleTextProperty().bind(messages.text("assess.filter.phase"));
        choices(area, vm.areaChoices(), vm::areaLabel, vm.areaFilterProperty(), messages);
        area.setId("assess-area-filter");
        area.accessibleTextProperty().bind(messages.text("assess.filter.area"));
        gapsOnly.setId("assess-gaps-only");
        gapsOnly.textProperty().bind(messages.text("assess.filter.gaps"));
        gapsOnly.selectedProperty().bindBidirectional(vm.gapsOnlyProperty());
        Region filler = new Region();
        HBox.setHgrow(filler, Priority.ALWAYS);
        Label shown = new Label();
        shown.getStyleClass().add("shown-text");
        shown.setId("assess-shown");
        shown.textProperty().bind(vm.shownTextProperty());
        shown.setMinWidth(Label.USE_PREF_SIZE);
        Button clear = clearFiltersButton(vm);
        // When space runs short the search and the combos give way; the check box and button keep their words.
        search.setMinWidth(140);
        phase.setMinWidth(120);
        area.setMinWidth(120);
        gapsOnly.setMinWidth(CheckBox.USE_PREF_SIZE);
        clear.setMinWidth(Button.USE_PREF_SIZE);
        HBox filters = new HBox(search, phase, area, gapsOnly, clear, filler, shown);
        filters.getStyleClass().add("filter-bar");
        filters.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(titleLine, help, filters);
    }

    static Button clearFiltersButton(AssessViewModel vm) {
        Button clear = new Button();
        clear.getStyleClass().add("clear-filters");
        clear.textProperty().bind(vm.messages().text("assess.filter.clear"));
        clear.disableProperty().bind(vm.filtersActiveProperty().not());
        clear.setOnAction(e -> vm.clearFilters());
        return clear;
    }

    /**
     * A filter choice box (lighter than a combo box: no list view to build before the first frame; sized from its
     * texts, so that its popup is not styled before it opens either) whose "all" choice is "" and whose labels
     * follow the language.
     */
    private static void choices(ChoiceBox<String> box, List<String> choices, Function<String, String> label,
                                ObjectProperty<String> filter, Messages messages) {
        Function<String, String> text = id -> label.apply(id == null || id.isEmpty() ? null : id);
        box.getItems().setAll(choices.stream().map(c -> c == null ? "" : c).toList());
        Runnable relabel = () -> box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : text.apply(id);
            }

            @Override
            public String fromString(String s) {
                return box.getItems().stream().filter(id -> text.apply(id).equals(s)).findFirst().orElse("");
            }
        });
        relabel.run();
        messages.languageProperty().addListener(obs -> relabel.run());
        box.setValue(filter.get() == null ? "" : filter.get());
        box.valueProperty().addListener((obs, o, n) -> filter.set(n == null || n.isEmpty() ? null : n));
        filter.addListener((obs, o, n) -> box.setValue(n == null ? "" : n));
        box.setSkin(new TextSizedChoiceBoxSkin<>(box)); // last: the popup's items are made once, from the final list
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    TextField searchField() {
        return search;
    }

    CheckBox gapsOnlyBox() {
        return gapsOnly;
    }

    ChoiceBox<String> phaseFilter() {
        return phase;
    }

    ChoiceBox<String> areaFilter() {
        return area;
    }
}
