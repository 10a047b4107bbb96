package dev.skillradar.ui.dashboard;

import dev.skillradar.ui.fx.StyleClasses;
import dev.skillradar.assessment.Basis;
import dev.skillradar.catalog.Role;
import dev.skillradar.text.ReadinessSummary;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.control.RadarChart;
import dev.skillradar.ui.control.TrendChart;
import dev.skillradar.ui.fx.startup.AfterFirstFrame;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The dashboard: lays out and binds what {@link DashboardViewModel} computes; nothing else. */
public final class DashboardView extends ScrollPane {
    private final DashboardViewModel vm;
    private final Messages messages;
    private final DashboardHeader header;
    private final DriftCard drift;

    private final RadarChart radar = new RadarChart();
    private final Runnable openRadar;

    /**
     * @param openRadar  shows the Radar screen (a click on the card's radar)
     * @param openAssess shows the Assess screen, where statements are ticked (the drift card's pointer)
     */
    public DashboardView(DashboardViewModel vm, DriftViewModel driftVm, Messages messages, Runnable openRadar,
                         Runnable openAssess, ObservableBooleanValue dark) {
        this.vm = vm;
        this.messages = messages;
        this.openRadar = openRadar;
        getStyleClass().add("dashboard");
        setFitToWidth(true);
        setFocusTraversable(false);
        StyleClasses.follow(radar, "dark", dark);
        header = new DashboardHeader(vm, messages);
        drift = new DriftCard(driftVm, messages, openAssess, dark);
        VBox page = new VBox(16, header, summary(), drift, bars(), gaps(), market());
        page.getStyleClass().add("page");
        setContent(page);
    }

