package dev.skillradar.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.chart.TrendLayout;
import dev.skillradar.chart.TrendPoint;
import dev.skillradar.chart.TrendSeries;
import dev.skillradar.chart.TrendSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Readiness over time: readings drawn, their tooltips, the empty case and updates in place. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class TrendChartFxTest {
    private TrendChart chart;

    private static TrendSpec threeSeries(int readings) {
        return ControlSamples.trend(List.of(ControlSamples.walk("overall", "Overall", readings, 18, 4.1),
                ControlSamples.walk("mlops", "MLOps & deployment", readings, 5, 6.0),
                ControlSamples.walk("llm", "LLM engineering", readings, 0, 3.2)), 640, 320);
    }

    @Start
    void start(Stage stage) {
        chart = new TrendChart(threeSeries(6));
        stage.setScene(new Scene(new StackPane(chart), 640, 320));
        stage.show();
    }

    private void set(FxRobot robot, TrendSpec spec) {
        robot.interact(() -> {
            chart.setSpec(spec);
            chart.applyCss();
            chart.layout();
        });
    }

    private TrendLayout layout() {
        return ((TrendChartSkin) chart.getSkin()).nodes().layout();
    }

    private Tooltip tooltip() {
        return ((TrendChartSkin) chart.getSkin()).tooltip();
    }

    private List<Node> markers(int series) {
        return new ArrayList<>(chart.lookup(".trend-markers.trend-series-" + series).lookupAll(".trend-marker"));
    }

    @Test
    void everyReadingOfEverySeriesHasAMarkerOnItsLine() {
        for (int s = 0; s < 3; s++) {
            assertEquals(6, markers(s).size());
            Path line = (Path) chart.lookup(".trend-line.trend-series-" + s);
            assertEquals(6, line.getElements().size(), "a move and five segments");
        }
        assertEquals(5, chart.lookupAll(".trend-gridline").size());
        assertFalse(chart.lookup(".trend-empty").isVisible());
    }

    @Test
    void hoveringAReadingShowsItsDescription(FxRobot robot) throws Exception {
        TrendLayout.Reading r = layout().lines().get(0).readings().get(2);
        Node root = ((TrendChartSkin) chart.getSkin()).nodes().node();
        Point2D at = root.localToScreen(r.marker().centre().x(), r.marker().centre().y());
        robot.moveTo(at);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tooltip()::isShowing);
        assertEquals("Overall: 29 Sep — " + Math.round(r.percent()) + "%", tooltip().getText());
        assertTrue(chart.lookup(".trend-hover").isVisible());

        robot.interact(() -> chart.setPointDescription((s, p) -> "series " + s + ", reading " + p));
        robot.moveTo(at.add(40, 0)).moveTo(at);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> tooltip().isShowing() && "series 0, reading 2".equals(tooltip().getText()));
    }

    @Test
    void withoutReadingsTheCallersMessageIsShown(FxRobot robot) {
        set(robot, ControlSamples.trend(List.of(), 640, 320));
        Node empty = chart.lookup(".trend-empty");
        assertTrue(empty.isVisible());
        assertEquals("No snapshots yet: save one on the Assess screen.", ((TextBlockNode) empty).text());
        assertTrue(chart.lookup(".trend-empty-plate").isVisible());
    }

    @Test
    void aSingleReadingIsAMarkerWithoutALine(FxRobot robot) {
        set(robot, ControlSamples.trend(List.of(new TrendSeries("overall", "Overall",
                List.of(TrendPoint.on(LocalDate.of(2026, 4, 2), ControlSamples.BERLIN, 37)))), 640, 320));
        assertEquals(1, markers(0).size());
        assertFalse(chart.lookup(".trend-line.trend-series-0").isVisible());
    }

    @Test
    void newReadingsMoveAndReuseTheExistingNodes(FxRobot robot) {
        Node line = chart.lookup(".trend-line.trend-series-1");
        List<Node> before = markers(1);
        set(robot, threeSeries(9));
        assertSame(line, chart.lookup(".trend-line.trend-series-1"));
        List<Node> after = markers(1);
        assertEquals(9, after.size());
        assertEquals(before, after.subList(0, 6), "the first six markers are the same nodes");
        set(robot, threeSeries(4));
        assertEquals(before.subList(0, 4), markers(1));
    }

    @Test
    void otherSeriesBuildNewSeriesNodes(FxRobot robot) {
        Node line = chart.lookup(".trend-line.trend-series-0");
        set(robot, ControlSamples.trend(List.of(ControlSamples.walk("other", "Other", 5, 10, 5)), 640, 320));
        assertNotSame(line, chart.lookup(".trend-line.trend-series-0"));
        assertEquals(1, chart.lookupAll(".trend-line").size());
    }

    @Test
    void theLegendHidesASeriesAndTheHoverSkipsIt(FxRobot robot) {
        Node item = chart.lookupAll(".trend-legend-item").stream()
                .filter(n -> "Overall".equals(n.getAccessibleText())).findFirst().orElseThrow();
        List<Double> ticks = chart.lookupAll(".trend-tick").stream()
                .map(n -> ((javafx.scene.shape.Line) n).getStartX()).toList();
        robot.clickOn(item);
        assertTrue(chart.getHiddenSeries().contains("overall"));
        assertFalse(chart.lookup(".trend-line.trend-series-0").isVisible());
        assertFalse(chart.lookup(".trend-markers.trend-series-0").isVisible());
        assertTrue(item.getStyleClass().contains("muted"));
        assertEquals(ticks, chart.lookupAll(".trend-tick").stream()
                .map(n -> ((javafx.scene.shape.Line) n).getStartX()).toList(), "the time axis stays");
        TrendLayout.Reading r = layout().lines().get(0).readings().get(3);
        Node root = ((TrendChartSkin) chart.getSkin()).nodes().node();
        robot.moveTo(root.localToScreen(r.marker().centre().x(), r.marker().centre().y()));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertFalse(tooltip().isShowing() && tooltip().getText().startsWith("Overall"),
                "a hidden series has no tooltips");
    }

    @Test
    void screenReadersGetTheCallersSummary(FxRobot robot) {
        assertEquals(AccessibleRole.IMAGE_VIEW, chart.queryAccessibleAttribute(AccessibleAttribute.ROLE));
        assertEquals("Readiness over time", chart.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        robot.interact(() -> chart.setAccessibleText("Readiness rose from 12% to 57% between 1 March and 1 December"));
        assertEquals("Readiness rose from 12% to 57% between 1 March and 1 December",
                chart.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertEquals(AccessibleRole.TOGGLE_BUTTON,
                chart.lookup(".trend-legend-item").queryAccessibleAttribute(AccessibleAttribute.ROLE));
    }
}
