package dev.skillradar.ui.history;

import dev.skillradar.ui.fx.StyleClasses;
import dev.skillradar.assessment.TrendPeriod;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Role;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ShownScreen;
import dev.skillradar.ui.control.TrendChart;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The History screen: readiness over time as a line chart (overall, areas on demand) and the timeline of rating
 * changes and ticks below it (a Kind column tells them apart in words, a tick's statement has a column of its own);
 * Enter or a double click on an entry shows that day on the radar. Lays out and binds {@link HistoryViewModel};
 * nothing else.
 */
public final class HistoryView extends BorderPane implements ShownScreen {
    private static final PseudoClass NOT_COUNTED = PseudoClass.getPseudoClass("not-counted");

    private final HistoryViewModel vm;
    private final Messages messages;
    private final TrendChart chart = new TrendChart();
    private final TableView<HistoryViewModel.Entry> timeline;

    public HistoryView(HistoryViewModel vm, Messages messages, ObservableBooleanValue dark) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().addAll("page", "history-page");
        chart.setId("history-chart");
        chart.specProperty().bind(vm.specProperty());
        chart.accessibleTextProperty().bind(vm.summaryProperty());
        chart.setPrefHeight(320);
        chart.setMinHeight(220);
        StyleClasses.follow(chart, "dark", dark);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("caption");
        summary.setWrapText(true);
        Label scoredOn = new Label();
        scoredOn.setId("history-scored-on");
        scoredOn.textProperty().bind(vm.scoredOnProperty());
        scoredOn.getStyleClass().add("caption");
        scoredOn.setMinWidth(Region.USE_PREF_SIZE);
        // "Scored on …" goes to a line of its own where both do not fit (German at 1280 px cut the summary short)
        FlowPane summaryLine = new FlowPane(16, 4, summary, scoredOn);
        summaryLine.setAlignment(Pos.BASELINE_LEFT);
        summary.maxWidthProperty().bind(summaryLine.widthProperty()); // a narrow window wraps the summary itself

        timeline = timeline();
        Label timelineTitle = new Label();
        timelineTitle.textProperty().bind(messages.text("history.timeline"));
        timelineTitle.getStyleClass().add("card-title");
        timelineTitle.setLabelFor(timeline);
        Label hint = bound("history.timeline.hint", "caption");
        Button show = new Button();
        show.setId("history-show-on-radar");
        show.textProperty().bind(messages.text("history.timeline.show"));
        show.disableProperty().bind(timeline.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> vm.showOnRadar(timeline.getSelectionModel().getSelectedItem()));
        HBox timelineHeader = new HBox(12, timelineTitle, hint, spacer(), show);
        timelineHeader.setAlignment(Pos.CENTER_LEFT);
        Label basisHint = new Label();
        basisHint.setId("history-basis-hint");
        basisHint.textProperty().bind(vm.basisHintProperty());
        basisHint.getStyleClass().add("caption");
        basisHint.setWrapText(true);
        basisHint.visibleProperty().bind(vm.basisHintProperty().isNotEmpty());
        basisHint.managedProperty().bind(basisHint.visibleProperty());
        VBox body = new VBox(10, chart, summaryLine, timelineHeader, timeline, basisHint);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        setTop(header());
        setCenter(body);
    }

    /** Read again each time: an import or a restore may have changed the history without a rating changing. */
    @Override
    public void shown() {
        vm.reload();
    }

    /** The timeline, for the window's focus handling and tests. */
    public TableView<HistoryViewModel.Entry> timelineTable() {
        return timeline;
    }

    public TrendChart chart() {
        return chart;
    }

    private Node header() {
        Label title = bound("history.heading", "page-title");
        title.setAccessibleRole(AccessibleRole.TEXT);
        ComboBox<Role> role = new ComboBox<>();
        role.setId("history-role");
        role.getItems().setAll(vm.roles());
        role.setConverter(converter(r -> r == null ? "" : messages.of(r.name())));
        messages.languageProperty().addListener((o, a, b) -> role.setConverter(converter(r -> r == null ? "" : messages.of(r.name()))));
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.accessibleTextProperty().bind(messages.text("history.role.accessible"));
        Label roleLabel = mnemonic("history.role", role);

        ComboBox<TrendPeriod> every = new ComboBox<>();
        every.setId("history-every");
        every.getItems().setAll(TrendPeriod.values());
        every.setConverter(converter(p -> p == null ? "" : messages.get("history.every." + p.id())));
        messages.languageProperty().addListener((o, a, b) -> every.setConverter(converter(p -> p == null ? ""
                : messages.get("history.every." + p.id()))));
        every.valueProperty().bindBidirectional(vm.periodProperty());
        every.accessibleTextProperty().bind(messages.text("history.every.accessible"));
        Label everyLabel = mnemonic("history.every", every);

        MenuButton areas = new MenuButton();
        areas.setId("history-areas");
        areas.textProperty().bind(messages.text("history.areas"));
        areas.accessibleTextProperty().bind(messages.text("history.areas.accessible"));
        for (Area a : vm.allAreas()) {
            CheckMenuItem item = new CheckMenuItem();
            item.textProperty().bind(messages.bind(a.name()));
            item.setOnAction(e -> vm.toggleArea(a));
            Runnable sync = () -> {
                item.setSelected(vm.areas().contains(a));
                item.setDisable(!vm.areas().contains(a) && vm.areas().size() >= HistoryViewModel.MAX_AREAS);
            };
            vm.areas().addListener((ListChangeListener<Area>) c -> sync.run());
            sync.run();
            areas.getItems().add(item);
        }
        HBox box = new HBox(12, title, spacer(), roleLabel, role, everyLabel, every, areas);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private TableView<HistoryViewModel.Entry> timeline() {
        TableView<HistoryViewModel.Entry> table = new TableView<>(vm.timeline());
        table.setId("history-timeline");
        table.accessibleTextProperty().bind(messages.text("history.timeline.accessible"));
        // the statement ticked takes the room; the other columns keep about their width
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = bound("history.timeline.empty", "caption");
        table.setPlaceholder(empty);
        table.getColumns().setAll(java.util.List.of(
                narrow(column("history.timeline.when", HistoryViewModel.Entry::when, 145)),
                narrow(column("history.timeline.kind", HistoryViewModel.Entry::kindText, 95)),
                narrow(column("history.timeline.skill", HistoryViewModel.Entry::skill, 165)),
                narrow(column("history.timeline.change", HistoryViewModel.Entry::change, 130)),
                column("history.timeline.statement", HistoryViewModel.Entry::statement, 380),
                narrow(column("history.timeline.origin", HistoryViewModel.Entry::origin, 95))));
        table.setRowFactory(t -> {
            TableRow<HistoryViewModel.Entry> row = new TableRow<>() {
                @Override
                protected void updateItem(HistoryViewModel.Entry e, boolean empty) {
                    super.updateItem(e, empty);
                    boolean shown = !empty && e != null;
                    pseudoClassStateChanged(NOT_COUNTED, shown && !e.counts());
                    String tip = shown ? e.tooltip() : null;
                    setTooltip(tip == null ? null : new Tooltip(tip));
                    setAccessibleText(shown ? e.accessibleText() : null);
                }
            };
            row.setOnMouseClicked(ev -> {
                if (ev.getButton() == MouseButton.PRIMARY && ev.getClickCount() == 2 && !row.isEmpty()) {
                    vm.showOnRadar(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.showOnRadar(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        return table;
    }

    private TableColumn<HistoryViewModel.Entry, String> column(String key, Function<HistoryViewModel.Entry, String> value,
                                                               double width) {
        TableColumn<HistoryViewModel.Entry, String> c = new TableColumn<>();
        c.textProperty().bind(messages.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false); // newest first, as a timeline reads
        return c;
    }

    /**
     * A column that keeps about its preferred width (a date cut off would say nothing), so that the Statement column
     * gives or takes what the table has to spare.
     */
    private static TableColumn<HistoryViewModel.Entry, String> narrow(TableColumn<HistoryViewModel.Entry, String> c) {
        c.setMinWidth(c.getPrefWidth());
        c.setMaxWidth(c.getPrefWidth() * 1.3);
        return c;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private Label mnemonic(String key, Node target) {
        Label l = bound(key, null);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private Label bound(String key, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        l.setWrapText(true);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
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
