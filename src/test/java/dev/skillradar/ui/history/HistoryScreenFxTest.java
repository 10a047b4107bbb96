package dev.skillradar.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.catalog.Skill;
import dev.skillradar.storage.Database;
import dev.skillradar.ui.common.TestChecks;
import dev.skillradar.ui.common.TestSession;
import dev.skillradar.ui.control.RadarChart;
import dev.skillradar.ui.control.TrendChart;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import dev.skillradar.ui.shell.WholeApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The History screen in the whole app: the trend and the timeline, the period and the areas chosen, greyed entries
 * before a replacing import, tick rows, an entry shown on the radar, and five years of daily changes opening without
 * a pause.
 */
@Tag("fx")
class HistoryScreenFxTest {
    private static final System.Logger LOG = System.getLogger(HistoryScreenFxTest.class.getName());
    private static final PseudoClass NOT_COUNTED = PseudoClass.getPseudoClass("not-counted");

    @TempDir
    Path dir;
    private WholeApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        WholeApp.toolkit();
    }

    /** Three changes on three days of two months. */
    @BeforeEach
    void history() {
        WholeApp.rate(dir, "2026-01-10T08:00:00Z", "default", "python", 2);
        WholeApp.rate(dir, "2026-01-20T08:00:00Z", "default", "sql", 3);
        WholeApp.rate(dir, "2026-02-25T08:00:00Z", "default", "python", 4);
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void openHistory() throws Exception {
        app = new WholeApp(dir).open();
        app.shortcut(KeyCode.DIGIT4);
        assertTrue(app.shows(Screen.HISTORY));
        app.waitUntil("the timeline is read", () -> !timeline().getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private TableView<HistoryViewModel.Entry> timeline() {
        return app.find("#history-timeline", TableView.class);
    }

    private TrendChart chart() {
        return app.find("#history-chart", TrendChart.class);
    }

    /** The readings drawn on the overall line. */
    private int overallPoints() {
        return chart().lookup(".trend-markers.trend-series-0").lookupAll(".trend-marker").size();
    }

    private TableRow<?> row(int index) {
        return (TableRow<?>) timeline().lookupAll(".table-row-cell").stream()
                .filter(n -> ((TableRow<?>) n).getIndex() == index).findFirst().orElseThrow();
    }

    /** The texts of a row's cells, in column order. */
    private static List<String> cells(TableRow<?> row) {
        return row.lookupAll(".table-cell").stream().map(n -> ((TableCell<?, ?>) n).getText()).toList();
    }

    @Test
    void ctrl4ShowsTheTrendAndTheTimelineNewestFirst() throws Exception {
        openHistory();
        assertEquals(List.of(LocalDate.parse("2026-02-25"), LocalDate.parse("2026-01-20"), LocalDate.parse("2026-01-10")),
                timeline().getItems().stream().map(HistoryViewModel.Entry::day).toList());
        assertEquals(List.of("Python", "SQL", "Python"),
                timeline().getItems().stream().map(HistoryViewModel.Entry::skill).toList());
        assertEquals("2 → 4", timeline().getItems().get(0).change());
        assertEquals(2, overallPoints(), "one point per month with a change: January and February");
    }

    @Test
    void thePeriodDayGivesAPointPerDayAndAnAreaTickedInAreasAddsItsLine() throws Exception {
        openHistory();
        app.click(app.find("#history-every", ComboBox.class));
        app.clickText("Day");
        app.waitUntil("a point per day with a change", () -> overallPoints() == 3);

        assertEquals(1, chart().lookupAll(".trend-line").size());
        app.click(app.find("#history-areas", MenuButton.class));
        app.clickText("Python & data tools");
        app.waitUntil("the area's line", () -> chart().lookupAll(".trend-line").size() == 2);
        assertTrue(chart().lookupAll(".trend-legend-item").stream()
                .anyMatch(n -> "Python & data tools".equals(n.getAccessibleText())));
    }

    @Test
    void entriesBeforeAReplacingImportAreGreyedAndSayWhy() throws Exception {
        try (Database db = WholeApp.at(dir, "2026-03-01T08:00:00Z")) {
            Profile p = db.profiles().find("default").orElseThrow();
            db.profiles().importSnapshot("default", db.profiles().snapshot(p.id()), true);
        }
        openHistory();
        List<HistoryViewModel.Entry> entries = timeline().getItems();
        int last = entries.size() - 1;
        HistoryViewModel.Entry oldest = entries.get(last);
        assertFalse(oldest.counts(), "the first python entry came before the import");
        assertTrue(entries.get(0).counts(), "the imported entries are the timeline now");

        app.robot.interact(() -> timeline().scrollTo(last));
        TableRow<?> greyed = row(last);
        assertTrue(greyed.getPseudoClassStates().contains(NOT_COUNTED));
        assertFalse(row(0).getPseudoClassStates().contains(NOT_COUNTED));
        assertEquals(oldest.why(), greyed.getTooltip().getText());
        app.robot.moveTo(greyed);
        app.waitUntil("the greyed entry's tooltip",
                () -> WholeApp.tooltip("tooltip").filter(oldest.why()::equals).isPresent());
        assertTrue(oldest.why().contains("no longer counts"), oldest.why());
    }

    @Test
    void enterOnAnEntryShowsThatDayOnTheRadar() throws Exception {
        openHistory();
        app.click(row(1)); // SQL on 20 January
        app.type(KeyCode.ENTER);
        app.waitUntil("the Radar screen", () -> app.shows(Screen.RADAR));

        ComboBox<?> compare = app.find("#radar-compare", ComboBox.class);
        // the cell the closed selector shows (its skin also keeps an invisible one for measuring)
        assertEquals(List.of("A past date…"), compare.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof ListCell<?>).map(n -> ((ListCell<?>) n).getText()).toList());
        DatePicker date = app.find("#radar-compare-date", DatePicker.class);
        assertTrue(date.isVisible(), "the picker shows the day compared with");
        assertEquals(LocalDate.parse("2026-01-20"), date.getValue());
        assertEquals("2026-01-20", date.getEditor().getText());
        RadarChart radar = app.find("#radar-chart", RadarChart.class);
        app.waitUntil("a compare series", () -> radar.getSpec().series().stream().anyMatch(s -> s.id().equals("compare")));
        assertTrue(radar.lookup(".radar-series.radar-series-compare").isVisible());
    }

    @Test
    void aTickIsARowOfItsOwnKindThatSaysSoAndShowsItsDayOnTheRadar() throws Exception {
        List<String> level1 = TestChecks.ids("sql", 1);
        try (Database db = WholeApp.at(dir, "2026-01-15T08:00:00Z")) {
            db.checks().tick(db.profiles().find("default").orElseThrow().id(), level1, null, null, ChangeOrigin.CLI);
        }
        openHistory();
        app.waitUntil("the tick rows", () -> timeline().getItems().size() == 3 + level1.size());
        int tick = 2; // after the ratings of 25 February and 20 January, the tick that completed SQL's level 1
        TableRow<?> row = row(tick);
        HistoryViewModel.Entry entry = timeline().getItems().get(tick);
        assertEquals(HistoryViewModel.Kind.TICK, entry.kind());
        List<String> cells = cells(row);
        assertEquals("Tick", cells.get(1), "the Kind column says it in words: " + cells);
        assertEquals("SQL", cells.get(2));
        assertEquals("Checks: 0 → 1", cells.get(3));
        assertTrue(cells.get(4).startsWith("Ticked (level 1): “") && cells.get(4).endsWith("”"), cells.get(4));
        assertEquals("Rating", cells(row(0)).get(1));
        assertTrue(row.getAccessibleText().startsWith("Tick, "), row.getAccessibleText());
        assertFalse(row.getPseudoClassStates().contains(NOT_COUNTED));
        Label hint = app.find("#history-basis-hint", Label.class);
        assertTrue(hint.isVisible() && hint.getText().contains("do not change the score"), hint.getText());

        app.click(row);
        app.click(app.find("#history-show-on-radar", Button.class));
        app.waitUntil("the Radar screen", () -> app.shows(Screen.RADAR));
        assertEquals(LocalDate.parse("2026-01-15"), app.find("#radar-compare-date", DatePicker.class).getValue());
    }

    @Test
    void historyWithFiveYearsOfDailyChangesOpensWithoutAVisiblePause() throws Exception {
        ProfileSnapshot years = dailyChanges(LocalDate.parse("2021-01-01"), 1_826);
        try (Database db = WholeApp.at(dir, "2026-03-01T08:00:00Z")) {
            db.profiles().importSnapshot("Daily", years, false);
            db.settings().put(dev.skillradar.ui.common.ProfileSession.LAST_PROFILE_KEY, String.valueOf(db.profiles().find("Daily").orElseThrow().id()));
        }
        app = new WholeApp(dir).open();
        assertEquals("SkillRadar — Daily", app.stage().getTitle());

        long start = System.nanoTime();
        app.shortcut(KeyCode.DIGIT4);
        app.waitUntil("the timeline of five years", () -> timeline().getItems().size() == 1_826);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        LOG.log(System.Logger.Level.INFO, "History with 1,826 daily changes usable after {0} ms", millis);
        assertTrue(millis < 10_000, millis + " ms");
        assertTrue(overallPoints() >= 60, "a point per month of five years: " + overallPoints());
    }

    /** One change a day for {@code days} days, the skills of the catalogue in turn, each stepping through 1..5. */
    private static ProfileSnapshot dailyChanges(LocalDate first, int days) {
        List<Skill> skills = TestSession.roadmap().skills();
        Map<String, Integer> levels = new HashMap<>();
        List<RatingChange> history = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            String skill = skills.get(d % skills.size()).id();
            Integer old = levels.get(skill);
            int next = old == null ? 1 : old % 5 + 1;
            levels.put(skill, next);
            Instant at = first.plusDays(d).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
            history.add(new RatingChange(d + 1, skill, old, next, at, ChangeOrigin.APP));
        }
        Instant end = history.get(history.size() - 1).at();
        List<Rating> ratings = levels.entrySet().stream().map(e -> new Rating(e.getKey(), e.getValue(), null, null, end))
                .toList();
        return new ProfileSnapshot("Daily", "junior", ratings, history);
    }
}
