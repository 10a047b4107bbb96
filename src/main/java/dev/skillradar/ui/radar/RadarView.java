package dev.skillradar.ui.radar;

import dev.skillradar.ui.fx.StyleClasses;
import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.Role;
import dev.skillradar.ui.common.Comparison;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.control.RadarChart;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/**
 * The Radar screen: role and comparison selectors, the chart (drill into an area, back), the table of the same
 * numbers beside it, the points to talk about, Export PNG…. Lays out and binds {@link RadarViewModel}; nothing else.
 */
public final class RadarView extends BorderPane {
    /** An entry of the comparison selector: nothing, a past date, or a profile. */
    record Choice(String kind, Profile profile) {
        static final Choice NONE = new Choice("none", null);
        static final Choice DATE = new Choice("date", null);
    }

    private final RadarViewModel vm;
    private final Messages messages;
    private final ObservableList<Profile> profiles;
    private final RadarChart chart = new RadarChart();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Choice> compare = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private boolean syncing;

    public RadarView(RadarViewModel vm, Messages messages, ObservableList<Profile> profiles, ObservableBooleanValue dark) {
        this.vm = vm;
        this.messages = messages;
        this.profiles = profiles;
        getStyleClass().addAll("page", "radar-page");
        chart.setId("radar-chart");
        chart.specProperty().bind(vm.specProperty());
        chart.setAxisDescription(i -> i < vm.descriptions().size() ? vm.descriptions().get(i) : "");
        chart.accessibleTextProperty().bind(messages.text("radar.chart.accessible"));
        chart.setOnDrillDown(vm::drillInto);
        chart.setOnBack(vm::back);
        StyleClasses.follow(chart, "dark", dark);
        chart.setMinSize(320, 320);
        HBox.setHgrow(chart, Priority.ALWAYS);

        RadarTable table = new RadarTable(vm, messages);
        ToggleButton showTable = new ToggleButton();
        showTable.setId("radar-show-table");
        showTable.setSelected(true);
        showTable.textProperty().bind(javafx.beans.binding.Bindings.when(showTable.selectedProperty())
                .then(messages.text("radar.table.hide")).otherwise(messages.text("radar.table.show")));
        table.visibleProperty().bind(showTable.selectedProperty());
        table.managedProperty().bind(showTable.selectedProperty());

        Label hint = bound("radar.drill.hint");
        hint.getStyleClass().add("caption");
        Label comparison = new Label();
        comparison.textProperty().bind(vm.comparisonTextProperty());
        comparison.getStyleClass().add("caption");
        Label scoredOn = new Label();
        scoredOn.setId("radar-scored-on");
        scoredOn.textProperty().bind(vm.scoredOnProperty());
        scoredOn.getStyleClass().add("caption");
        VBox chartColumn = new VBox(6, chart, hint, comparison, scoredOn);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(chartColumn, Priority.ALWAYS);
        HBox body = new HBox(16, chartColumn, table);
        setTop(header(showTable));
        setCenter(body);
    }

    /** The chart, for the window's focus handling and tests. */
    public RadarChart chart() {
        return chart;
    }

    private Node header(ToggleButton showTable) {
        Label title = new Label();
        title.textProperty().bind(messages.text("radar.heading"));
        title.getStyleClass().add("page-title");
        title.setAccessibleRole(AccessibleRole.TEXT);

        role.setId("radar-role");
        role.getItems().setAll(vm.roles());
        role.setConverter(converter(r -> r == null ? "" : messages.of(r.name())));
        messages.languageProperty().addListener((o, a, b) -> role.setConverter(converter(r -> r == null ? "" : messages.of(r.name()))));
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.accessibleTextProperty().bind(messages.text("radar.role.accessible"));
        Label roleLabel = mnemonic("radar.role", role);

        // before the choices: filling them shows the picker when the shared comparison is a date already
        date.setId("radar-compare-date");
        date.accessibleTextProperty().bind(messages.text("radar.compare.date.title"));
        // the field typed into is a control of its own to a screen reader: it needs the name as well
        date.getEditor().accessibleTextProperty().bind(messages.text("radar.compare.date.title"));
        date.promptTextProperty().bind(messages.text("radar.compare.date.format"));
        // a DATE is YYYY-MM-DD everywhere (command line, pickers, report), not the locale's short form
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        date.setVisible(false);
        date.setManaged(false);
        date.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.compareWithDate(b);
            }
        });

        compare.setId("radar-compare");
        compare.setConverter(converter(this::choiceText));
        messages.languageProperty().addListener((o, a, b) -> compare.setConverter(converter(this::choiceText)));
        compare.accessibleTextProperty().bind(messages.text("radar.compare.accessible"));
        profiles.addListener((ListChangeListener<Profile>) c -> fillChoices());
        vm.comparisonProperty().addListener((o, a, b) -> fillChoices());
        fillChoices();
        compare.valueProperty().addListener((o, a, b) -> choose(b));
        Label compareLabel = mnemonic("radar.compare", compare);

        Button back = new Button();
        back.setId("radar-back");
        back.textProperty().bind(messages.text("radar.back"));
        back.accessibleTextProperty().bind(messages.text("radar.back.accessible"));
        back.visibleProperty().bind(vm.drilledInProperty());
        back.managedProperty().bind(vm.drilledInProperty());
        back.setOnAction(e -> vm.back());
        Button export = new Button();
        export.setId("radar-export");
        export.textProperty().bind(messages.text("radar.export"));
        export.setOnAction(e -> vm.exportPng());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, back, spacer, roleLabel, role, compareLabel, compare, date);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(12, showTable, export);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, top, actions);
        box.getStyleClass().add("radar-header");
        return box;
    }

    private void fillChoices() {
        syncing = true;
        List<Choice> items = new ArrayList<>(List.of(Choice.NONE, Choice.DATE));
        vm.comparableProfiles(profiles).forEach(p -> items.add(new Choice("profile", p)));
        compare.getItems().setAll(items);
        Comparison c = vm.comparisonProperty().get();
        Choice selected = c instanceof Comparison.AtDate ? Choice.DATE
                : c instanceof Comparison.OfProfile op ? items.stream()
                .filter(i -> i.profile() != null && i.profile().id() == op.profile().id()).findFirst().orElse(Choice.NONE)
                : Choice.NONE;
        compare.setValue(selected);
        boolean dated = selected == Choice.DATE;
        date.setVisible(dated);
        date.setManaged(dated);
        if (c instanceof Comparison.AtDate d && !d.day().equals(date.getValue())) {
            date.setValue(d.day());
        }
        syncing = false;
    }

    private void choose(Choice choice) {
        if (syncing || choice == null) {
            return;
        }
        boolean dated = choice == Choice.DATE;
        date.setVisible(dated);
        date.setManaged(dated);
        if (choice == Choice.NONE) {
            vm.compareWithNothing();
        } else if (dated) {
            LocalDate day = date.getValue();
            if (day != null) {
                vm.compareWithDate(day);
            } else {
                date.requestFocus();
                date.show();
            }
        } else {
            vm.compareWithProfile(choice.profile());
        }
    }

    private String choiceText(Choice c) {
        if (c == null) {
            return "";
        }
        return switch (c.kind()) {
            case "none" -> messages.get("radar.compare.option.none");
            case "date" -> messages.get("radar.compare.option.date");
            default -> messages.get(c.profile().comparison() ? "radar.compare.option.comparison"
                    : "radar.compare.option.profile", c.profile().name());
        };
    }

    private Label mnemonic(String key, Node target) {
        Label l = bound(key);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private Label bound(String key) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        l.setWrapText(true);
        return l;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
