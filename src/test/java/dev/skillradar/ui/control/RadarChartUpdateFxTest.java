package dev.skillradar.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.Ink;
import dev.skillradar.chart.RadarLayout;
import dev.skillradar.chart.Series;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the radar's nodes do when the spec, the size or the style sheet change, and the bar fallback. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class RadarChartUpdateFxTest {
    private RadarChart chart;
    private Scene scene;

    @Start
    void start(Stage stage) {
        chart = new RadarChart(ControlSamples.spec(ControlSamples.AREAS_9, 600, 600, true, 4));
        scene = new Scene(new StackPane(chart), 600, 600);
        stage.setScene(scene);
        stage.show();
    }

    private void set(FxRobot robot, ChartSpec spec) {
        robot.interact(() -> {
            chart.setSpec(spec);
            chart.applyCss();
            chart.layout();
        });
    }

    private ChartSpec withValues(ChartSpec spec, double offset, int... missing) {
        return spec.withSeries(ControlSamples.profile(spec.axes().size(), true, offset, missing));
    }

    private List<Node> all(String selector) {
        return new ArrayList<>(chart.lookupAll(selector));
    }

    private static double[] coordinates(Path path) {
        return path.getElements().stream().filter(e -> e instanceof LineTo).map(e -> (LineTo) e)
                .flatMapToDouble(l -> java.util.stream.DoubleStream.of(l.getX(), l.getY())).toArray();
    }

    @Test
    void newValuesForTheSameAxesMoveTheExistingNodes(FxRobot robot) {
        List<Node> spokes = all(".radar-spoke");
        List<Node> labels = all(".radar-label");
        List<Node> markers = all(".radar-marker");
        List<Node> legend = all(".radar-legend-item");
        Object target = chart.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 3);
        Path current = (Path) chart.lookup(".radar-series.radar-series-current");
        double[] before = coordinates(current);

        set(robot, withValues(chart.getSpec(), 0.9, 4));

        assertEquals(spokes, all(".radar-spoke"), "the same spoke nodes, in the same order");
        assertEquals(labels, all(".radar-label"));
        assertEquals(markers, all(".radar-marker"));
        assertEquals(legend, all(".radar-legend-item"));
        assertSame(target, chart.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 3));
        assertSame(current, chart.lookup(".radar-series.radar-series-current"));
        assertFalse(java.util.Arrays.equals(before, coordinates(current)), "the current line moved to the new values");
    }

    @Test
    void aValueThatGoesMissingRestylesItsMarkerInPlace(FxRobot robot) {
        List<javafx.scene.Parent> groups = chart.lookupAll(".radar-markers.radar-series-current").iterator().next()
                .lookupAll(".radar-marker").stream().map(Node::getParent).toList();
        assertTrue(groups.get(4).getStyleClass().contains("radar-missing"));
        assertFalse(groups.get(2).getStyleClass().contains("radar-missing"));
        set(robot, withValues(chart.getSpec(), 0, 2));
        List<javafx.scene.Parent> after = chart.lookupAll(".radar-markers.radar-series-current").iterator().next()
                .lookupAll(".radar-marker").stream().map(Node::getParent).toList();
        assertEquals(groups, after);
        assertTrue(after.get(2).getStyleClass().contains("radar-missing"));
        assertFalse(after.get(4).getStyleClass().contains("radar-missing"));
    }

    @Test
    void aNewSizeLaysTheSameNodesOutAgain(FxRobot robot) {
        List<Node> spokes = all(".radar-spoke");
        double end = ((Line) spokes.get(2)).getEndX();
        robot.interact(() -> {
            chart.getScene().getWindow().setWidth(500);
            chart.getScene().getWindow().setHeight(450);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(chart::layout);
        assertEquals(spokes, all(".radar-spoke"));
        assertNotEquals(end, ((Line) spokes.get(2)).getEndX(), "the radar shrank with the window");
    }

    @Test
    void aReplacedSkinLeavesNoHandlerBehind(FxRobot robot) {
        int[] backs = new int[1];
        robot.interact(() -> {
            chart.setOnBack(() -> backs[0]++);
            chart.setSkin(new RadarChartSkin(chart));
            chart.applyCss();
            chart.layout();
            chart.requestFocus();
        });
        robot.type(KeyCode.ESCAPE);
        assertEquals(1, backs[0], "one skin, one Esc handler");
        robot.interact(() -> chart.getHiddenSeries().add("target"));
        assertFalse(chart.lookup(".radar-series.radar-series-target").isVisible());
    }

    @Test
    void anotherNumberOfAxesBuildsNewNodes(FxRobot robot) {
        Node spoke = chart.lookup(".radar-spoke");
        set(robot, ControlSamples.spec(ControlSamples.GERMAN_40, 600, 600, false));
        assertEquals(40, all(".radar-spoke").size());
        assertNotSame(spoke, chart.lookup(".radar-spoke"));
        assertEquals(40, chart.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT));
    }

    @Test
    void twoHundredAxesUpdateInPlace(FxRobot robot) {
        ChartSpec many = ControlSamples.spec(ControlSamples.numbered(200), 900, 900, true, 3, 50);
        set(robot, many);
        List<Node> spokes = all(".radar-spoke");
        List<Node> markers = all(".radar-marker");
        assertEquals(200, spokes.size());
        assertEquals(600, markers.size());
        set(robot, withValues(many, 1.3, 7));
        assertEquals(spokes, all(".radar-spoke"));
        assertEquals(markers, all(".radar-marker"));
    }

    @Test
    void aLabelTheLayoutHidShowsWhileItsAxisHasTheFocus(FxRobot robot) {
        ChartSpec crowded = ControlSamples.spec(ControlSamples.numbered(120), 520, 520, false);
        set(robot, crowded);
        RadarLayout layout = RadarLayout.of(RadarChartSkin.effective(crowded, 520, 520, 0, true),
                SharedMeasure.get());
        int hidden = layout.labels().stream().filter(l -> !l.visible()).mapToInt(RadarLayout.AxisLabel::axis)
                .findFirst().orElseThrow(() -> new AssertionError("the sample needs a hidden label"));
        Node label = all(".radar-label").get(hidden);
        assertFalse(label.isVisible());
        robot.interact(chart::requestFocus);
        robot.type(KeyCode.RIGHT, hidden);
        assertEquals(hidden, chart.getFocusedAxis());
        assertTrue(label.isVisible(), "shown while focused");
        assertTrue(label.getViewOrder() < 0, "and above its neighbours");
        robot.type(KeyCode.RIGHT);
        assertFalse(label.isVisible(), "hidden again once the focus moves on");
    }

    @Test
    void aLabelTheLayoutHidShowsWhileItsAxisIsHovered(FxRobot robot) throws Exception {
        ChartSpec crowded = ControlSamples.spec(ControlSamples.numbered(120), 520, 520, false);
        set(robot, crowded);
        List<Node> labels = all(".radar-label");
        int hidden = 0;
        while (labels.get(hidden).isVisible()) {
            hidden++;
        }
        // on the spoke, inside its wedge: the label's own box lies under its neighbours' (that is why it is hidden)
        Line spoke = (Line) all(".radar-spoke").get(hidden);
        robot.moveTo(spoke.localToScreen(spoke.getStartX() + 0.8 * (spoke.getEndX() - spoke.getStartX()),
                spoke.getStartY() + 0.8 * (spoke.getEndY() - spoke.getStartY())));
        Node label = labels.get(hidden);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, label::isVisible);
        Tooltip tip = ((RadarChartSkin) chart.getSkin()).tooltip();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tip::isShowing);
        assertEquals(chart.describeAxis(hidden), tip.getText());
    }

    @Test
    void twoAxesAreDrawnAsBarsWithTheSameKeysAndTooltips(FxRobot robot) throws Exception {
        set(robot, ControlSamples.spec(List.of("Python & data tools", "Mathematics"), 600, 360, true, 1));
        assertNull(chart.lookup(".radar-plot"));
        assertNotNull(chart.lookup(".radar-bars"));
        assertEquals(2, chart.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT));
        assertEquals(6, all(".radar-marker").size(), "a marker per series and row");
        assertEquals(1, all(".radar-markers .radar-missing").size(), "the current series misses row 2");
        assertNotNull(chart.lookup(".radar-legend-key .radar-missing"), "and the legend explains the marker");
        robot.interact(chart::requestFocus);
        robot.type(KeyCode.DOWN);
        assertEquals(1, chart.getFocusedAxis());
        robot.type(KeyCode.DOWN);
        assertEquals(0, chart.getFocusedAxis(), "wraps");
        Tooltip tip = ((RadarChartSkin) chart.getSkin()).tooltip();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tip.isShowing()
                && tip.getText().startsWith("Python & data tools — Current"));
        assertTrue(chart.lookup(".radar-focus-frame").isVisible());
    }

    @Test
    void oneAxisIsOneBarRowAndHidingASeriesHidesItsBar(FxRobot robot) {
        set(robot, ControlSamples.spec(List.of("Deep learning"), 600, 240, true));
        assertEquals(1, chart.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT));
        Node bar = chart.lookup(".radar-bar.radar-series-target");
        double y = ((Line) chart.lookup(".radar-bar.radar-series-compare")).getStartY();
        robot.clickOn(chart.lookupAll(".radar-legend-item").stream()
                .filter(n -> n.getStyleClass().contains("radar-series-target")).findFirst().orElseThrow());
        assertFalse(bar.isVisible());
        assertEquals(y, ((Line) chart.lookup(".radar-bar.radar-series-compare")).getStartY(), "the other bars stay");
        robot.interact(chart::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertEquals(0, chart.getFocusedAxis());
    }

    @Test
    void textKeepsTheLayoutsFontWhateverTheScenesStyleSheetSays(FxRobot robot) {
        String css = ".root { -fx-font-size: 22px; -fx-font-family: serif; }";
        robot.interact(() -> {
            scene.getStylesheets().add("data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
            chart.applyCss();
            chart.layout();
        });
        Text text = (Text) chart.lookup(".radar-label .chart-text");
        assertEquals("DejaVu Sans", text.getFont().getFamily());
        assertEquals(13, text.getFont().getSize(), 1e-9);
        double measured = SharedMeasure.get().width(dev.skillradar.chart.BundledFont.REGULAR, 13, text.getText());
        assertEquals(measured, text.getLayoutBounds().getWidth(), 0.6, "drawn as wide as it was measured");
    }

    @Test
    void coloursComeFromTheStyleSheetLightAndDark(FxRobot robot) {
        // a ring, not a spoke: the pointer may rest on an axis, whose spoke is then highlighted
        Path spoke = (Path) chart.lookup(".radar-ring");
        Path target = (Path) chart.lookup(".radar-series.radar-series-target");
        assertEquals(Color.web(ChartPalette.light().hex(Ink.GRID)), spoke.getStroke());
        assertEquals(Color.web(ChartPalette.light().hex(Ink.TARGET)), target.getStroke());
        assertNull(target.getFill(), "a line is not filled");
        robot.interact(() -> {
            chart.getStyleClass().add("dark");
            chart.applyCss();
        });
        assertEquals(Color.web(ChartPalette.dark().hex(Ink.GRID)), spoke.getStroke());
        assertEquals(Color.web(ChartPalette.dark().hex(Ink.TARGET)), target.getStroke());
        assertEquals(Color.web(ChartPalette.dark().hex(Ink.CURRENT_FILL)),
                ((javafx.scene.shape.Shape) chart.lookup(".radar-fill-current")).getFill());
    }

    @Test
    void theFontSizeAndTheTitleAreStyleable(FxRobot robot) {
        set(robot, chart.getSpec().withTitle("Skill profile"));
        Node title = chart.lookup(".radar-title");
        assertTrue(title.isVisible());
        String css = ".radar-chart { -radar-font-size: 16px; -radar-show-title: false; }";
        robot.interact(() -> {
            scene.getStylesheets().add("data:text/css;base64,"
                    + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
            chart.applyCss();
            chart.layout();
        });
        assertEquals(16, chart.getFontSize());
        assertFalse(chart.isShowTitle());
        assertFalse(title.isVisible());
        Text legendText = (Text) chart.lookup(".radar-legend-text .chart-text");
        assertEquals(16 * 0.95, legendText.getFont().getSize(), 1e-9, "the legend is laid out at the styled size");
    }

    @Test
    void hidingASeriesThatTheCallerMarkedInvisibleStillMovesNothing(FxRobot robot) {
        List<Series> series = new ArrayList<>(chart.getSpec().series());
        series.set(0, series.get(0).withVisible(false));
        double radiusBefore = ((Line) chart.lookup(".radar-spoke")).getStartY()
                - ((Line) chart.lookup(".radar-spoke")).getEndY();
        set(robot, chart.getSpec().withSeries(series));
        double radiusAfter = ((Line) chart.lookup(".radar-spoke")).getStartY()
                - ((Line) chart.lookup(".radar-spoke")).getEndY();
        assertEquals(radiusBefore, radiusAfter, "Series.visible does not change the layout");
        assertTrue(chart.lookup(".radar-series.radar-series-current").isVisible(),
                "only the hidden-series set hides a series");
        assertNotEquals(0, radiusAfter);
    }
}
