package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.fx.startup.WhenFirst;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One statement of "Check yourself": a check box (Space ticks it) whose accessible text names the level and the
 * statement and, while it is ticked, a short note, an evidence link (a bad one named, not saved) and Open, shown
 * once there is a note or link or "Note or link…" asked for them. The fields are made the first time the statement
 * is ticked.
 */
final class CheckItemView extends VBox {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final CheckItemViewModel vm;
    private final Messages messages;
    private final Consumer<String> opener;
    private final CheckBox box = new CheckBox();
    private TextField note;
    private TextField evidence;

    CheckItemView(CheckItemViewModel vm, Messages messages, Consumer<String> opener) {
        this.vm = vm;
        this.messages = messages;
        this.opener = opener;
        getStyleClass().add("check-item");
        box.setId("check-" + vm.id());
        box.textProperty().bind(vm.textProperty());
        box.setWrapText(true);
        box.setMinHeight(CheckBox.USE_PREF_SIZE);
        box.setMaxWidth(Double.MAX_VALUE);
        box.accessibleTextProperty().bind(vm.accessibleProperty());
        box.setSelected(vm.tickedProperty().get());
        vm.tickedProperty().addListener((obs, o, n) -> box.setSelected(n));
        box.setOnAction(e -> {
            vm.setTicked(box.isSelected());
            box.setSelected(vm.tickedProperty().get()); // what is shown, if the tick was not taken (no profile)
        });
        // "Note or link…" beside a ticked statement without them: most ticks need neither, and empty fields under
        // every ticked statement would drown the list
        Button ask = new Button();
        ask.getStyleClass().add("check-ask");
        ask.setId("check-ask-" + vm.id());
        ask.textProperty().bind(messages.text("assess.checks.addEvidence"));
        ask.accessibleTextProperty().bind(vm.askAccessibleProperty());
        ask.setMinWidth(Button.USE_PREF_SIZE);
        ask.visibleProperty().bind(vm.tickedProperty().and(vm.evidenceShownProperty().not()));
        ask.managedProperty().bind(ask.visibleProperty());
        ask.setOnAction(e -> {
            vm.askForEvidence();
            note.requestFocus();
        });
        HBox line = new HBox(8, box, ask);
        line.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        getChildren().add(line);
        WhenFirst.isTrue(vm.tickedProperty(), this::addEvidence);
    }

    /** The note and link under a ticked statement, hidden again while it is not ticked. */
    private void addEvidence() {
        note = new TextField();
        note.getStyleClass().add("check-note");
        note.setId("check-note-" + vm.id());
        note.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= Rating.MAX_NOTE_LENGTH ? c : null));
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.promptTextProperty().bind(messages.text("assess.checks.note.prompt"));
        note.accessibleTextProperty().bind(vm.noteAccessibleProperty());
        note.setOnAction(e -> vm.commitNote());
        note.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                vm.commitNote();
            }
        });
        evidence = new TextField();
        evidence.getStyleClass().add("check-evidence");
        evidence.setId("check-evidence-" + vm.id());
        evidence.textProperty().bindBidirectional(vm.evidenceProperty());
        evidence.promptTextProperty().bind(messages.text("assess.checks.evidence.prompt"));
        evidence.accessibleTextProperty().bind(vm.evidenceAccessibleProperty());
        evidence.setOnAction(e -> vm.commitEvidence());
        evidence.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                vm.commitEvidence();
            }
        });
        Button open = new Button();
        open.textProperty().bind(messages.text("assess.evidence.open"));
        open.accessibleTextProperty().bind(vm.openAccessibleProperty());
        open.disableProperty().bind(vm.canOpenEvidenceProperty().not());
        open.setOnAction(e -> {
            String url = vm.evidenceToOpen();
            if (url != null) {
                opener.accept(url);
            }
        });
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox.setHgrow(evidence, Priority.ALWAYS);
        note.setPrefColumnCount(18);
        evidence.setPrefColumnCount(18);
        HBox fields = new HBox(6, note, evidence, open);
        fields.getStyleClass().add("check-evidence-line");
        fields.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setId("check-problem-" + vm.id());
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        problem.textProperty().bind(vm.evidenceProblemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty().and(vm.tickedProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        problem.textProperty().addListener((obs, o, n) -> evidence.pseudoClassStateChanged(PROBLEM, !n.isEmpty()));
        VBox under = new VBox(2, fields, problem);
        under.getStyleClass().add("check-under");
        under.visibleProperty().bind(vm.evidenceShownProperty());
        under.managedProperty().bind(under.visibleProperty());
        getChildren().add(under);
    }

    CheckBox checkBox() {
        return box;
    }

    /** Null until the statement was first ticked. */
    TextField noteField() {
        return note;
    }

    /** Null until the statement was first ticked. */
    TextField evidenceField() {
        return evidence;
    }
}
