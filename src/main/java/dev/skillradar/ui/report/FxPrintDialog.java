package dev.skillradar.ui.report;

import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.print.PageRange;
import dev.skillradar.report.print.PrintRequest;
import dev.skillradar.report.print.PrinterInfo;
import dev.skillradar.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * SkillRadar's own print dialog, a JavaFX dialog: the printers the system lists (the default chosen), copies
 * 1–99, all pages or a range, and the paper (the printer's, or A4 or US Letter; another paper than the preview's
 * lays the report out again). Keyboard: Tab between fields, Enter prints, Esc cancels.
 */
public final class FxPrintDialog implements PrintDialogs {
    /** The paper choice: null stands for "the printer's paper". */
    private record PaperChoice(PageSetup.Paper paper) {
    }

    private final Messages messages;
    private final Supplier<Window> owner;
    private final Supplier<List<String>> stylesheets;

    public FxPrintDialog(Messages messages, Supplier<Window> owner, Supplier<List<String>> stylesheets) {
        this.messages = messages;
        this.owner = owner;
        this.stylesheets = stylesheets;
    }

    @Override
    public Optional<PrintRequest> askPrint(List<PrinterInfo> printers, int pages, PageSetup.Paper reportPaper) {
        Dialog<PrintRequest> dialog = new Dialog<>();
        dialog.setTitle(messages.get("print.dialog.title"));
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        dialog.getDialogPane().getStylesheets().setAll(stylesheets.get());

        ChoiceBox<PrinterInfo> printer = new ChoiceBox<>();
        printer.setId("print-printer");
        printer.getItems().setAll(printers);
        printer.setConverter(converter(p -> {
            String name = p.isDefault() ? messages.get("print.dialog.printer.default", p.name()) : p.name();
            return p.takesPdf() ? messages.get("print.dialog.printer.pdf", name) : name;
        }));
        printer.setValue(printers.stream().filter(PrinterInfo::isDefault).findFirst().orElse(printers.get(0)));
        printer.setAccessibleText(plain("print.dialog.printer"));

        Spinner<Integer> copies = new Spinner<>(1, PrintRequest.MAX_COPIES, 1);
        copies.setId("print-copies");
        copies.setEditable(true);
        copies.setAccessibleText(plain("print.dialog.copies"));

        ToggleGroup which = new ToggleGroup();
        RadioButton all = new RadioButton(messages.get("print.dialog.pages.all", pages));
        all.setId("print-pages-all");
        all.setToggleGroup(which);
        all.setSelected(true);
        RadioButton range = new RadioButton(messages.get("print.dialog.pages.range"));
        range.setId("print-pages-range");
        range.setToggleGroup(which);
        Spinner<Integer> from = new Spinner<>(1, pages, 1);
        Spinner<Integer> to = new Spinner<>(1, pages, pages);
        from.setId("print-from");
        to.setId("print-to");
        from.setAccessibleText(plain("print.dialog.pages.range"));
        to.setAccessibleText(plain("print.dialog.pages.to"));
        from.setEditable(true);
        to.setEditable(true);
        from.disableProperty().bind(range.selectedProperty().not());
        to.disableProperty().bind(range.selectedProperty().not());

        List<PaperChoice> papers = new ArrayList<>();
        papers.add(new PaperChoice(null));
        for (PageSetup.Paper p : PageSetup.Paper.values()) {
            papers.add(new PaperChoice(p));
        }
        ChoiceBox<PaperChoice> paper = new ChoiceBox<>();
        paper.setId("print-paper");
        paper.getItems().setAll(papers);
        paper.setConverter(converter(c -> c.paper() == null ? messages.get("print.dialog.paper.printer")
                : messages.get("preview.paper." + c.paper().name())));
        paper.setValue(papers.get(0));
        paper.setAccessibleText(plain("print.dialog.paper"));
        Label relayout = new Label(messages.get("print.dialog.paper.relayout"));
        relayout.setWrapText(true);
        relayout.setMaxWidth(380);
        relayout.getStyleClass().add("caption");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, label("print.dialog.printer", printer), printer);
        grid.addRow(1, label("print.dialog.copies", copies), copies);
        grid.addRow(2, new Label(messages.get("print.dialog.pages")), all);
        grid.add(new HBox(8, range, from, new Label(messages.get("print.dialog.pages.to")), to), 1, 3);
        grid.addRow(4, label("print.dialog.paper", paper), paper);
        grid.add(relayout, 1, 5);
        dialog.getDialogPane().setContent(grid);
        ButtonType printButton = new ButtonType(messages.get("print.dialog.print"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(printButton, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != printButton) {
                return null;
            }
            Optional<PageRange> pageRange = range.isSelected()
                    ? Optional.of(new PageRange(Math.min(from.getValue(), to.getValue()), Math.max(from.getValue(), to.getValue())))
                    : Optional.empty();
            return new PrintRequest(Optional.of(printer.getValue().name()), copies.getValue(), pageRange,
                    Optional.ofNullable(paper.getValue().paper()));
        });
        return dialog.showAndWait();
    }

    private String plain(String key) {
        return messages.get(key).replace("_", "").replace(":", "");
    }

    private Label label(String key, javafx.scene.Node target) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
