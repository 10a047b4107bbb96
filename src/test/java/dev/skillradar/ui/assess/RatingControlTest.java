package dev.skillradar.ui.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.ui.shell.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The rating control on its own, driven with a real (headless) mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class RatingControlTest {
    private RatingControl control;
    private final List<Integer> rated = new ArrayList<>();

    @Start
    void start(Stage stage) {
        control = new RatingControl();
        control.setOnRate(rated::add);
        VBox root = new VBox(control, new Button("elsewhere"));
        root.getStyleClass().add("assess-view");
        Scene scene = new Scene(root, 400, 160);
        scene.getStylesheets().setAll(Theme.stylesheets(false));
        scene.getStylesheets().add(Objects.requireNonNull(AssessView.class.getResource("assess.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Node star(int level) {
        return control.starNodes().get(level - 1);
    }

    @Test
    void clickingAStarRatesItsLevelOnce(FxRobot robot) {
        robot.clickOn(star(3));
        assertEquals(3, control.getValue());
        robot.clickOn(star(3));
        assertEquals(List.of(3), rated, "clicking the current level again changes nothing");
        assertTrue(control.isFocused(), "a click moves the keyboard focus to the rating");
    }

    @Test
    void theZeroButtonClearsInOneClick(FxRobot robot) {
        robot.interact(() -> control.setValue(4));
        robot.clickOn(control.clearButton());
        assertEquals(0, control.getValue());
        assertEquals(List.of(0), rated, "setting the value from code reported nothing; the click reported 0");
    }

    @Test
    void anUnratedSkillIsRatedZeroOnlyByAnExplicitZero(FxRobot robot) {
        robot.interact(() -> control.ratedProperty().set(false));
        assertTrue(control.getPseudoClassStates().contains(PseudoClass.getPseudoClass("unrated")));
        robot.interact(control::requestFocus);
        robot.type(KeyCode.LEFT, KeyCode.DOWN); // one level down from nothing stays nothing
        assertTrue(rated.isEmpty());
        robot.type(KeyCode.DIGIT0);
        robot.clickOn(control.clearButton());
        robot.type(KeyCode.HOME);
        assertEquals(List.of(0, 0, 0), rated, "each explicit 0 is reported while no rating arrived");
        robot.interact(() -> control.ratedProperty().set(true));
        robot.clickOn(control.clearButton());
        assertEquals(3, rated.size(), "rated 0 already: nothing to report");
        assertEquals(0, control.getValue());
    }

    @Test
    void hoveringPreviewsButNeverRates(FxRobot robot) {
        robot.interact(() -> control.setValue(1));
        robot.moveTo(star(5));
        assertEquals(5, control.previewProperty().get());
        assertTrue(star(4).getStyleClass().contains("preview"));
        robot.moveTo(control.clearButton());
        assertEquals(0, control.previewProperty().get());
        robot.moveTo("elsewhere");
        assertEquals(-1, control.previewProperty().get());
        assertEquals(1, control.getValue());
        assertTrue(rated.isEmpty());
    }

    @Test
    void digitsArrowsHomeAndEndRateWhileFocused(FxRobot robot) {
        robot.interact(control::requestFocus);
        robot.type(KeyCode.DIGIT4);
        assertEquals(4, control.getValue());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT); // already 5: nothing to report
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.UP);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.END);
        robot.type(KeyCode.NUMPAD2);
        assertEquals(List.of(4, 5, 4, 3, 4, 0, 5, 2), rated);
        assertTrue(control.isFocused(), "arrow keys rate instead of moving the focus");
    }

    @Test
    void screenReadersGetASliderWithValueAndActions(FxRobot robot) {
        assertEquals(AccessibleRole.SLIDER, control.getAccessibleRole());
        robot.interact(() -> control.setValue(3));
        assertEquals(3.0, control.queryAccessibleAttribute(AccessibleAttribute.VALUE));
        assertEquals(5.0, control.queryAccessibleAttribute(AccessibleAttribute.MAX_VALUE));
        robot.interact(() -> control.executeAccessibleAction(AccessibleAction.INCREMENT));
        robot.interact(() -> control.executeAccessibleAction(AccessibleAction.SET_VALUE, 1.0));
        assertEquals(List.of(4, 1), rated);
    }

    @Test
    void theTargetIsMarkedUnderItsStar(FxRobot robot) {
        robot.interact(() -> control.targetProperty().set(3));
        Node marker = control.lookup(".target-marker");
        assertTrue(marker.isVisible());
        assertTrue(star(3).getStyleClass().contains("target"));
        Bounds s = star(3).localToScene(star(3).getBoundsInLocal());
        Bounds m = marker.localToScene(marker.getBoundsInLocal());
        assertEquals(s.getCenterX(), m.getCenterX(), 1.5);
        assertTrue(m.getMinY() >= s.getMaxY() - 1, "the marker sits under the star");
        robot.interact(() -> control.targetProperty().set(0));
        assertTrue(!marker.isVisible());
    }
}
