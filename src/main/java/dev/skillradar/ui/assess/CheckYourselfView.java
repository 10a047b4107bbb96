package dev.skillradar.ui.assess;

import dev.skillradar.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Check yourself" in a skill's details: what it is, that the statements are SkillRadar's own judgement, then the
 * statements by level 1–5 under their level's heading, each level marked when it is reached (or all ticked but
 * waiting for a lower one). Made when a row's details first open with the statements read; Tab goes through the
 * statements in order, with a ticked statement's note and link right after it.
 */
final class CheckYourselfView extends VBox {
    private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");

    private final List<CheckItemView> items = new ArrayList<>();

    CheckYourselfView(SkillRowViewModel row, AssessViewModel screen) {
        Messages messages = screen.messages();
        SkillChecksViewModel vm = row.checks();
        getStyleClass().add("check-yourself");
        setId("check-yourself-" + row.id());

        Label title = new Label();
        title.getStyleClass().add("details-heading");
        title.textProperty().bind(messages.text("assess.checks.title"));
        Label intro = wrapped("muted");
        intro.textProperty().bind(messages.text("assess.checks.intro"));
        Label note = wrapped("checks-note");
        note.setId("checks-note-" + row.id());
        note.textProperty().bind(vm.noteProperty());
        getChildren().addAll(title, intro, note);

        for (CheckLevelViewModel level : vm.levels()) {
            Label heading = new Label();
            heading.getStyleClass().add("check-level-heading");
            heading.textProperty().bind(level.headingProperty());
            heading.setMinWidth(Label.USE_PREF_SIZE);
            Label state = new Label();
            state.getStyleClass().add("check-level-state");
            state.setId("check-level-" + row.id() + "-" + level.level());
            state.textProperty().bind(level.stateTextProperty());
            state.setMinWidth(0);
            Runnable mark = () -> {
                state.pseudoClassStateChanged(REACHED, level.stateProperty().get() == CheckLevelViewModel.State.REACHED);
                state.pseudoClassStateChanged(WAITING, level.stateProperty().get() == CheckLevelViewModel.State.WAITING);
            };
            level.stateProperty().addListener(obs -> mark.run());
            mark.run();
            HBox header = new HBox(10, heading, state);
            header.getStyleClass().add("check-level-header");
            header.setAlignment(Pos.BASELINE_LEFT);
            VBox box = new VBox(header);
            box.getStyleClass().add("check-level");
            for (CheckItemViewModel item : level.items()) {
                CheckItemView view = new CheckItemView(item, messages, screen::open);
                items.add(view);
                box.getChildren().add(view);
            }
            getChildren().add(box);
        }
    }

    private static Label wrapped(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** The statements in screen order (level 1 first). */
    List<CheckItemView> items() {
        return List.copyOf(items);
    }
}
