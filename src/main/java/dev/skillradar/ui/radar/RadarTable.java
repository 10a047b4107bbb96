package dev.skillradar.ui.radar;

import dev.skillradar.ui.common.Comparison;
import dev.skillradar.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The radar's numbers as a table, the exact and accessible alternative to the picture: one row per axis with
 * the learner's value, the target, the comparison and the gap, sorted by gap; the mean rule in words above it and,
 * with another profile compared, the points to talk about below.
 */
final class RadarTable extends VBox {
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    RadarTable(RadarViewModel vm, Messages messages) {
        super(8);
        getStyleClass().add("radar-table");
        setId("radar-table");
        setPrefWidth(420);
        setMinWidth(280);

        Label caption = new Label();
        caption.textProperty().bind(vm.tableCaptionProperty());
        caption.setWrapText(true);
        caption.getStyleClass().add("caption");

        TableView<RadarViewModel.Row> table = new TableView<>(vm.table());
        table.setId("radar-table-view");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.accessibleTextProperty().bind(messages.text("radar.table.show"));
        TableColumn<RadarViewModel.Row, String> name = column(messages, "radar.table.name", RadarViewModel.Row::name);
        name.setPrefWidth(170);
        name.setMinWidth(110);
        TableColumn<RadarViewModel.Row, String> you = column(messages, "radar.table.you", RadarViewModel.Row::current);
        TableColumn<RadarViewModel.Row, String> target = column(messages, "radar.table.target", RadarViewModel.Row::target);
        TableColumn<RadarViewModel.Row, String> compare = new TableColumn<>();
        compare.textProperty().bind(vm.compareHeaderProperty());
        compare.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().compare()));
        compare.visibleProperty().bind(vm.comparedProperty());
        compare.setSortable(false);
        TableColumn<RadarViewModel.Row, String> gap = column(messages, "radar.table.gap", RadarViewModel.Row::gap);
        for (TableColumn<RadarViewModel.Row, String> c : java.util.List.of(you, target, compare, gap)) {
            c.setMinWidth(58); // numbers are never squeezed out; the names take what is left
            c.setPrefWidth(64);
        }
        compare.setPrefWidth(110);
        table.getColumns().setAll(java.util.List.of(name, you, target, compare, gap));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RadarViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(MISSING, !empty && row != null && row.missing());
                setTooltip(empty || row == null ? null : new Tooltip(row.description()));
                setAccessibleText(empty || row == null ? null : row.description());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label talkTitle = new Label();
        talkTitle.textProperty().bind(messages.text("radar.talk.title"));
        talkTitle.getStyleClass().add("card-title");
        VBox points = new VBox(4);
        points.setId("radar-talking-points");
        Runnable fill = () -> points.getChildren().setAll(vm.talkingPoints().isEmpty()
                ? java.util.List.of(wrapped(messages.get("radar.talk.none")))
                : vm.talkingPoints().stream().map(RadarTable::wrapped).toList());
        vm.talkingPoints().addListener((ListChangeListener<String>) c -> fill.run());
        messages.languageProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        VBox talk = new VBox(6, talkTitle, points);
        Runnable showTalk = () -> {
            boolean withProfile = vm.comparisonProperty().get() instanceof Comparison.OfProfile;
            talk.setVisible(withProfile);
            talk.setManaged(withProfile);
        };
        vm.comparisonProperty().addListener((o, a, b) -> showTalk.run());
        showTalk.run();
        getChildren().addAll(caption, table, talk);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static TableColumn<RadarViewModel.Row, String> column(Messages messages, String key,
                                                                  java.util.function.Function<RadarViewModel.Row, String> value) {
        TableColumn<RadarViewModel.Row, String> c = new TableColumn<>();
        c.textProperty().bind(messages.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false); // the order is the gap order, explained in the caption
        return c;
    }
}
