package dev.skillradar.ui.assess;

import dev.skillradar.catalog.Level;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.SaveStatus;
import dev.skillradar.ui.control.RatingControl;
import dev.skillradar.ui.control.RatingKeys;
import dev.skillradar.ui.fx.TextWidths;
import dev.skillradar.ui.fx.startup.LazyTooltip;
import dev.skillradar.ui.fx.startup.WhenFirst;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One skill: name, demand and summary | rating and level | target | details (columns shared
 * through {@link RowColumns}), with the level
 * description under the stars while hovering or focused, and notes, evidence and resources in a
 * details part built on first opening, with "Check yourself" below it once the statements are read. Digits typed
 * anywhere in the row rate it, and Enter confirms a rating marked "Confirm again", except in text fields.
 * Parts that are empty or hidden at first (the level description, the self-check line, the note and evidence chips) are
 * created the first time they have something to show: a screen of rows paints its first frame sooner.
 */
final class SkillRowView extends GridPane {
    static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");
    private static final PseudoClass PREVIEWING = PseudoClass.getPseudoClass("previewing");
    private static final PseudoClass SAVING = PseudoClass.getPseudoClass("saving");
    private static final PseudoClass UNRATED = PseudoClass.getPseudoClass("unrated");

    private final SkillRowViewModel vm;
    private final AssessViewModel screen;
    private final RatingControl rating = new RatingControl();
    private final ToggleButton detailsToggle = new ToggleButton();
    private final Consumer<Node> reveal;
    private final SkillNameLine nameLine;
    private SkillDetailsView details;
    private CheckYourselfView checkYourself;
    /** Under the stars: the self-check line, then the level description; made for the first of them. */
    private VBox underStars;

    SkillRowView(SkillRowViewModel vm, AssessViewModel screen, RowColumns columns, Consumer<Node> reveal) {
        this.vm = vm;
        this.reveal = reveal;
        this.screen = screen;
        getStyleClass().add("skill-row");
        setId("skill-" + vm.id());
        nameLine = new SkillNameLine(vm, screen.messages(), rating);
        Label status = statusLabel();
        Label summary = summaryLabel();
        HBox ratingLine = ratingLine();
        Label target = targetBadge();
        setUpDetailsToggle();
        // The level description under the stars is empty until the row is hovered or focused: made then.
        WhenFirst.isTrue(vm.hintShownProperty(), this::addHint);
        // "You: 4 · Checks: 2", the request for evidence, "Confirm again": from the first time there is one to show.
        WhenFirst.isTrue(vm.checks().lineShownProperty(), this::addSelfCheckLine);
        place(columns, summary, ratingLine, target, status);
        visibleProperty().bind(vm.shownProperty());
        managedProperty().bind(vm.shownProperty());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
    }

    /** "Saving…", "Saved", "Not saved: …" under the Details button, with the reason in a tooltip. */
    private Label statusLabel() {
        Label status = new Label();
        status.getStyleClass().add("row-status");
        status.textProperty().bind(vm.texts().statusProperty());
        vm.statusProperty().addListener((obs, o, s) -> {
            status.pseudoClassStateChanged(FAILED, s != null && s.state() == SaveStatus.State.FAILED);
            status.pseudoClassStateChanged(SAVING, s != null && s.state() == SaveStatus.State.SAVING);
        });
        ReadOnlyStringProperty why = vm.texts().statusDetailProperty();
        LazyTooltip.onFirstHover(status, why, () -> LazyTooltip.showing(why), tip -> status.tooltipProperty().bind(
                Bindings.when(status.textProperty().isEmpty()).then((Tooltip) null).otherwise(tip)));
        TextWidths.reserveRoom(status, vm::allStatusTexts, screen.messages().languageProperty());
        return status;
    }

