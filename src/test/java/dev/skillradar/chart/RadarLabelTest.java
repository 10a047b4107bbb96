package dev.skillradar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The "must show" of the axis labels, as bounding-box checks. */
class RadarLabelTest {
    private static DejaVuMeasure measure;

    @BeforeAll
    static void loadFont() {
        measure = DejaVuMeasure.load();
    }

    static Stream<Arguments> charts() {
        return Stream.of(
                Arguments.of("40 German", SampleCharts.GERMAN_40, 600),
                Arguments.of("40 German", SampleCharts.GERMAN_40, 1200),
                Arguments.of("10 short", SampleCharts.SHORT_12.subList(0, 10), 600),
                Arguments.of("12 short", SampleCharts.SHORT_12, 600),
                Arguments.of("12 short", SampleCharts.SHORT_12, 1200),
                Arguments.of("9 areas", SampleCharts.AREAS_9, 400));
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("charts")
    void visibleLabelsOverlapNeitherEachOtherNorThePlotAndStayInsideThePicture(String name, List<String> labels,
                                                                               int size) {
        RadarLayout layout = RadarLayout.of(SampleCharts.spec(labels, size, true, 1).withTitle("Profil"), measure);
        List<RadarLayout.AxisLabel> shown = layout.labels().stream().filter(RadarLayout.AxisLabel::visible).toList();
        assertFalse(shown.isEmpty());
        Box picture = new Box(0, 0, size, size);
        double plotReach = layout.radius();
        for (RadarLayout.SeriesShape s : layout.series()) {
            for (RadarLayout.ValueMark m : s.markers()) {
                plotReach = Math.max(plotReach, m.marker().centre().distanceTo(layout.centre()) + m.marker().size() / 2);
            }
        }
        for (RadarLayout.AxisLabel a : shown) {
            Box box = a.block().box();
            assertTrue(picture.contains(box), a.fullText() + " leaves the picture: " + box);
            assertTrue(box.distanceTo(layout.centre()) > plotReach,
                    a.fullText() + " reaches into the plot or its markers");
            assertFalse(box.intersects(layout.legend().box()), a.fullText() + " on the legend");
            assertFalse(box.intersects(layout.title().orElseThrow().box()), a.fullText() + " on the title");
            for (RadarLayout.AxisLabel b : shown) {
                if (a != b) {
                    assertFalse(box.intersects(b.block().box()), a.fullText() + " overlaps " + b.fullText());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("charts")
    void everyShownLabelIsAtLeastElevenPixelsAndStartsWithItsWholeFirstWord(String name, List<String> labels,
                                                                            int size) {
        RadarLayout layout = RadarLayout.of(SampleCharts.spec(labels, size, true), measure);
        for (RadarLayout.AxisLabel a : layout.labels()) {
            assertEquals(labels.get(a.axis()) + (a.optional() ? " (optional)" : ""), a.fullText(),
                    "the model keeps the whole name");
            if (a.visible()) {
                assertTrue(a.block().size() >= 11, a.fullText() + " at " + a.block().size());
                String firstWord = a.fullText().split(" ")[0];
                // a word may break after one of its hyphens ("Cloud-ML-" / "Plattformen"): read the lines joined
                StringBuilder shown = new StringBuilder();
                for (var line : a.block().lines()) {
                    boolean joined = shown.length() == 0 || shown.charAt(shown.length() - 1) == '-';
                    shown.append(joined ? "" : " ").append(line.text());
                }
                String text = shown.toString();
                assertTrue(text.equals(firstWord) || text.startsWith(firstWord + " ")
                        || text.startsWith(firstWord + TextWrap.ELLIPSIS), a.fullText() + " shows " + text);
            }
        }
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("charts")
    void labelsWithFewAxesAreAllShown(String name, List<String> labels, int size) {
        if (labels.size() > 12) {
            return;
        }
        RadarLayout layout = RadarLayout.of(SampleCharts.spec(labels, size, true), measure);
        assertTrue(layout.labels().stream().allMatch(RadarLayout.AxisLabel::visible));
        assertTrue(layout.labels().stream().noneMatch(RadarLayout.AxisLabel::truncated));
    }

    @Test
    void fortyLongGermanNamesAt600ShowAFairShareAndKeepTheRestForHover() {
        RadarLayout layout = RadarLayout.of(SampleCharts.spec(SampleCharts.GERMAN_40, 600, false), measure);
        long shown = layout.labels().stream().filter(RadarLayout.AxisLabel::visible).count();
        assertTrue(shown >= 20, "only " + shown + " of 40 labels shown");
        assertTrue(shown < 40, "they cannot all fit at 600 px");
        assertEquals(ChartSpec.MIN_FONT_SIZE, layout.labelFontSize());
        Box picture = new Box(0, 0, 600, 600);
        for (RadarLayout.AxisLabel a : layout.labels()) {
            assertTrue(picture.contains(a.block().box()), "hidden or not, a label's box is inside the picture");
        }
        assertTrue(layout.radius() >= RadarLayouter.MIN_RADIUS_SHARE * 0.5 * 600 * 0.8,
                "the plot keeps a readable size: " + layout.radius());
    }

    @Test
    void labelsAnchorLeftOnTheRightCentredAtTheTopAndRightOnTheLeft() {
        RadarLayout layout = RadarLayout.of(SampleCharts.spec(SampleCharts.SHORT_12, 800, false), measure);
        assertEquals(HAlign.CENTER, layout.labels().get(0).block().align());
        assertEquals(HAlign.LEFT, layout.labels().get(3).block().align());
        assertEquals(HAlign.CENTER, layout.labels().get(6).block().align());
        assertEquals(HAlign.RIGHT, layout.labels().get(9).block().align());
        Box top = layout.labels().get(0).block().box();
        Box bottom = layout.labels().get(6).block().box();
        assertTrue(top.maxY() < layout.centre().y() - layout.radius(), "the top label sits above the plot");
        assertTrue(bottom.y() > layout.centre().y() + layout.radius(), "the bottom label sits below it");
    }

    @Test
    void anOptionalAxisGetsTheMarkAndTheMutedInk() {
        RadarLayout layout = RadarLayout.of(SampleCharts.spec(SampleCharts.SHORT_12, 600, false), measure);
        RadarLayout.AxisLabel german = layout.labels().get(11);
        assertTrue(german.optional());
        assertEquals("Deutsch (optional)", german.fullText());
        assertTrue(layout.marks().contains(new Mark.Text(german.block(), Ink.TEXT_MUTED)));
    }

    @Test
    void longLabelsWrapIntoAtMostThreeLinesAndShrinkOnlyAsFarAsNeeded() {
        List<String> few = List.of("Wahrscheinlichkeitsrechnung und Statistik", "Bereitstellung und Überwachung von Modellen",
                "Retrieval-Augmented Generation (RAG)", "Python", "SQL");
        RadarLayout layout = RadarLayout.of(SampleCharts.spec(few, 700, false), measure);
        assertEquals(13, layout.labelFontSize(), "five labels fit at the base size");
        for (RadarLayout.AxisLabel a : layout.labels()) {
            assertTrue(a.visible());
            assertTrue(a.block().lines().size() <= LabelPlacer.MAX_LINES);
        }
        assertTrue(layout.labels().get(1).block().lines().size() >= 2, "a long name wraps");
    }
}
