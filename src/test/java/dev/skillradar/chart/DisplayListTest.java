package dev.skillradar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every renderer paints comes in the layout's marks, complete and in order. */
class DisplayListTest {
    private static DejaVuMeasure measure;

    @BeforeAll
    static void load() {
        measure = DejaVuMeasure.load();
    }

    @Test
    void aRadarPaintsBackgroundFillGridSeriesThenLabelsAndOnlyTheShownLabels() {
        RadarLayout layout = RadarLayout.of(SampleCharts.spec(SampleCharts.GERMAN_40, 600, true).withTitle("T"), measure);
        List<Mark> marks = layout.marks();
        Mark.Fill background = assertInstanceOf(Mark.Fill.class, marks.get(0));
        assertEquals(Ink.BACKGROUND, background.ink());
        assertEquals(Ink.CURRENT_FILL, assertInstanceOf(Mark.Fill.class, marks.get(1)).ink());

        int lastGrid = lastIndex(marks, m -> m instanceof Mark.Stroke s && s.ink() == Ink.GRID);
        int firstSeries = firstIndex(marks, m -> m instanceof Mark.Stroke s && s.ink() == Ink.COMPARE);
        int lastSeriesLine = lastIndex(marks, m -> m instanceof Mark.Stroke s && s.ink() == Ink.CURRENT
                && s.shape() instanceof Path p && p.points().size() > 2);
        int firstLabel = firstIndex(marks, m -> m instanceof Mark.Text t && t.ink() == Ink.TEXT);
        assertTrue(lastGrid < firstSeries, "grid under the series");
        assertTrue(firstSeries < lastSeriesLine, "compare under current");
        assertTrue(lastSeriesLine < firstLabel, "labels above the lines");

        List<TextBlock> drawnLabels = new ArrayList<>();
        for (Mark m : marks) {
            if (m instanceof Mark.Text t) {
                assertTrue(t.block().size() >= ChartSpec.MIN_FONT_SIZE, "no text below 11: " + t.block().text());
                drawnLabels.add(t.block());
            }
        }
        for (RadarLayout.AxisLabel label : layout.labels()) {
            assertEquals(label.visible(), drawnLabels.contains(label.block()), label.fullText());
        }
    }

    @Test
    void legendItemsSitSideBySideInsideThePictureAndAHiddenSeriesIsMuted() {
        ChartSpec spec = SampleCharts.spec(SampleCharts.AREAS_9, 320, true, 2);
        List<Series> series = new ArrayList<>(spec.series());
        series.set(1, series.get(1).withVisible(false));
        RadarLayout layout = RadarLayout.of(spec.withSeries(series), measure);
        List<Legend.Item> items = layout.legend().items();
        assertEquals(4, items.size(), "three series and the missing-value key");
        Box picture = new Box(0, 0, 320, 320);
        for (int i = 0; i < items.size(); i++) {
            assertTrue(picture.contains(items.get(i).box()), items.get(i).label());
            assertTrue(items.get(i).box().contains(items.get(i).text().box().grow(-0.01)), "text inside its item");
            for (int j = i + 1; j < items.size(); j++) {
                assertFalse(items.get(i).box().intersects(items.get(j).box()));
            }
        }
        assertTrue(layout.legend().box().y() > 200, "narrow: the legend wraps but stays at the bottom");
        assertEquals(Ink.TEXT_MUTED, items.get(1).ink());
        assertFalse(items.get(1).marker().filled());
        assertTrue(layout.marks().contains(new Mark.Text(items.get(1).text(), Ink.TEXT_MUTED)));
        assertTrue(items.get(3).isMissingKey());
        assertTrue(items.get(3).marker().missing());
    }

    @Test
    void aTextBlockPlacesItsLinesByAlignmentInsideItsBox() {
        TextBlock block = TextBlock.place(measure, BundledFont.REGULAR, 12, List.of("Wahrscheinlichkeit", "und Statistik"),
                HAlign.RIGHT, 10, 20);
        assertEquals(measure.width(BundledFont.REGULAR, 12, "Wahrscheinlichkeit"), block.box().width(), 1e-9);
        assertEquals(2 * measure.lineHeight(BundledFont.REGULAR, 12), block.box().height(), 1e-9);
        TextLine second = block.lines().get(1);
        assertEquals(block.box().maxX(), second.x() + second.width(), 1e-9);
        assertEquals(20 + measure.ascent(BundledFont.REGULAR, 12) + measure.lineHeight(BundledFont.REGULAR, 12),
                second.baseline(), 1e-9);
        TextBlock moved = block.moveTo(0, 0);
        assertEquals(second.x() - 10, moved.lines().get(1).x(), 1e-9);
    }

    private static int firstIndex(List<Mark> marks, java.util.function.Predicate<Mark> p) {
        for (int i = 0; i < marks.size(); i++) {
            if (p.test(marks.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such mark");
    }

    private static int lastIndex(List<Mark> marks, java.util.function.Predicate<Mark> p) {
        for (int i = marks.size() - 1; i >= 0; i--) {
            if (p.test(marks.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such mark");
    }
}
