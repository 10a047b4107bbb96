package dev.skillradar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendLayoutTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Short like real wording: "18.3." for days and weeks, "3/24" for months, "2024" for years. */
    private static final TickFormatter WORDS = (date, unit) -> switch (unit) {
        case DAY, WEEK -> date.getDayOfMonth() + "." + date.getMonthValue() + ".";
        case MONTH -> date.getMonthValue() + "/" + date.getYear() % 100;
        case YEAR -> Integer.toString(date.getYear());
    };
    private static DejaVuMeasure measure;

    @BeforeAll
    static void load() {
        measure = DejaVuMeasure.load();
    }

    static TrendSpec spec(List<TrendSeries> series, double width) {
        return new TrendSpec("Readiness", series, new Size(width, 320), 13, BERLIN,
                WORDS, p -> p + " %", "No snapshots yet");
    }

    static TrendSeries series(String id, LocalDate from, int count, int everyDays) {
        List<TrendPoint> pts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pts.add(TrendPoint.on(from.plusDays((long) i * everyDays), BERLIN, Math.min(100, 20 + i * 7 % 80)));
        }
        return new TrendSeries(id, id, pts);
    }

    @Test
    void readingsLandAtTheirTimeAndPercentageAndTheYAxisHasFiveGridlines() {
        TrendSeries overall = series("overall", LocalDate.of(2026, 1, 5), 6, 10);
        TrendLayout layout = TrendLayout.of(spec(List.of(overall), 640), measure);
        assertEquals(List.of(0, 25, 50, 75, 100), layout.yTicks().stream().map(TrendLayout.YTick::percent).toList());
        assertEquals(List.of("0 %", "25 %", "50 %", "75 %", "100 %"),
                layout.yTicks().stream().map(t -> t.label().text()).toList());
        assertEquals(layout.plot().maxY(), layout.yTicks().get(0).gridline().points().get(0).y(), 1e-9);
        assertEquals(layout.plot().y(), layout.yTicks().get(4).gridline().points().get(0).y(), 1e-9);

        TrendLayout.Line line = layout.lines().get(0);
        assertEquals(6, line.path().orElseThrow().points().size());
        for (TrendLayout.Reading r : line.readings()) {
            double share = (double) (r.at().toEpochMilli() - layout.start().toEpochMilli())
                    / (layout.end().toEpochMilli() - layout.start().toEpochMilli());
            assertEquals(layout.plot().x() + share * layout.plot().width(), r.marker().centre().x(), 1e-6);
            assertEquals(layout.plot().maxY() - r.percent() / 100 * layout.plot().height(), r.marker().centre().y(), 1e-6);
            assertTrue(layout.plot().contains(r.marker().centre()));
        }
    }

    @ParameterizedTest(name = "{0} readings every {1} days -> {2}")
    @CsvSource({"8, 1, DAY", "12, 7, WEEK", "25, 30, MONTH", "15, 300, YEAR"})
    void timeTicksFallOnCalendarBoundariesOfAUnitThatSuitsTheSpan(int count, int every, TickUnit expected) {
        TrendLayout layout = TrendLayout.of(spec(List.of(series("s", LocalDate.of(2024, 3, 14), count, every)), 700),
                measure);
        assertTrue(layout.xTicks().size() >= 2, "ticks: " + layout.xTicks());
        for (TrendLayout.XTick t : layout.xTicks()) {
            assertEquals(expected, t.unit());
            assertEquals(WORDS.format(t.date(), t.unit()), t.label().text(), "worded by the caller's formatter");
            switch (t.unit()) {
                case WEEK -> assertEquals(DayOfWeek.MONDAY, t.date().getDayOfWeek());
                case MONTH -> assertEquals(1, t.date().getDayOfMonth());
                case YEAR -> assertEquals(1, t.date().getDayOfYear());
                default -> { }
            }
            double x = t.tick().points().get(0).x();
            double midnight = layout.x(t.date().atStartOfDay(BERLIN).toInstant());
            assertEquals(midnight, x, 1e-6, "at midnight in the chart's zone");
            assertTrue(x >= layout.plot().x() && x <= layout.plot().maxX());
        }
        for (int i = 1; i < layout.xTicks().size(); i++) {
            assertTrue(layout.xTicks().get(i).label().box().x() > layout.xTicks().get(i - 1).label().box().maxX(),
                    "tick labels do not overlap");
        }
    }

    @Test
    void aSingleReadingIsAMarkerInTheMiddleWithoutALine() {
        TrendSeries one = new TrendSeries("o", "Overall", List.of(TrendPoint.on(LocalDate.of(2026, 5, 1), BERLIN, 42)));
        TrendLayout layout = TrendLayout.of(spec(List.of(one), 600), measure);
        TrendLayout.Line line = layout.lines().get(0);
        assertTrue(line.path().isEmpty());
        assertTrue(line.markersDrawn());
        assertEquals(layout.plot().centre().x(), line.readings().get(0).marker().centre().x(), 1e-6);
        assertFalse(layout.xTicks().isEmpty(), "days around it");
        assertTrue(layout.emptyMessage().isEmpty());
    }

    @Test
    void noReadingsShowTheEmptyMessageTheYAxisAndNoTimeTicks() {
        TrendLayout layout = TrendLayout.of(spec(List.of(new TrendSeries("o", "Overall", List.of())), 600), measure);
        assertEquals("No snapshots yet", layout.emptyMessage().orElseThrow().text());
        assertTrue(layout.xTicks().isEmpty());
        assertEquals(5, layout.yTicks().size());
        assertTrue(layout.lines().get(0).readings().isEmpty());
        assertTrue(layout.marks().contains(new Mark.Text(layout.emptyMessage().get(), Ink.TEXT_MUTED)));
        assertTrue(TrendLayout.of(spec(List.of(), 600), measure).emptyMessage().isPresent());
    }

    @Test
    void severalSeriesEachGetTheirOwnStyleAndDenseReadingsDropTheirMarkers() {
        List<TrendSeries> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(series("s" + i, LocalDate.of(2025, 1, 1), 20, 5));
        }
        TrendLayout layout = TrendLayout.of(spec(four, 800), measure);
        assertEquals(4, layout.lines().stream().map(l -> l.style().marker()).distinct().count());
        assertEquals(4, layout.lines().stream().map(l -> l.style().line().dash()).distinct().count());
        assertEquals(4, layout.legend().items().size());

        TrendLayout dense = TrendLayout.of(spec(List.of(series("d", LocalDate.of(2020, 1, 1), 400, 1)), 500), measure);
        assertFalse(dense.lines().get(0).markersDrawn());
        assertThrows(IllegalArgumentException.class,
                () -> spec(Collections.nCopies(5, series("x", LocalDate.of(2025, 1, 1), 2, 1)), 600));
    }

    @Test
    void readingsAreDrawnInTimeOrderWhateverOrderTheyCameIn() {
        TrendPoint late = TrendPoint.on(LocalDate.of(2026, 3, 1), BERLIN, 80);
        TrendPoint early = TrendPoint.on(LocalDate.of(2026, 1, 1), BERLIN, 10);
        TrendLayout layout = TrendLayout.of(spec(List.of(new TrendSeries("o", "O", List.of(late, early))), 600), measure);
        List<Point> pts = layout.lines().get(0).path().orElseThrow().points();
        assertTrue(pts.get(0).x() < pts.get(1).x());
        assertThrows(IllegalArgumentException.class, () -> new TrendPoint(late.at(), 100.5));
    }
}
