package dev.skillradar.ui.report;

import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Role;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.text.RadarTexts;
import dev.skillradar.ui.common.Comparison;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ShownScreen;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The Report screen: the choices (role, language, paper; the comparison is the radar's), the pages of the report
 * exactly as they print (rendered from the saved PDF bytes), page navigation (Page Up, Page Down), zoom 50–200 %,
 * Print… and Save as PDF…. While the report is made, a progress indicator with Cancel shows after a moment; the
 * window never waits. Lays out and binds {@link ReportViewModel}; nothing else.
 */
public final class ReportView extends BorderPane implements ShownScreen {
    private final ReportViewModel vm;
    private final Messages messages;
    private final ImageView page = new ImageView();
    private final ScrollPane pageScroll = new ScrollPane();

    public ReportView(ReportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().addAll("page", "report-page");
        page.setId("report-page-image");
        page.setPreserveRatio(true);
        page.imageProperty().bind(Bindings.createObjectBinding(() -> vm.pageImageProperty().get() == null ? null
                : SwingFXUtils.toFXImage(vm.pageImageProperty().get(), null), vm.pageImageProperty()));
        page.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        page.accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.get("preview.page.accessible",
                vm.pageProperty().get() + 1, vm.pageCountProperty().get()), vm.pageProperty(), vm.pageCountProperty(),
                messages.languageProperty()));
        StackPane sheet = new StackPane(page);
        sheet.getStyleClass().add("report-sheet");
        pageScroll.setId("report-preview");
        pageScroll.setContent(new StackPane(sheet));
        pageScroll.setFitToWidth(true);
        pageScroll.setPannable(true);
        pageScroll.getStyleClass().add("report-preview");
        setTop(header());
        setCenter(new StackPane(pageScroll, progress()));
        setBottom(status());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                vm.nextPage();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                vm.previousPage();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.print();
                e.consume();
            }
        });
    }

    /** Makes the report when the screen is first shown (and when it is out of date). */
    @Override
    public void shown() {
        vm.shown();
    }

    private Node header() {
        Label title = bound("preview.heading", "page-title");
        title.setAccessibleRole(AccessibleRole.TEXT);

        ComboBox<Role> role = combo("report-role", "preview.role");
        role.getItems().setAll(vm.roles());
        converter(role, r -> r == null ? "" : messages.of(r.name()));
        role.valueProperty().bindBidirectional(vm.roleProperty());

        ComboBox<Language> language = combo("report-language", "preview.language");
        language.getItems().setAll(Language.values());
        converter(language, l -> l == null ? "" : messages.nativeName(l));
        language.valueProperty().bindBidirectional(vm.languageProperty());

        ComboBox<PageSetup.Paper> paper = combo("report-paper", "preview.paper");
        paper.getItems().setAll(PageSetup.Paper.values());
        converter(paper, p -> p == null ? "" : messages.get("preview.paper." + p.name()));
        paper.valueProperty().bindBidirectional(vm.paperProperty());

        Label compare = new Label();
        compare.setId("report-compare");
        compare.textProperty().bind(Bindings.createStringBinding(this::comparisonText, vm.comparisonProperty(),
                messages.languageProperty()));
        compare.getStyleClass().add("caption");

        HBox choices = new HBox(10, title, spacer(), mnemonic("preview.role", role), role,
                mnemonic("preview.language", language), language, mnemonic("preview.paper", paper), paper);
        choices.setAlignment(Pos.CENTER_LEFT);

        Button previous = button("report-previous", "preview.previous", vm::previousPage);
        previous.disableProperty().bind(vm.pageProperty().lessThanOrEqualTo(0));
        Button next = button("report-next", "preview.next", vm::nextPage);
        next.disableProperty().bind(vm.pageProperty().greaterThanOrEqualTo(vm.pageCountProperty().subtract(1)));
        Label pageText = new Label();
        pageText.setId("report-page-text");
        pageText.textProperty().bind(vm.pageTextProperty());
        pageText.setMinWidth(Region.USE_PREF_SIZE);

        Slider zoom = new Slider(ReportViewModel.MIN_ZOOM, ReportViewModel.MAX_ZOOM, 100);
        zoom.setId("report-zoom");
        zoom.setMajorTickUnit(50);
        zoom.setBlockIncrement(10);
        zoom.setSnapToTicks(false);
        zoom.setPrefWidth(140);
        zoom.valueProperty().bindBidirectional(vm.zoomProperty());
        zoom.accessibleTextProperty().bind(messages.text("preview.zoom.accessible"));
        Label zoomValue = new Label();
        zoomValue.textProperty().bind(Bindings.createStringBinding(() -> messages.get("preview.zoom.value",
                vm.zoomProperty().get()), vm.zoomProperty(), messages.languageProperty()));
        zoomValue.setMinWidth(Region.USE_PREF_SIZE);

        Button print = button("report-print", "preview.print", vm::print);
        Button save = button("report-save", "preview.save", vm::saveAsPdf);
        print.disableProperty().bind(vm.readyProperty().not().or(vm.busyProperty()));
        save.disableProperty().bind(vm.readyProperty().not().or(vm.busyProperty()));
        compare.setMinWidth(0);
        HBox.setHgrow(compare, Priority.SOMETIMES);
        HBox actions = new HBox(10, previous, pageText, next, spacer(), mnemonic("preview.zoom", zoom), zoom, zoomValue,
                spacer(), compare, print, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, choices, actions);
        box.getStyleClass().add("report-header");
        return box;
    }

    private String comparisonText() {
        Comparison c = vm.comparisonProperty().get();
        RadarTexts texts = new RadarTexts(messages.texts());
        if (c instanceof Comparison.AtDate d) {
            return messages.get("preview.compare", messages.texts().formats().longDate(d.day()));
        }
        if (c instanceof Comparison.OfProfile p) {
            return messages.get("preview.compare", texts.compareLabel(new RadarTexts.OtherProfile(p.profile().name())));
        }
        return messages.get("preview.compare.hint");
    }

    /** A spinning indicator with Cancel, shown only when making takes longer than a moment. */
    private Node progress() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label();
        text.textProperty().bind(vm.statusProperty());
        Button cancel = button("report-cancel", "preview.cancel", vm::cancel);
        VBox box = new VBox(10, spinner, text, cancel);
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.getStyleClass().addAll("card", "report-progress");
        box.setId("report-progress");
        box.setVisible(false);
        PauseTransition moment = new PauseTransition(Duration.millis(300));
        moment.setOnFinished(e -> box.setVisible(vm.busyProperty().get()));
        vm.busyProperty().addListener((o, a, b) -> {
            if (b) {
                moment.playFromStart();
            } else {
                moment.stop();
                box.setVisible(false);
            }
        });
        return box;
    }

    private Node status() {
        Label status = new Label();
        status.setId("report-status");
        status.textProperty().bind(vm.statusProperty());
        Label scoredOn = new Label();
        scoredOn.setId("report-scored-on");
        scoredOn.textProperty().bind(vm.scoredOnProperty());
        scoredOn.getStyleClass().add("caption");
        Label keys = bound("preview.keys", "caption");
        HBox line = new HBox(16, status, scoredOn, spacer(), keys);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.getStyleClass().add("report-status");
        return line;
    }

    private <T> ComboBox<T> combo(String id, String accessibleKey) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.get(accessibleKey).replace("_", "").replace(":", ""), messages.languageProperty()));
        return box;
    }

    private <T> void converter(ComboBox<T> box, Function<T, String> text) {
        Runnable set = () -> box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        messages.languageProperty().addListener((o, a, b) -> set.run());
        set.run();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(messages.text(key));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE); // a narrow window cuts the comparison's caption, never a button
        return b;
    }

    private Label mnemonic(String key, Node target) {
        Label l = bound(key, null);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Label bound(String key, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
