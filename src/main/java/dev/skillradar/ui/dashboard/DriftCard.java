package dev.skillradar.ui.dashboard;

import dev.skillradar.ui.fx.StyleClasses;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.control.TrendChart;
import dev.skillradar.ui.dashboard.DriftViewModel.AreaRow;
import dev.skillradar.ui.dashboard.DriftViewModel.Sign;
import dev.skillradar.ui.dashboard.DriftViewModel.Status;
import dev.skillradar.ui.fx.startup.AfterFirstFrame;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Dashboard's card of how far the self-ratings drift from the checks: the drift now overall and per area, or a
 * pointer to "Check yourself" while there is none, beside the overall drift over time. Its content (the chart's skin
 * above all) is built after the first frame, in a place of the same size; then {@link DriftViewModel#start} reads the
 * trend. Lays out and binds {@link DriftViewModel}; nothing else.
 */
final class DriftCard extends VBox {
    private static final String[] SIGNS = {"drift-over", "drift-under", "drift-even", "drift-none"};

    private final DriftViewModel vm;
    private final Messages messages;
    private final Runnable openAssess;
    private final TrendChart chart = new TrendChart();

    DriftCard(DriftViewModel vm, Messages messages, Runnable openAssess, ObservableBooleanValue dark) {
        super(8);
        this.vm = vm;
        this.messages = messages;
        this.openAssess = openAssess;
        setId("drift-card");
        getStyleClass().addAll("card", "drift-card");
        setVisible(vm.available());
        setManaged(vm.available());
        StyleClasses.follow(chart, "dark", dark);
        Label title = label("dashboard.drift", "card-title");
        StackPane place = new StackPane();
        place.setPrefHeight(300);
        place.setMinHeight(260);
        getChildren().addAll(title, place);
        if (vm.available()) {
            AfterFirstFrame.run(place, () -> {
                place.getChildren().setAll(content());
                // the content is taller than the stand-in (more so in German); a fixed height would centre it
                // over the card's title
                place.setPrefHeight(Region.USE_COMPUTED_SIZE);
                vm.start();
            });
        }
    }

    /** The chart, for tests. */
    TrendChart chart() {
        return chart;
    }

    private Node content() {
        VBox now = new VBox(4, shown(), none(), reading());
        now.setPrefWidth(420);
        now.setMinWidth(300);
        VBox trend = new VBox(4, label("dashboard.drift.trend", "card-subtitle"), chart);
        chart.setId("drift-trend");
        chart.specProperty().bind(vm.trendSpecProperty());
        chart.accessibleTextProperty().bind(vm.trendSummaryProperty());
        chart.setPointDescription((series, point) -> vm.describePoint(point));
        chart.setShowTitle(false);
        chart.setPrefSize(480, 240);
        chart.setMinSize(260, 200);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(trend, Priority.ALWAYS);
        trend.setPrefWidth(500);
        HBox row = new HBox(24, now, trend);
        return new VBox(8, row, label("report.calibration.areas.caption", "footnote"),
                label("dashboard.drift.judgement", "footnote"));
    }

    /** The drift now: overall as a figure, per area as a list. */
    private Node shown() {
        Label figure = bound(vm.overallProperty(), "figure");
        figure.setId("drift-overall");
        figure.setWrapText(false);
        figure.setMinWidth(Region.USE_PREF_SIZE);
        Label meaning = wrapped(vm.meaningProperty(), "drift-meaning");
        meaning.setId("drift-meaning");
        vm.overallSignProperty().addListener((o, a, b) -> sign(figure, b));
        vm.overallSignProperty().addListener((o, a, b) -> sign(meaning, b));
        sign(figure, vm.overallSignProperty().get());
        sign(meaning, vm.overallSignProperty().get());
        Label counted = wrapped(vm.countedProperty(), "caption");
        GridPane areas = new GridPane();
        areas.setId("drift-areas");
        areas.setHgap(12);
        areas.setVgap(3);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints skills = new ColumnConstraints();
        skills.setMinWidth(Region.USE_PREF_SIZE);
        areas.getColumnConstraints().setAll(name, value, skills);
        vm.areas().addListener((ListChangeListener<AreaRow>) c -> fillAreas(areas));
        fillAreas(areas);
        VBox box = new VBox(4, label("report.calibration.overall", "card-subtitle"), figure, meaning, counted,
                label("report.calibration.areas", "card-subtitle"), areas);
        showWhen(box, Status.SHOWN);
        return box;
    }

    private void fillAreas(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (AreaRow a : vm.areas()) {
            Label name = new Label(a.name());
            name.setWrapText(true);
            name.setAccessibleText(a.description());
            Label value = new Label(a.value());
            value.getStyleClass().add("drift-value");
            sign(value, a.sign());
            Label skills = new Label(a.skills());
            skills.getStyleClass().add("caption");
            grid.addRow(row++, name, value, skills);
        }
    }

    /** No rated skill has a ticked statement: where to tick them. */
    private Node none() {
        Label none = wrapped(vm.noneProperty(), "drift-none-title");
        Label pointer = wrapped(messages.text("dashboard.drift.pointer"), null);
        Hyperlink open = new Hyperlink();
        open.setId("drift-open-assess");
        open.textProperty().bind(messages.text("dashboard.drift.open"));
        open.setOnAction(e -> openAssess.run());
        VBox box = new VBox(6, label("report.calibration.overall", "card-subtitle"), none, pointer, open);
        box.setId("drift-none");
        showWhen(box, Status.NONE);
        return box;
    }

    private Node reading() {
        Label reading = wrapped(messages.text("dashboard.drift.reading"), "caption");
        showWhen(reading, Status.READING);
        return reading;
    }

    private void showWhen(Node node, Status status) {
        node.visibleProperty().bind(Bindings.equal(vm.statusProperty(), status));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void sign(Label label, Sign sign) {
        label.getStyleClass().removeAll(SIGNS);
        label.getStyleClass().add(SIGNS[sign.ordinal()]);
    }

    private Label label(String key, String styleClass) {
        return wrapped(messages.text(key), styleClass);
    }

    private static Label bound(ObservableValue<String> text, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(text);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    private static Label wrapped(ObservableValue<String> text, String styleClass) {
        Label l = bound(text, styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