    /** The description's first sentence; the full text in a tooltip. */
    private Label summaryLabel() {
        Label summary = new Label();
        summary.getStyleClass().add("skill-summary");
        summary.textProperty().bind(vm.texts().shortDescriptionProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        summary.setMinWidth(0);
        LazyTooltip.install(summary, vm.texts().descriptionProperty(), 520);
        return summary;
    }

    /** The rating control, kept equal to the ViewModel, and the level in words, with room for the longest. */
    private HBox ratingLine() {
        rating.setValue(vm.shownLevelProperty().get());
        vm.shownLevelProperty().addListener((obs, o, n) -> rating.setValue(n));
        rating.setMaxLevel(Level.MAX);
        rating.targetProperty().bind(vm.targetProperty().map(t -> t.intValue() == 0 ? null : t.intValue()));
        rating.setOnRate(v -> {
            vm.rate(v);
            rating.setValue(vm.shownLevelProperty().get()); // what the row shows, if the rating was not taken
        });
        rating.accessibleTextProperty().bind(vm.texts().accessibleProperty());
        rating.levelLabelsProperty().bind(vm.levelLabelsProperty());
        vm.hoverLevelProperty().bind(rating.previewProperty());
        vm.focusedProperty().bind(rating.focusedProperty());
        Label level = new Label();
        level.getStyleClass().add("level-label");
        level.textProperty().bind(vm.texts().levelProperty());
        ReadOnlyBooleanProperty unrated = vm.unratedProperty();
        level.pseudoClassStateChanged(UNRATED, unrated.get());
        unrated.addListener((obs, o, n) -> level.pseudoClassStateChanged(UNRATED, n));
        TextWidths.reserveRoom(level, vm::allLevelTexts, screen.messages().languageProperty()); // the columns never jump
        HBox line = new HBox(10, rating, level);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** "Target: 3", green once met, muted when the role sets none. */
    private Label targetBadge() {
        Label target = new Label();
        target.getStyleClass().add("target-badge");
        target.textProperty().bind(vm.texts().targetProperty());
        ReadOnlyBooleanProperty met = vm.meetsTargetProperty();
        Runnable targetState = () -> {
            target.pseudoClassStateChanged(NONE, vm.targetProperty().get() == 0);
            target.pseudoClassStateChanged(MET, vm.targetProperty().get() > 0 && met.get());
        };
        met.addListener(obs -> targetState.run());
        vm.targetProperty().addListener(obs -> targetState.run());
        targetState.run();
        return target;
    }

    /** "Details" / "Hide": opens the details part, built on first opening. */
    private void setUpDetailsToggle() {
        Messages messages = screen.messages();
        detailsToggle.getStyleClass().add("details-toggle");
        detailsToggle.textProperty().bind(Bindings.when(detailsToggle.selectedProperty())
                .then(messages.text("assess.details.hide")).otherwise(messages.text("assess.details.show")));
        detailsToggle.accessibleTextProperty().bind(Bindings.when(detailsToggle.selectedProperty())
                .then(vm.texts().hideDetailsProperty()).otherwise(vm.texts().showDetailsProperty()));
        detailsToggle.selectedProperty().addListener((obs, o, open) -> showDetails(open));
    }

    /** Name and summary | rating and level | target | Details and status, in that order (the Tab order). */
    private void place(RowColumns columns, Label summary, HBox ratingLine, Label target, Label status) {
        columns.register(this, ratingLine, target, detailsToggle, status);
        add(nameLine, 0, 0);
        add(summary, 0, 1);
        GridPane.setValignment(summary, VPos.TOP);
        add(ratingLine, 1, 0);
        add(target, 2, 0);
        add(detailsToggle, 3, 0);
        add(status, 3, 1);
        GridPane.setValignment(status, VPos.TOP);
        GridPane.setHalignment(target, HPos.LEFT);
    }

    /** The level description under the stars (for a preview or the focused level), from the first time it has a text. */
    private void addHint() {
        Label hint = new Label();
        hint.getStyleClass().add("level-hint");
        hint.textProperty().bind(vm.texts().levelHintProperty());
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        hint.pseudoClassStateChanged(PREVIEWING, vm.hoverLevelProperty().get() >= 0);
        vm.hoverLevelProperty().addListener((obs, o, n) -> hint.pseudoClassStateChanged(PREVIEWING, n.intValue() >= 0));
        underStars().getChildren().add(hint);
    }

    private void addSelfCheckLine() {
        // after a click on "Still right" (which then hides) the keyboard stays with this row's stars
        underStars().getChildren().add(0, new SelfCheckLine(vm, screen.messages(), rating::requestFocus));
        rating.accessibleHelpProperty().bind(vm.checks().ratingHelpProperty());
    }

    private VBox underStars() {
        if (underStars == null) {
            underStars = new VBox(2);
            underStars.setMinWidth(0);
            GridPane.setConstraints(underStars, 1, 1, 2, 1, HPos.LEFT, VPos.TOP);
            // right after the stars in the Tab order: the "Still right" button comes before Details
            getChildren().add(getChildren().indexOf(rating.getParent()) + 1, underStars);
        }
        return underStars;
    }

    private void onKeyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return; // digits typed into the note, the evidence link or the search are text, not ratings
        }
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && vm.checks().confirm()) {
            e.consume();
            return;
        }
        RatingKeys.digitOf(e, Level.MAX).ifPresent(d -> {
            vm.rate(d);
            e.consume();
        });
    }

    private void showDetails(boolean open) {
        if (open && details == null) {
            details = new SkillDetailsView(vm, screen);
            add(details, 0, 2, 4, 1);
            // the statements may still be on their way (read after the first frame); never for a roadmap without them
            WhenFirst.isTrue(vm.checks().shownProperty(), () -> {
                checkYourself = new CheckYourselfView(vm, screen);
                checkYourself.visibleProperty().bind(detailsToggle.selectedProperty());
                checkYourself.managedProperty().bind(checkYourself.visibleProperty());
                add(checkYourself, 0, 3, 4, 1);
            });
        }
        if (details != null) {
            details.setVisible(open);
            details.setManaged(open);
        }
        if (open) {
            reveal.accept(this);
        }
    }

    RatingControl ratingControl() {
        return rating;
    }

    ToggleButton detailsToggle() {
        return detailsToggle;
    }

    SkillDetailsView details() {
        return details;
    }

    /** Null until the details were opened with the statements read. */
    CheckYourselfView checkYourself() {
        return checkYourself;
    }

    /** Null until the row first had a check-based level, a request for evidence or a rating to confirm. */
    SelfCheckLine selfCheckLine() {
        return underStars == null ? null : (SelfCheckLine) underStars.getChildren().stream()
                .filter(SelfCheckLine.class::isInstance).findFirst().orElse(null);
    }
}
