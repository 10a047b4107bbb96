package dev.skillradar.ui.radar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Skill;
import dev.skillradar.chart.Series;
import dev.skillradar.ui.common.TestSession;
import dev.skillradar.ui.control.RadarChart;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import dev.skillradar.ui.shell.WholeApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Radar screen in the whole app, driven as a user would: drill down and back with the mouse and the keyboard,
 * a past date and another profile as the comparison, the tooltip of an axis, a series hidden from the legend.
 * Export PNG… is not driven here: a real file chooser cannot be answered headless, and RadarViewModelTest proves
 * the window's PNG is the command line's.
 */
@Tag("fx")
class RadarScreenFxTest {
    @TempDir
    Path dir;
    private WholeApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        WholeApp.toolkit();
    }

    @BeforeEach
    void open() throws Exception {
        // python 2 in January, 4 since the end of February; a mentor's profile in the same folder
        WholeApp.rate(dir, "2026-01-10T08:00:00Z", "default", "python", 2);
        WholeApp.rate(dir, "2026-02-25T08:00:00Z", "default", "python", 4);
        WholeApp.rate(dir, "2026-01-15T08:00:00Z", "Mentor", "python", 1);
        WholeApp.rate(dir, "2026-01-15T08:00:00Z", "Mentor", "sql", 3);
        app = new WholeApp(dir).open();
        app.shortcut(KeyCode.DIGIT3);
        assertTrue(app.shows(Screen.RADAR));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private RadarChart chart() {
        return app.find("#radar-chart", RadarChart.class);
    }

    /** The axes as drawn: one accessible list item per axis (the spec alone would not prove the chart followed). */
    private List<String> axes() {
        RadarChart chart = chart();
        int n = (Integer) chart.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT);
        assertEquals(chart.getSpec().axes().size(), n, "the chart draws the spec's axes");
        return chart.getSpec().axes().stream().map(a -> a.id()).toList();
    }

    private static List<String> areas() {
        return TestSession.roadmap().areas().stream().map(a -> a.id()).toList();
    }

    private static List<String> skillsOf(String area) {
        return TestSession.roadmap().skillsInArea(area).stream().map(Skill::id).toList();
    }

    /** The label box of an axis' pointer target, where a user points at the axis' name. */
    private Node labelArea(int axis) {
        Node target = (Node) chart().queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, axis);
        return ((Group) target).getChildren().get(1);
    }

    private Optional<Series> series(String id) {
        return chart().getSpec().series().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private boolean labelShows(String text) {
        return app.robot.lookup(n -> n instanceof Label l && text.equals(l.getText()) && l.isVisible()).tryQuery()
                .isPresent();
    }

    /** A past date as a user gives it: "A past date…" in the selector, then the day typed into the picker. */
    private void compareWithDate(String day) throws Exception {
        app.click(app.find("#radar-compare", ComboBox.class));
        app.clickText("A past date…");
        DatePicker date = app.find("#radar-compare-date", DatePicker.class);
        app.waitUntil("the date picker shows", date::isVisible);
        if (date.isShowing()) {
            app.type(KeyCode.ESCAPE); // the calendar opened; this user types instead
        }
        app.click(date.getEditor());
        app.robot.write(day);
        app.type(KeyCode.ENTER);
        app.waitUntil("a compare series", () -> series("compare").isPresent());
    }

    @Test
    void aDoubleClickOnAnAreaShowsItsSkillsAndBackShowsTheAreasAgain() throws Exception {
        Button back = app.find("#radar-back", Button.class);
        assertEquals(areas(), axes());
        assertFalse(back.isVisible());

        app.robot.doubleClickOn(labelArea(0));
        app.waitUntil("the skills of Python & data tools", () -> axes().equals(skillsOf("python-data")));
        assertTrue(back.isVisible(), "Back appears once drilled in");

        app.click(back);
        assertEquals(areas(), axes());
        assertFalse(back.isVisible());
    }

    @Test
    void tabArrowsAndEnterDrillIntoAnAreaAndEscGoesBackWithTheFocusKept() throws Exception {
        RadarChart chart = chart();
        app.robot.interact(() -> app.find("#radar-export", Button.class).requestFocus());
        app.type(KeyCode.TAB);
        assertTrue(chart.isFocused(), "Tab from the last header control enters the chart");
        assertEquals(0, chart.getFocusedAxis());

        app.type(KeyCode.RIGHT, KeyCode.ENTER);
        assertEquals(skillsOf("math"), axes(), "Enter drilled into the second area");
        assertTrue(app.find("#radar-back", Button.class).isVisible());
        assertTrue(chart.isFocused(), "the keyboard stays in the chart after drilling in");
        assertTrue(chart.getFocusedAxis() >= 0, "on one of the area's skills");

        app.type(KeyCode.ESCAPE);
        assertEquals(areas(), axes());
        assertTrue(chart.isFocused(), "and after going back");
        int axis = chart.getFocusedAxis();
        app.type(KeyCode.RIGHT);
        assertEquals((axis + 1) % areas().size(), chart.getFocusedAxis(), "the arrows still move between the axes");
    }

    @Test
    void aPastDateTypedIntoThePickerIsTheComparisonOfChartTableAndCaption() throws Exception {
        assertTrue(labelShows("No comparison"));
        compareWithDate("2026-02-01");

        assertEquals("1 February 2026", series("compare").orElseThrow().label());
        assertTrue(chart().lookup(".radar-series.radar-series-compare").isVisible());
        @SuppressWarnings("unchecked")
        TableView<RadarViewModel.Row> table = app.find("#radar-table-view", TableView.class);
        TableColumn<RadarViewModel.Row, ?> compare = table.getColumns().get(3);
        assertTrue(compare.isVisible());
        assertEquals("1 February 2026", compare.getText());
        RadarViewModel.Row python = table.getItems().stream().filter(r -> r.id().equals("python-data")).findFirst()
                .orElseThrow();
        assertEquals("0.5", compare.getCellData(python), "python was 2 of four units then");
        assertTrue(labelShows("Compared with 1 February 2026"));
        assertEquals("2026-02-01", app.find("#radar-compare-date", DatePicker.class).getEditor().getText());
    }

    @Test
    void anotherProfileChosenInTheSelectorIsComparedAndItsBigDifferencesAreListed() throws Exception {
        VBox points = app.find("#radar-talking-points", VBox.class);
        assertFalse(points.getParent().isVisible(), "no points to talk about without a profile compared");
        app.click(app.find("#radar-compare", ComboBox.class));
        app.clickText("Mentor");
        app.waitUntil("Mentor's series", () -> series("compare").map(Series::label).orElse("").equals("Mentor"));

        assertTrue(points.getParent().isVisible());
        assertEquals(List.of("Python: you 4, Mentor 1"),
                points.getChildren().stream().map(n -> ((Label) n).getText()).toList(), "sql is rated by Mentor only");
        assertTrue(labelShows("Compared with Mentor"));
    }

    @Test
    void hoveringAnAxisShowsEverySeriesValueForIt() throws Exception {
        compareWithDate("2026-02-01");
        app.robot.moveTo(labelArea(0));
        String expected = "Python & data tools — you 1.0 · target 2.8 · 1 February 2026 0.5";
        app.waitUntil("the tooltip of Python & data tools",
                () -> WholeApp.tooltip("radar-tooltip").filter(expected::equals).isPresent());
        app.robot.moveTo(labelArea(1));
        app.waitUntil("the tooltip follows to Mathematics",
                () -> WholeApp.tooltip("radar-tooltip").filter(t -> t.startsWith("Mathematics")).isPresent());
    }

    @Test
    void clickingALegendEntryHidesItsSeriesAndTheAxesStayWhereTheyAre() throws Exception {
        RadarChart chart = chart();
        List<List<Double>> spokes = spokes(chart);
        Node line = chart.lookup(".radar-series.radar-series-target");
        Node markers = chart.lookup(".radar-markers.radar-series-target");
        String label = series("target").orElseThrow().label();
        Node entry = chart.lookupAll(".radar-legend-item").stream().filter(n -> label.equals(n.getAccessibleText()))
                .findFirst().orElseThrow();
        assertTrue(line.isVisible() && markers.isVisible());

        app.click(entry);
        assertFalse(line.isVisible(), "the target's outline is hidden");
        assertFalse(markers.isVisible(), "and its markers");
        assertTrue(chart.lookup(".radar-series.radar-series-current").isVisible(), "the other series stay");
        assertEquals(spokes, spokes(chart), "the axes do not move");

        app.click(entry);
        assertTrue(line.isVisible());
    }

    private static List<List<Double>> spokes(RadarChart chart) {
        return chart.lookupAll(".radar-spoke").stream().map(n -> (Line) n)
                .map(l -> List.of(l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY())).toList();
    }
}
