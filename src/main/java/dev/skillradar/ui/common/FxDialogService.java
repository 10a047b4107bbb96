package dev.skillradar.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link DialogService} with JavaFX dialogs owned by the main window, buttons labelled from our
 * bundles (JavaFX would label them in the system language, not the one chosen in the app).
 */
public final class FxDialogService implements DialogService {
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Supplier<List<String>> stylesheets;

    public FxDialogService(Messages messages, Supplier<Window> owner, Supplier<List<String>> stylesheets) {
        this.messages = messages;
        this.owner = owner;
        this.stylesheets = stylesheets;
    }

    private ButtonType ok(String label) {
        return new ButtonType(label, ButtonBar.ButtonData.OK_DONE);
    }

    private ButtonType cancel() {
        return new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private <R> void prepare(Dialog<R> d, String title) {
        d.setTitle(title);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            d.initOwner(w);
        }
        d.getDialogPane().getStylesheets().setAll(stylesheets.get());
        d.setResizable(true);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert a = new Alert(type, message, buttons);
        prepare(a, title);
        a.setHeaderText(null);
        // long sentences wrap instead of being cut off with "..."
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setPrefWidth(520);
        return a;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = ok(confirmLabel);
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message, yes, cancel());
        // the safe answer is the default, so Enter never destroys anything by accident
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ok(messages.get("dialog.ok"))).showAndWait();
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ok(messages.get("dialog.ok"))).showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial, Function<String, Optional<String>> validator) {
        Dialog<String> d = new Dialog<>();
        prepare(d, title);
        ButtonType yes = ok(messages.get("dialog.ok"));
        d.getDialogPane().getButtonTypes().setAll(yes, cancel());
        Label label = new Label(prompt);
        label.setWrapText(true);
        TextField field = new TextField(initial == null ? "" : initial);
        field.setAccessibleText(prompt);
        label.setLabelFor(field);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        VBox box = new VBox(8, label, field, problem);
        box.setPrefWidth(420);
        d.getDialogPane().setContent(box);
        javafx.scene.Node okButton = d.getDialogPane().lookupButton(yes);
        Runnable check = () -> {
            Optional<String> p = validator.apply(field.getText());
            problem.setText(p.orElse(""));
            okButton.setDisable(p.isPresent());
        };
        field.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        d.setResultConverter(bt -> bt == yes ? field.getText().trim() : null);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return d.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
        Dialog<T> d = new Dialog<>();
        prepare(d, title);
        ButtonType yes = ok(messages.get("dialog.ok"));
        d.getDialogPane().getButtonTypes().setAll(yes, cancel());
        Label text = new Label(prompt);
        text.setWrapText(true);
        ListView<T> list = new ListView<>();
        list.getItems().setAll(options);
        list.setAccessibleText(prompt);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        list.setPrefHeight(240);
        list.getSelectionModel().selectFirst();
        text.setLabelFor(list);
        d.getDialogPane().setContent(new VBox(8, text, list));
        d.getDialogPane().lookupButton(yes).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(bt -> bt == yes ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(list::requestFocus);
        return d.showAndWait();
    }

    private FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        for (FileFilter f : filters) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        return c;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileFilter> filters) {
        File f = chooser(title, filters).showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialFileName, List<FileFilter> filters) {
        FileChooser c = chooser(title, filters);
        c.setInitialFileName(initialFileName);
        File f = c.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
