package dev.skillradar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BarLayoutTest {
    private static DejaVuMeasure measure;

    @BeforeAll
    static void load() {
        measure = DejaVuMeasure.load();
    }

    @Test
    void fewerThanThreeAxesAreDrawnAsBarsAndThreeOrMoreAsARadar() {
        assertInstanceOf(BarLayout.class, ChartLayout.of(SampleCharts.spec(List.of("Python"), 600, false), measure));
        assertInstanceOf(BarLayout.class, ChartLayout.of(SampleCharts.spec(List.of("Python", "SQL"), 600, false), measure));
        assertInstanceOf(RadarLayout.class,
                ChartLayout.of(SampleCharts.spec(List.of("Python", "SQL", "Docker"), 600, false), measure));
    }

    @Test
    void eachBarRunsFromZeroToItsValueInItsSeriesStyleWithTheMarkerAtTheEnd() {
        ChartSpec spec = ChartSpec.of(SampleCharts.axes(List.of("Python & data tools", "Mathematics")), List.of(
                Series.of("c", "Current", SeriesKind.CURRENT, List.of(2.5, 4.0)),
                Series.of("t", "Target", SeriesKind.TARGET, List.of(4.0, 3.0)),
                Series.of("x", "Before", SeriesKind.COMPARE, List.of(1.0, 0.0))), 600, 400);
        BarLayout bars = BarLayout.of(spec, measure);
        assertEquals(2, bars.rows().size());
        assertEquals(6, bars.ticks().size());
        for (BarLayout.Row row : bars.rows()) {
            assertEquals(3, row.bars().size());
            assertTrue(row.label().box().maxX() < bars.zeroX(), "labels left of the scale");
            for (BarLayout.Bar bar : row.bars()) {
                Point end = bar.marker().centre();
                assertEquals(bars.x(bar.value()), end.x(), 1e-9);
                assertTrue(row.box().contains(end), "the bar stays in its row");
                bar.line().ifPresent(line -> {
                    assertEquals(bars.zeroX(), line.points().get(0).x(), 1e-9);
                    assertEquals(end, line.points().get(1));
                });
                assertEquals(bar.kind() == SeriesKind.CURRENT, bar.fill().isPresent());
                assertEquals(SeriesStyle.of(bar.kind(), spec.fontSize()), bar.style());
            }
        }
        assertTrue(bars.rows().get(1).bars().get(2).line().isEmpty(), "a value of 0 has no bar, only its marker");
        assertEquals(bars.zeroX() + 5 * bars.unit(), bars.ticks().get(5).gridline().points().get(0).x(), 1e-9);
    }

    @Test
    void aMissingValueHasNoBarAndItsMarkerSitsBeyondTheEndOfTheScale() {
        List<Double> current = new ArrayList<>();
        current.add(3.0);
        current.add(null);
        ChartSpec spec = ChartSpec.of(SampleCharts.axes(List.of("Python", "SQL")),
                List.of(Series.of("c", "Current", SeriesKind.CURRENT, current)), 500, 300);
        BarLayout bars = BarLayout.of(spec, measure);
        BarLayout.Bar missing = bars.rows().get(1).bars().get(0);
        assertEquals(null, missing.value());
        assertTrue(missing.line().isEmpty());
        assertTrue(missing.fill().isEmpty());
        assertTrue(missing.marker().missing());
        assertTrue(missing.marker().centre().x() > bars.x(5), "outside the scale, never at 0");
        assertTrue(missing.marker().centre().x() + missing.marker().size() <= 500, "inside the picture");
        assertTrue(bars.legend().items().stream().anyMatch(Legend.Item::isMissingKey));
    }

    @Test
    void rowsAndLegendFitThePictureWithoutOverlap() {
        BarLayout bars = BarLayout.of(SampleCharts.spec(List.of("Python & data tools", "Mathematics"), 600, true, 1)
                .withSize(600, 300).withTitle("Skill profile"), measure);
        Box picture = new Box(0, 0, 600, 300);
        BarLayout.Row last = bars.rows().get(bars.rows().size() - 1);
        assertTrue(last.box().maxY() <= bars.legend().box().y());
        assertTrue(bars.title().orElseThrow().box().maxY() <= bars.ticks().get(0).label().box().y());
        for (Legend.Item item : bars.legend().items()) {
            assertTrue(picture.contains(item.box()));
        }
        assertFalse(bars.rows().get(0).box().intersects(bars.rows().get(1).box()));
    }
}
