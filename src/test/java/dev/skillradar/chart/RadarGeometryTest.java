package dev.skillradar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RadarGeometryTest {
    private static DejaVuMeasure measure;

    @BeforeAll
    static void loadFont() {
        measure = DejaVuMeasure.load();
    }

    private static RadarLayout radar(int n, List<Double> current) {
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            axes.add(Axis.of("a" + i, "Skill " + i));
        }
        return RadarLayout.of(ChartSpec.of(axes, List.of(Series.of("c", "Current", SeriesKind.CURRENT, current)),
                800, 800), measure);
    }

    private static Point markerAt(RadarLayout layout, int axis) {
        return layout.series().get(0).markers().stream().filter(m -> m.axis() == axis).findFirst().orElseThrow()
                .marker().centre();
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 9, 200})
    void aValueLandsAtItsFractionOfTheRadiusAlongItsSpokeClockwiseFromUp(int n) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add((i * 7 % 11) * 0.5); // 0, 3.5, 2, 5, 1.5 ... covering the scale
        }
        RadarLayout layout = radar(n, values);
        Point c = layout.centre();
        for (int i = 0; i < n; i++) {
            // independently: the vector straight up of length v/5 of the radius, turned clockwise on screen
            // (y down) by i/n of a full turn
            double len = layout.radius() * values.get(i) / 5;
            Point2D p = AffineTransform.getRotateInstance(Math.toRadians(360.0 * i / n))
                    .transform(new Point2D.Double(0, -len), null);
            Point actual = markerAt(layout, i);
            assertEquals(c.x() + p.getX(), actual.x(), 1e-6, "x of axis " + i + " of " + n);
            assertEquals(c.y() + p.getY(), actual.y(), 1e-6, "y of axis " + i + " of " + n);
        }
    }

    @Test
    void theCardinalAxesOfFourPointUpRightDownAndLeft() {
        RadarLayout layout = radar(4, SampleCharts.constant(4, 5.0));
        Point c = layout.centre();
        double r = layout.radius();
        assertNear(new Point(c.x(), c.y() - r), markerAt(layout, 0));
        assertNear(new Point(c.x() + r, c.y()), markerAt(layout, 1));
        assertNear(new Point(c.x(), c.y() + r), markerAt(layout, 2));
        assertNear(new Point(c.x() - r, c.y()), markerAt(layout, 3));
    }

    private static void assertNear(Point expected, Point actual) {
        assertTrue(expected.distanceTo(actual) < 1e-6, "expected " + expected + " but was " + actual);
    }

    @Test
    void aMissingValueBreaksTheLineDropsTheFillAndGetsAMarkerOutsideTheScale() {
        List<Double> values = new ArrayList<>(SampleCharts.constant(6, 3.0));
        values.set(2, null);
        RadarLayout layout = radar(6, values);
        RadarLayout.SeriesShape s = layout.series().get(0);
        Point c = layout.centre();

        // one open run 3,4,5,0,1 around the gap; no segment touches axis 2 or the centre
        assertEquals(1, s.lines().size());
        Path line = s.lines().get(0);
        assertFalse(line.closed());
        assertEquals(List.of(markerAt(layout, 3), markerAt(layout, 4), markerAt(layout, 5), markerAt(layout, 0),
                markerAt(layout, 1)), line.points());
        for (Point p : line.points()) {
            assertTrue(p.distanceTo(c) > layout.radius() * 0.5, "no line vertex at 0: " + p);
        }
        assertTrue(s.fill().isEmpty(), "no fill across the gap");

        RadarLayout.ValueMark missing = s.markers().stream().filter(m -> m.axis() == 2).findFirst().orElseThrow();
        assertEquals(null, missing.value());
        assertTrue(missing.marker().missing());
        assertFalse(missing.marker().filled());
        double d = missing.marker().centre().distanceTo(c);
        assertTrue(d > layout.radius(), "the missing marker lies outside the 0..5 scale, not at 0: " + d);
        Point onSpoke = layout.spokes().get(2).end();
        double cross = (onSpoke.x() - c.x()) * (missing.marker().centre().y() - c.y())
                - (onSpoke.y() - c.y()) * (missing.marker().centre().x() - c.x());
        assertEquals(0, cross, 1e-6, "on the line of its own spoke");
        assertTrue(layout.legend().items().stream().anyMatch(Legend.Item::isMissingKey), "the legend explains it");
    }

    @Test
    void twoNeighbouringGapsLeaveSeparateRunsAndAnIsolatedValueOnlyItsMarker() {
        List<Double> values = new ArrayList<>(SampleCharts.constant(8, 2.0));
        values.set(1, null);
        values.set(3, null);
        values.set(6, null);
        RadarLayout.SeriesShape s = radar(8, values).series().get(0);
        // runs: 4-5 and 7-0; axis 2 alone between two gaps draws no line
        assertEquals(2, s.lines().size());
        assertEquals(List.of(2, 2), s.lines().stream().map(p -> p.points().size()).toList());
        assertEquals(8, s.markers().size());
    }

    @Test
    void aCompleteCurrentSeriesIsOneClosedLineWithAFillThroughItsValues() {
        RadarLayout layout = radar(5, List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        RadarLayout.SeriesShape s = layout.series().get(0);
        assertEquals(1, s.lines().size());
        assertTrue(s.lines().get(0).closed());
        assertEquals(s.lines().get(0).points(), s.fill().orElseThrow().points());
    }

    @Test
    void onlyTheCurrentSeriesIsFilledAndEachKindHasItsOwnMarkerAndLineStyle() {
        List<Axis> axes = SampleCharts.axes(SampleCharts.AREAS_9);
        RadarLayout layout = RadarLayout.of(ChartSpec.of(axes, SampleCharts.profile(9, true), 600, 600), measure);
        assertEquals(3, layout.series().size());
        for (RadarLayout.SeriesShape s : layout.series()) {
            assertEquals(s.kind() == SeriesKind.CURRENT, s.fill().isPresent(), s.kind().name());
        }
        List<SeriesStyle> styles = layout.series().stream().map(RadarLayout.SeriesShape::style).toList();
        assertEquals(3, styles.stream().map(SeriesStyle::marker).distinct().count());
        assertEquals(3, styles.stream().map(st -> st.line().dash()).distinct().count());
        assertTrue(styles.get(0).line().isSolid());
    }

    @Test
    void aHiddenSeriesKeepsItsLegendEntryAndMovesNothingElse() {
        ChartSpec spec = SampleCharts.spec(SampleCharts.AREAS_9, 600, true);
        RadarLayout all = RadarLayout.of(spec, measure);
        List<Series> series = new ArrayList<>(spec.series());
        series.set(2, series.get(2).withVisible(false));
        RadarLayout hidden = RadarLayout.of(spec.withSeries(series), measure);

        assertEquals(2, hidden.series().size());
        assertEquals(all.legend().items().size(), hidden.legend().items().size());
        assertFalse(hidden.legend().items().get(2).visible());
        assertEquals(all.radius(), hidden.radius());
        assertEquals(all.spokes(), hidden.spokes());
        assertEquals(all.labels(), hidden.labels());
    }

    @Test
    void ringsArePolygonsThroughTheSpokesAndTicksWithFewerThanThreeAxes() {
        RadarLayout five = radar(5, SampleCharts.constant(5, 1.0));
        assertEquals(5, five.rings().size());
        RadarLayout.Ring outer = five.rings().get(4);
        assertEquals(1, outer.paths().size());
        assertTrue(outer.paths().get(0).closed());
        assertEquals(five.spokes().stream().map(RadarLayout.Spoke::end).toList(), outer.paths().get(0).points());
        assertEquals(List.of("1", "2", "3", "4", "5"), five.rings().stream().map(r -> r.label().text()).toList());

        RadarLayout two = radar(2, SampleCharts.constant(2, 1.0));
        for (RadarLayout.Ring ring : two.rings()) {
            assertEquals(2, ring.paths().size(), "one tick per spoke");
            ring.paths().forEach(p -> assertFalse(p.closed()));
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {3, 5, 9, 12})
    void ringNumbersStayOffTheSpokesAndTheRings(int n) {
        RadarLayout layout = radar(n, SampleCharts.constant(n, 1.0));
        for (RadarLayout.Ring ring : layout.rings()) {
            Box box = ring.label().box();
            for (RadarLayout.Spoke spoke : layout.spokes()) {
                assertFalse(Segments.intersects(box, spoke.start(), spoke.end()), "ring " + ring.level() + " on a spoke");
            }
            for (RadarLayout.Ring other : layout.rings()) {
                List<Point> pts = other.paths().get(0).points();
                for (int i = 0; i < pts.size(); i++) {
                    assertFalse(Segments.intersects(box, pts.get(i), pts.get((i + 1) % pts.size())),
                            "number " + ring.level() + " on ring " + other.level());
                }
            }
            assertTrue(ring.plate().isEmpty(), "no plate needed in a wide wedge");
        }
    }

    @Test
    void eachAxisWedgeContainsItsOwnValuesAndNoOtherSpoke() {
        RadarLayout layout = radar(7, SampleCharts.constant(7, 3.0));
        for (RadarLayout.AxisHit hit : layout.hits()) {
            assertTrue(contains(hit.wedge(), markerAt(layout, hit.axis())), "axis " + hit.axis());
            for (int other = 0; other < 7; other++) {
                if (other != hit.axis()) {
                    assertFalse(contains(hit.wedge(), markerAt(layout, other)), "axis " + hit.axis() + " holds " + other);
                }
            }
            assertEquals(layout.labels().get(hit.axis()).block().box(), hit.labelBox());
        }
    }

    private static boolean contains(Path polygon, Point p) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        List<Point> pts = polygon.points();
        path.moveTo(pts.get(0).x(), pts.get(0).y());
        pts.subList(1, pts.size()).forEach(q -> path.lineTo(q.x(), q.y()));
        path.closePath();
        return path.contains(p.x(), p.y());
    }
}