    /** The radar of the learner's profile, where the eye lands first; a click (or Enter) opens the Radar screen. */
    private Node radarCard() {
        radar.setId("dashboard-radar");
        radar.specProperty().bind(vm.radarSpecProperty());
        radar.setAxisDescription(i -> i < vm.radarDescriptions().size() ? vm.radarDescriptions().get(i) : "");
        radar.accessibleTextProperty().bind(messages.text("dashboard.radar.accessible"));
        radar.setShowTitle(false);
        radar.setPrefSize(480, 360);
        radar.setMinSize(260, 240);
        radar.setOnDrillDown(axis -> openRadar.run());
        radar.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && e.isStillSincePress()) {
                openRadar.run();
            }
        });
        Hyperlink open = new Hyperlink();
        open.setId("dashboard-open-radar");
        open.textProperty().bind(messages.text("dashboard.radar.open"));
        open.setOnAction(e -> openRadar.run());
        // the chart (its skin, the fonts' metrics, the layout) joins the card after the first frame, so that a
        // Dashboard shown at start costs that frame only a card of the same size
        StackPane place = new StackPane();
        place.setPrefSize(480, 360);
        place.setMinSize(260, 240);
        AfterFirstFrame.run(place, () -> place.getChildren().setAll(radar));
        VBox card = card("dashboard.radar", place, open);
        VBox.setVgrow(place, Priority.ALWAYS);
        return card;
    }

    /** The radar control, for tests. */
    public RadarChart radar() {
        return radar;
    }

    /** The target-role selector, for the window's focus handling and tests. */
    public ComboBox<Role> roleSelector() {
        return header.roleSelector();
    }

    /** The scoring-basis selector (hidden for a roadmap without check statements), for tests. */
    public ComboBox<Basis> basisSelector() {
        return header.basisSelector();
    }

    /** The drift card's line chart, for tests. */
    public TrendChart driftChart() {
        return drift.chart();
    }

    /** A figure never breaks inside ("75,00 / 0"): its card keeps at least the figure's width. */
    private static Label figure(ObservableValue<String> text, String styleClass) {
        Label l = bound(text, styleClass);
        l.setWrapText(false);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Node summary() {
        Label overall = figure(vm.overallTextProperty(), "big-figure");
        overall.setId("overall-readiness");
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> vm.overallProperty().get() == null ? 0 : vm.overallProperty().get() / 100.0, vm.overallProperty()));
        bar.accessibleTextProperty().bind(vm.overallCaptionProperty().concat(": ").concat(vm.overallTextProperty()));
        Label scoredOn = wrapped(vm.scoredOnProperty(), "caption");
        scoredOn.setId("dashboard-scored-on");
        VBox readiness = card("dashboard.overall", overall, bar, wrapped(vm.overallCaptionProperty(), "caption"), scoredOn);

        Label months = figure(vm.monthsProperty(), "figure");
        months.setId("months-to-ready");
        Label experience = bound(vm.experienceProperty(), "figure-side");
        experience.setId("role-experience");
        VBox time = card("dashboard.months", months, label("dashboard.months.caption", "caption"),
                label("dashboard.experience", "card-subtitle"), experience);

        Label salary = figure(vm.salaryProperty(), "figure");
        salary.setId("salary-band");
        VBox money = card("dashboard.salary", salary, label("dashboard.salary.caption", "caption"));

        HBox figures = new HBox(16, time, money);
        figures.getStyleClass().add("summary-row");
        for (Node n : figures.getChildren()) {
            HBox.setHgrow(n, Priority.ALWAYS);
            ((Region) n).setPrefWidth(300);
        }
        VBox right = new VBox(16, readiness, nextStep(), figures);
        Node radarCard = radarCard();
        HBox row = new HBox(16, radarCard, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox.setHgrow(radarCard, Priority.SOMETIMES);
        ((Region) radarCard).setPrefWidth(500);
        right.setPrefWidth(500);
        return row;
    }

    private Node nextStep() {
        Label caption = label("dashboard.nextStep.title", "next-step-title");
        Label step = bound(vm.nextStepProperty(), "next-step");
        step.setId("next-step");
        VBox box = new VBox(4, caption, step);
        box.getStyleClass().add("next-step-box");
        return box;
    }

    private Node bars() {
        VBox phases = card("dashboard.byPhase");
        VBox areas = card("dashboard.byArea");
        GridPane phaseGrid = barGrid();
        GridPane areaGrid = barGrid();
        phases.getChildren().add(phaseGrid);
        areas.getChildren().add(areaGrid);
        follow(vm.phases(), () -> fillBars(phaseGrid, vm.phases()));
        follow(vm.areas(), () -> fillBars(areaGrid, vm.areas()));
        HBox row = new HBox(16, phases, areas);
        HBox.setHgrow(phases, Priority.ALWAYS);
        HBox.setHgrow(areas, Priority.ALWAYS);
        phases.setPrefWidth(400);
        areas.setPrefWidth(400);
        phases.setMinWidth(0);
        areas.setMinWidth(0);
        return row;
    }

    private static GridPane barGrid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(42);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().setAll(name, bar, value);
        return g;
    }

    /** Bars with a detail line (phases) put name and detail above a full-width bar, so long names never break. */
    private void fillBars(GridPane grid, ObservableList<ReadinessSummary.Bar> items) {
        grid.getChildren().clear();
        int row = 0;
        for (ReadinessSummary.Bar b : items) {
            Label name = new Label(b.name());
            name.setWrapText(true);
            ProgressBar bar = new ProgressBar(b.progress());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(b.name() + ": " + b.valueText());
            bar.setVisible(b.value() != null);
            Label value = new Label(b.valueText());
            value.getStyleClass().add(b.value() == null ? "no-target" : "bar-value");
            if (b.detail() == null) {
                grid.addRow(row++, name, bar, value);
                continue;
            }
            Label detail = new Label(b.detail());
            detail.getStyleClass().add("caption");
            detail.setWrapText(true);
            name.getStyleClass().add("bar-name");
            grid.add(new VBox(1, name, detail), 0, row++, 3, 1);
            grid.add(bar, 0, row, 2, 1);
            grid.add(value, 2, row++);
        }
    }

    private Node gaps() {
        VBox card = card("dashboard.gaps");
        card.setId("gaps");
        card.getChildren().addAll(new GapList(vm, messages), wrapped(vm.estimatesNoteProperty(), "footnote"),
                wrapped(vm.targetsNoteProperty(), "footnote"));
        return card;
    }

    private Node market() {
        VBox card = card("dashboard.market");
        card.setId("market");
        VBox facts = new VBox(4);
        follow(vm.facts(), () -> facts.getChildren().setAll(vm.facts().stream().map(DashboardView::bullet).toList()));
        card.getChildren().addAll(wrapped(vm.employersNoteProperty(), null), facts,
                wrapped(vm.languageNoteProperty(), null), wrapped(vm.sourceProperty(), "footnote"));
        return card;
    }

    // ---- small builders

    /** A list item whose wrapped lines stay indented under its text, not under the bullet. */
    private static Node bullet(String text) {
        Label dot = new Label("•");
        dot.setMinWidth(Region.USE_PREF_SIZE);
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox line = new HBox(8, dot, l);
        line.setAccessibleText(text);
        return line;
    }

    private static void follow(ObservableList<?> list, Runnable fill) {
        list.addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
    }

    private VBox card(String titleKey, Node... content) {
        Label title = label(titleKey, "card-title");
        VBox box = new VBox(8, title);
        box.getChildren().addAll(content);
        box.getStyleClass().add("card");
        return box;
    }

    private Label label(String key, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        l.setWrapText(true);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    private static Label bound(ObservableValue<String> text, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    private static Label wrapped(ObservableValue<String> text, String styleClass) {
        Label l = bound(text, styleClass);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
