package dev.skillradar.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.chart.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The radar as a user meets it: pointer, keyboard, legend and what a screen reader would be told. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class RadarChartFxTest {
    private final List<String> drilled = new ArrayList<>();
    private RadarChart chart;
    private Button before;
    private Button after;
    private int backs;

    @Start
    void start(Stage stage) {
        // controls only after the toolkit is up, which the extension does before @Start
        chart = new RadarChart(ControlSamples.spec(ControlSamples.AREAS_9, 600, 600, true, 4));
        before = new Button("before");
        after = new Button("after");
        chart.setAxisDescription(i -> "axis " + i + " described");
        chart.setOnDrillDown(drilled::add);
        chart.setOnBack(() -> backs++);
        chart.setPrefSize(600, 600);
        stage.setScene(new Scene(new VBox(before, chart, after), 600, 680));
        stage.show();
        before.requestFocus();
    }

    private Tooltip tooltip() {
        return ((RadarChartSkin) chart.getSkin()).tooltip();
    }

    private Node target(int axis) {
        return (Node) chart.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, axis);
    }

    /** The label box of the axis' target: always inside its label, never under a neighbour's wedge. */
    private Node labelArea(int axis) {
        return ((javafx.scene.Group) target(axis)).getChildren().get(1);
    }

    private void waitForTooltip(String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tooltip().isShowing() && text.equals(tooltip().getText()));
    }

    /** The layout pass the next pulse would run, now (the skin draws new axes there), so no test races a pulse. */
    private void layOut(FxRobot robot) {
        robot.interact(() -> {
            chart.applyCss();
            chart.layout();
        });
    }

    private void focusChart(FxRobot robot) {
        robot.interact(chart::requestFocus);
    }

    @Test
    void hoveringAnAxisShowsTheCallersDescriptionAsTooltip(FxRobot robot) throws Exception {
        robot.moveTo(labelArea(2));
        waitForTooltip("axis 2 described");
        robot.moveTo(labelArea(6));
        waitForTooltip("axis 6 described");
        robot.moveTo(after);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tooltip().isShowing());
    }

    @Test
    void keyboardFocusShowsTheTooltipOfTheFocusedAxis(FxRobot robot) throws Exception {
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertTrue(chart.isFocused());
        assertEquals(0, chart.getFocusedAxis());
        waitForTooltip("axis 0 described");
        robot.type(KeyCode.RIGHT);
        waitForTooltip("axis 1 described");
    }

    @Test
    void newAxesKeepTheKeyboardOnTheSameAxisWhereItIsStillThereElseOnTheFirst(FxRobot robot) {
        focusChart(robot);
        robot.type(KeyCode.RIGHT, 3);
        String on = chart.getSpec().axes().get(3).id();
        var spec = chart.getSpec();
        var reversed = new ArrayList<>(spec.axes());
        java.util.Collections.reverse(reversed);
        robot.interact(() -> chart.setSpec(new dev.skillradar.chart.ChartSpec(spec.title(), reversed, spec.series(),
                spec.size(), spec.fontSize(), spec.optionalMark(), spec.missingLabel())));
        layOut(robot);
        assertEquals(on, chart.getSpec().axes().get(chart.getFocusedAxis()).id(), "the same axis, at its new place");
        assertEquals(5, chart.getFocusedAxis());

        var others = ControlSamples.spec(ControlSamples.GERMAN_40.subList(0, 12), 600, 600, true);
        var renamed = others.axes().stream().map(a -> new dev.skillradar.chart.Axis("skill-" + a.id(), a.label(), a.optional()))
                .toList();
        robot.interact(() -> chart.setSpec(new dev.skillradar.chart.ChartSpec(others.title(), renamed, others.series(),
                others.size(), others.fontSize(), others.optionalMark(), others.missingLabel())));
        layOut(robot);
        assertEquals(0, chart.getFocusedAxis(), "a drill-down into other axes starts at the first, not at the old index");
    }

    @Test
    void arrowsMoveBetweenAxesAndWrapHomeAndEndJump(FxRobot robot) {
        focusChart(robot);
        assertEquals(0, chart.getFocusedAxis());
        robot.type(KeyCode.LEFT);
        assertEquals(8, chart.getFocusedAxis(), "Left from the first axis wraps to the last");
        robot.type(KeyCode.RIGHT);
        assertEquals(0, chart.getFocusedAxis(), "Right from the last wraps to the first");
        robot.type(KeyCode.DOWN, 3);
        assertEquals(3, chart.getFocusedAxis());
        robot.type(KeyCode.UP);
        assertEquals(2, chart.getFocusedAxis());
        robot.type(KeyCode.END);
        assertEquals(8, chart.getFocusedAxis());
        robot.type(KeyCode.HOME);
        assertEquals(0, chart.getFocusedAxis());
    }

    @Test
    void enterDrillsIntoTheFocusedAxisAndEscGoesBack(FxRobot robot) {
        focusChart(robot);
        robot.type(KeyCode.RIGHT, 2).type(KeyCode.ENTER);
        assertEquals(List.of("a2"), drilled);
        robot.type(KeyCode.ESCAPE);
        assertEquals(1, backs);
    }

    @Test
    void aClickFocusesAnAxisAndADoubleClickDrillsIntoIt(FxRobot robot) {
        robot.clickOn(labelArea(5));
        assertTrue(chart.isFocused());
        assertEquals(5, chart.getFocusedAxis());
        assertEquals(List.of(), drilled);
        robot.doubleClickOn(labelArea(7));
        assertEquals(List.of("a7"), drilled);
    }

    @Test
    void tabEntersAtTheLastFocusedAxisThenVisitsTheLegendAndLeaves(FxRobot robot) {
        robot.type(KeyCode.TAB);
        assertEquals(0, chart.getFocusedAxis());
        robot.type(KeyCode.RIGHT, 4);
        robot.type(KeyCode.TAB);
        assertEquals(-1, chart.getFocusedAxis(), "no axis has the focus while the legend has it");
        for (String series : List.of("Current", "Target (Junior)", "3 months ago")) {
            Node owner = chart.getScene().getFocusOwner();
            assertTrue(owner.getStyleClass().contains("radar-legend-item"), "focus on a legend item: " + owner);
            assertEquals(series, owner.getAccessibleText());
            robot.type(KeyCode.TAB);
        }
        assertTrue(after.isFocused(), "the missing-value key is no stop: Tab leaves the chart");
        robot.clickOn(before).type(KeyCode.TAB);
        assertEquals(4, chart.getFocusedAxis(), "back in the chart on the axis it left");
    }

    @Test
    void escFromTheLegendGoesBackToo(FxRobot robot) {
        focusChart(robot);
        robot.type(KeyCode.TAB).type(KeyCode.ESCAPE);
        assertEquals(1, backs);
    }

    @Test
    void theFocusedAxisHasAFocusIndicatorAndThePseudoClass(FxRobot robot) {
        Node spoke = chart.lookupAll(".radar-spoke").stream().skip(3).findFirst().orElseThrow();
        Node indicator = chart.lookup(".radar-focus-spoke");
        assertFalse(indicator.isVisible());
        focusChart(robot);
        robot.type(KeyCode.RIGHT, 3);
        assertTrue(indicator.isVisible());
        assertTrue(chart.lookup(".radar-focus-frame").isVisible());
        assertEquals(((Line) spoke).getEndX(), ((Line) indicator).getEndX());
        assertTrue(spoke.getPseudoClassStates().contains(AxisPicture.FOCUSED_AXIS));
        robot.type(KeyCode.RIGHT);
        assertFalse(spoke.getPseudoClassStates().contains(AxisPicture.FOCUSED_AXIS));
        robot.clickOn(before);
        assertFalse(indicator.isVisible(), "the indicator goes with the focus");
    }

    @Test
    void clickingALegendItemHidesItsSeriesAndMovesNothingElse(FxRobot robot) {
        List<double[]> spokesBefore = spokeEnds();
        List<Double> labelsBefore = labelXs();
        Node line = chart.lookup(".radar-series.radar-series-target");
        Node markers = chart.lookup(".radar-markers.radar-series-target");
        Node item = legendItem("Target (Junior)");
        assertTrue(line.isVisible() && markers.isVisible());

        robot.clickOn(item);
        assertTrue(chart.getHiddenSeries().contains("target"));
        assertFalse(line.isVisible());
        assertFalse(markers.isVisible());
        assertTrue(item.getStyleClass().contains("muted"));
        assertEquals(Boolean.FALSE, item.queryAccessibleAttribute(AccessibleAttribute.SELECTED));
        assertEquals(spokesBefore.size(), spokeEnds().size());
        for (int i = 0; i < spokesBefore.size(); i++) {
            assertTrue(java.util.Arrays.equals(spokesBefore.get(i), spokeEnds().get(i)), "spoke " + i + " stays");
        }
        assertEquals(labelsBefore, labelXs());

        robot.clickOn(item);
        assertTrue(line.isVisible());
        assertFalse(item.getStyleClass().contains("muted"));
    }

    @Test
    void spaceOnAFocusedLegendItemTogglesItsSeries(FxRobot robot) {
        focusChart(robot);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        assertEquals(java.util.Set.of("current"), chart.getHiddenSeries());
        assertFalse(chart.lookup(".radar-fill-current").isVisible(), "the current fill goes with its series");
        robot.type(KeyCode.ENTER);
        assertTrue(chart.getHiddenSeries().isEmpty());
        assertEquals(List.of(), drilled, "Enter on the legend toggles, it does not drill");
    }

    @Test
    void theMissingValueKeyShowsOnlyWhileAShownSeriesMissesAValue(FxRobot robot) {
        Node key = chart.lookup(".radar-legend-key");
        assertTrue(key.isVisible());
        robot.clickOn(legendItem("Current"));
        assertFalse(key.isVisible(), "only the current series misses a value, and it is hidden");
    }

    @Test
    void screenReadersGetAListOfAxesWithTheCallersDescriptions(FxRobot robot) {
        robot.interact(() -> chart.setAccessibleText("Radar chart, 9 axes"));
        assertEquals(AccessibleRole.LIST_VIEW, chart.queryAccessibleAttribute(AccessibleAttribute.ROLE));
        assertEquals("Radar chart, 9 axes", chart.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertEquals(9, chart.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT));
        assertNull(chart.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM));
        focusChart(robot);
        robot.type(KeyCode.RIGHT);
        Node item = (Node) chart.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM);
        assertSame(target(1), item);
        assertEquals(AccessibleRole.LIST_ITEM, item.queryAccessibleAttribute(AccessibleAttribute.ROLE));
        assertEquals("axis 1 described", item.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertEquals(1, item.queryAccessibleAttribute(AccessibleAttribute.INDEX));
        assertEquals(Boolean.TRUE, item.queryAccessibleAttribute(AccessibleAttribute.FOCUSED));
    }

    @Test
    void withoutDescriptionsAnAxisIsDescribedFromTheSpec(FxRobot robot) {
        robot.interact(() -> chart.setAxisDescription(null));
        assertEquals("Deep learning — Current no value · Target (Junior) 3.0 · 3 months ago 1.5",
                target(4).queryAccessibleAttribute(AccessibleAttribute.TEXT).toString().replace(',', '.'));
        ChartSpec spec = chart.getSpec();
        assertEquals(spec.title(), chart.queryAccessibleAttribute(AccessibleAttribute.TEXT));
    }

    private Node legendItem(String label) {
        return chart.lookupAll(".radar-legend-item").stream().filter(n -> label.equals(n.getAccessibleText()))
                .findFirst().orElseThrow();
    }

    private List<double[]> spokeEnds() {
        return chart.lookupAll(".radar-spoke").stream().map(n -> (Line) n)
                .map(l -> new double[] {l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY()}).toList();
    }

    private List<Double> labelXs() {
        return chart.lookupAll(".radar-label").stream()
                .map(n -> ((Rectangle) ((javafx.scene.Group) n).getChildren().get(0)).getX()).toList();
    }
}
