package dev.skillradar.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The rating control on its own, in a window with no stylesheet but its own, driven with a real
 * (headless) mouse and keyboard.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class RatingControlTest {
    private static final PseudoClass UNRATED = PseudoClass.getPseudoClass("unrated");
    private static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");

    private RatingControl control;
    private final List<Integer> rated = new ArrayList<>();

    @Start
    void start(Stage stage) {
        control = new RatingControl();
        control.setOnRate(rated::add);
        VBox root = new VBox(control, new Button("elsewhere"));
        stage.setScene(new Scene(root, 400, 160));
        stage.show();
    }

    private RatingControlSkin skin() {
        return (RatingControlSkin) control.getSkin();
    }

    private Node star(int level) {
        return skin().starNodes().get(level - 1);
    }

    private Button zero() {
        return skin().zeroButton();
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
        robot.clickOn(zero());
        assertEquals(0, control.getValue());
        assertEquals(List.of(0), rated, "setting the value from code reported nothing; the click reported 0");
    }

    @Test
    void notRatedIsNotZeroAndOnlyAnExplicitZeroRatesIt(FxRobot robot) {
        assertNull(control.getValue(), "a new control is not rated");
        assertTrue(control.getPseudoClassStates().contains(UNRATED));
        assertFalse(control.getPseudoClassStates().contains(ZERO), "the 0 button is offered, not shown as chosen");
        // An owner whose rating has not arrived yet keeps the control "not rated".
        robot.interact(() -> control.setOnRate(v -> {
            rated.add(v);
            control.setValue(null);
        }));
        robot.interact(control::requestFocus);
        robot.type(KeyCode.LEFT, KeyCode.DOWN); // one level down from nothing stays nothing
        assertTrue(rated.isEmpty());
        robot.type(KeyCode.DIGIT0);
        robot.clickOn(zero());
        robot.type(KeyCode.HOME);
        assertEquals(List.of(0, 0, 0), rated, "each explicit 0 is reported while no rating arrived");
        robot.interact(() -> {
            control.setOnRate(rated::add);
            control.setValue(0); // the rating arrived
        });
        assertTrue(control.getPseudoClassStates().contains(ZERO));
        assertFalse(control.getPseudoClassStates().contains(UNRATED));
        robot.clickOn(zero());
        assertEquals(3, rated.size(), "rated 0 already: nothing to report");
        assertEquals(0, control.getValue());
    }

    @Test
    void hoveringPreviewsButNeverRates(FxRobot robot) {
        robot.interact(() -> control.setValue(1));
        robot.moveTo(star(5));
        assertEquals(5, control.previewProperty().get());
        assertTrue(star(4).getStyleClass().contains("preview"));
        assertTrue(control.getPseudoClassStates().contains(PseudoClass.getPseudoClass("previewing")));
        robot.moveTo(zero());
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
        robot.type(KeyCode.DIGIT7); // above the top level: not a rating key
        assertEquals(List.of(4, 5, 4, 3, 4, 0, 5, 2), rated);
        assertTrue(control.isFocused(), "arrow keys rate instead of moving the focus");
    }

    @Test
    void fewerLevelsMeanFewerStarsAndALowerTop(FxRobot robot) {
        robot.interact(() -> control.setMaxLevel(3));
        assertEquals(3, skin().starNodes().size());
        robot.interact(control::requestFocus);
        robot.type(KeyCode.END);
        robot.type(KeyCode.DIGIT4); // not a level any more
        robot.type(KeyCode.RIGHT); // already at the top
        assertEquals(List.of(3), rated);
        assertEquals(3.0, control.queryAccessibleAttribute(AccessibleAttribute.MAX_VALUE));
        robot.clickOn(star(1));
        assertEquals(List.of(3, 1), rated);
    }

    @Test
    void screenReadersGetASliderWithValueAndActions(FxRobot robot) {
        assertEquals(AccessibleRole.SLIDER, control.getAccessibleRole());
        robot.interact(() -> control.setValue(3));
        assertEquals(3.0, control.queryAccessibleAttribute(AccessibleAttribute.VALUE));
        assertEquals(0.0, control.queryAccessibleAttribute(AccessibleAttribute.MIN_VALUE));
        assertEquals(5.0, control.queryAccessibleAttribute(AccessibleAttribute.MAX_VALUE));
        robot.interact(() -> control.executeAccessibleAction(AccessibleAction.INCREMENT));
        robot.interact(() -> control.executeAccessibleAction(AccessibleAction.SET_VALUE, 1.0));
        robot.interact(() -> control.executeAccessibleAction(AccessibleAction.DECREMENT));
        assertEquals(List.of(4, 1, 0), rated);
    }

    @Test
    void levelLabelsNameTheZeroButtonAndTheValueUnlessTheOwnerGivesAText(FxRobot robot) {
        robot.interact(() -> {
            control.setLevelLabels(level -> level + " stars");
            control.setValue(2);
        });
        assertEquals("0 stars", zero().getAccessibleHelp());
        assertEquals("2 stars", control.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        robot.interact(() -> control.setLevelLabels(level -> "level " + level)); // e.g. another language
        assertEquals("level 0", zero().getAccessibleHelp());
        robot.interact(() -> control.setAccessibleText("Python: 2 of 5"));
        assertEquals("Python: 2 of 5", control.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        robot.moveTo(zero());
        assertEquals("level 0", zero().getTooltip().getText(), "the tooltip is made on the first hover");
    }

    @Test
    void theTargetIsMarkedUnderItsStar(FxRobot robot) {
        robot.interact(() -> control.setTarget(3));
        Node marker = control.lookup(".target-marker");
        assertTrue(marker.isVisible());
        assertTrue(star(3).getStyleClass().contains("target"));
        Bounds s = star(3).localToScene(star(3).getBoundsInLocal());
        Bounds m = marker.localToScene(marker.getBoundsInLocal());
        assertEquals(s.getCenterX(), m.getCenterX(), 1.5);
        assertTrue(m.getMinY() >= s.getMaxY() - 1, "the marker sits under the star");
        robot.interact(() -> control.setTarget(null));
        assertFalse(marker.isVisible());
        assertFalse(star(3).getStyleClass().contains("target"));
    }

    @Test
    void itsOwnStylesheetStylesItWithoutAnAppTheme(FxRobot robot) {
        robot.interact(control::requestFocus);
        Border border = control.getBorder();
        assertEquals(Color.web("#2456a6"), border.getStrokes().get(0).getTopStroke(), "the default accent");
        assertTrue(((javafx.scene.layout.Region) star(1)).getShape() != null, "the stars are drawn as shapes, not ControlsFX's images");
    }

    @Test
    void spacingAndMarkerGapAreStyleable(FxRobot robot) {
        double width = control.prefWidth(-1);
        double height = control.prefHeight(-1);
        robot.interact(() -> {
            control.setStyle("-rating-spacing: 20px; -rating-marker-gap: 7px;");
            control.applyCss();
        });
        assertEquals(20.0, control.getSpacing());
        assertEquals(width + 14, control.prefWidth(-1), 0.01);
        assertEquals(height + 5, control.prefHeight(-1), 0.01);
    }
}
