package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.Resource;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.fx.TextAreas;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The opened part of a skill row: the full description, where the demand figure comes from, the
 * user's note, an evidence link (refused with the reason when it is not http/https), and the
 * resources the article recommends, opened in the browser only when clicked. Storage keeps a note
 * or link only with a rating, so both fields are disabled, with a hint saying so, until the skill is rated.
 */
final class SkillDetailsView extends HBox {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final TextArea note = new TextArea();
    private final TextField evidence = new TextField();

    SkillDetailsView(SkillRowViewModel vm, AssessViewModel screen) {
        Messages messages = screen.messages();
        SkillNotesViewModel notes = vm.notes();
        getStyleClass().add("skill-details");

        Label description = wrapped(new Label());
        description.textProperty().bind(vm.texts().descriptionProperty());
        Label prerequisites = wrapped(new Label());
        prerequisites.getStyleClass().add("muted");
        prerequisites.textProperty().bind(vm.texts().prerequisitesProperty());
        prerequisites.managedProperty().bind(prerequisites.textProperty().isNotEmpty());
        Label demandNote = wrapped(new Label());
        demandNote.getStyleClass().add("muted");
        demandNote.textProperty().bind(vm.texts().demandNoteProperty());
        VBox about = column(heading(messages, "assess.details.about"), description, prerequisites, demandNote);

        Label noteLabel = heading(messages, "assess.note.label");
        noteLabel.setLabelFor(note);
        note.setId("note-" + vm.id());
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= Rating.MAX_NOTE_LENGTH ? c : null));
        note.textProperty().bindBidirectional(notes.noteProperty());
        note.promptTextProperty().bind(messages.text("assess.note.prompt"));
        note.accessibleTextProperty().bind(vm.texts().noteAccessibleProperty());
        note.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                notes.commitNote();
            }
        });
        TextAreas.tabMovesFocus(note);
        Label rateFirst = wrapped(new Label());
        rateFirst.getStyleClass().add("rate-first");
        rateFirst.setId("rate-first-" + vm.id());
        rateFirst.textProperty().bind(notes.rateFirstTextProperty());
        rateFirst.visibleProperty().bind(notes.editableProperty().not());
        rateFirst.managedProperty().bind(rateFirst.visibleProperty());
        VBox noteColumn = column(noteLabel, rateFirst, note);

        Label evidenceLabel = heading(messages, "assess.evidence.label");
        evidenceLabel.setLabelFor(evidence);
        evidence.setId("evidence-" + vm.id());
        evidence.textProperty().bindBidirectional(notes.evidenceProperty());
        evidence.promptTextProperty().bind(messages.text("assess.evidence.prompt"));
        evidence.accessibleTextProperty().bind(vm.texts().evidenceAccessibleProperty());
        evidence.setOnAction(e -> notes.commitEvidence());
        evidence.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                notes.commitEvidence();
            }
        });
        HBox.setHgrow(evidence, Priority.ALWAYS);
        Button open = new Button();
        open.textProperty().bind(messages.text("assess.evidence.open"));
        open.disableProperty().bind(notes.canOpenEvidenceProperty().not());
        open.setOnAction(e -> notes.openEvidence());
        for (TextInputControl field : List.of(note, evidence)) {
            field.disableProperty().bind(notes.editableProperty().not());
            field.accessibleHelpProperty().bind(Bindings.when(notes.editableProperty()).then("")
                    .otherwise(notes.rateFirstTextProperty()));
        }
        HBox evidenceLine = new HBox(6, evidence, open);
        evidenceLine.setAlignment(Pos.CENTER_LEFT);
        Label problem = wrapped(new Label());
        problem.getStyleClass().add("field-problem");
        problem.setId("evidence-problem-" + vm.id());
        problem.textProperty().bind(notes.evidenceProblemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.textProperty().addListener((obs, o, n) -> evidence.pseudoClassStateChanged(PROBLEM, !n.isEmpty()));
        VBox evidenceColumn = column(evidenceLabel, evidenceLine, problem, heading(messages, "assess.resources.label"));
        if (vm.resources().isEmpty()) {
            Label none = wrapped(new Label());
            none.getStyleClass().add("muted");
            none.textProperty().bind(messages.text("assess.resources.none"));
            evidenceColumn.getChildren().add(none);
        }
        vm.resources().forEach(r -> evidenceColumn.getChildren().add(resource(r, screen)));

        getChildren().addAll(about, noteColumn, evidenceColumn);
        for (Node n : getChildren()) {
            HBox.setHgrow(n, Priority.ALWAYS);
            ((VBox) n).setPrefWidth(1); // three equal columns, whatever their content
            ((VBox) n).setMaxWidth(Double.MAX_VALUE);
        }
    }

    private static Node resource(Resource r, AssessViewModel screen) {
        Messages messages = screen.messages();
        Hyperlink link = new Hyperlink();
        link.textProperty().bind(messages.bind(r.name()));
        link.setTooltip(new Tooltip(r.url()));
        link.setOnAction(e -> screen.open(r.url()));
        Label note = wrapped(new Label());
        note.getStyleClass().add("muted");
        note.textProperty().bind(messages.bind(r.note()));
        VBox box = new VBox(link, note);
        box.getStyleClass().add("resource");
        if (r.urlIsAppAddition()) {
            Label addition = new Label(); // styled app-wide, like the Dashboard's resources
            addition.getStyleClass().add("app-addition");
            addition.textProperty().bind(messages.text("assess.resources.appAddition"));
            Tooltip why = new Tooltip();
            why.textProperty().bind(messages.text("assess.resources.appAddition.tip"));
            addition.setTooltip(why);
            box.getChildren().add(addition);
            link.accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.get(
                    "assess.resources.linkAccessible", messages.of(r.name())), messages.languageProperty()));
        }
        return box;
    }

    private static VBox column(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("details-column");
        return box;
    }

    private static Label heading(Messages messages, String key) {
        Label label = new Label();
        label.getStyleClass().add("details-heading");
        label.textProperty().bind(messages.text(key));
        return label;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    TextArea noteArea() {
        return note;
    }

    TextField evidenceField() {
        return evidence;
    }
}
