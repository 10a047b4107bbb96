package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The radar's values on the small test catalogue: areas a1 (a, b; b needs a), a2 (the group g of c and d, and e),
 * and the optional area lang (lang-de). Junior targets a 3, b 2, c 2, d 2, e 1, lang-de 4; senior a 5, b 4.
 */
class RadarTest {
    private final Roadmap roadmap = TestRoadmaps.small();
    private final ReadinessCalculator calc = new ReadinessCalculator(roadmap);
    private final Radar radar = new Radar(calc);
    private final Role junior = roadmap.role("junior").orElseThrow();
    private final Role senior = roadmap.role("senior").orElseThrow();

    @Test
    void axesAreTheAreasInCatalogueOrderAndTheLanguageAreaIsOptional() {
        List<AreaAxis> axes = radar.areas(junior, Map.of());
        assertEquals(List.of("a1", "a2", "lang"), axes.stream().map(AreaAxis::id).toList());
        assertEquals(List.of(false, false, true), axes.stream().map(AreaAxis::optional).toList());
        assertTrue(radar.isOptionalArea("lang"));
        assertEquals(List.of("a", "b", "g", "e", "lang-de"), radar.units().stream().map(RadarUnit::id).toList());
    }

    @Test
    void anAreaIsTheMeanOverItsUnitsWithAGroupOnceAtItsBestMemberAndUnratedAsZero() {
        List<AreaAxis> axes = radar.areas(junior, Map.of("a", 3, "c", 1, "d", 3));
        AreaAxis a1 = axes.get(0);
        assertEquals((3 + 0) / 2.0, a1.value(), 1e-12, "b not rated counts 0");
        assertEquals((3 + 2) / 2.0, a1.target(), 1e-12);
        assertEquals(2, a1.units());
        assertEquals(1, a1.ratedUnits());
        assertEquals(1.0, a1.gap(), 1e-12);
        AreaAxis a2 = axes.get(1);
        assertEquals((3 + 0) / 2.0, a2.value(), 1e-12, "the group counts once, at d's 3; e not rated counts 0");
        assertEquals((2 + 1) / 2.0, a2.target(), 1e-12);
        assertEquals(0.0, a2.gap(), 1e-12);
    }

    @Test
    void anAreaWithoutAnyRatedUnitHasNoValueNorGap() {
        AreaAxis a2 = radar.areas(junior, Map.of("a", 2)).get(1);
        assertNull(a2.value());
        assertNull(a2.gap());
        assertEquals(1.5, a2.target(), 1e-12);
        assertEquals(0, a2.ratedUnits());
    }

    @Test
    void theOptionalAreaShowsTheLanguageLevel() {
        AreaAxis lang = radar.areas(junior, Map.of("lang-de", 3)).get(2);
        assertEquals(3.0, lang.value(), 1e-12);
        assertEquals(4.0, lang.target(), 1e-12);
        assertEquals(1.0, lang.gap(), 1e-12);
        assertNull(radar.areas(junior, Map.of("a", 5)).get(2).value());
    }

    @Test
    void theMeanIsUnweightedAndNotCappedAtTheTarget() {
        Map<String, Integer> strongA = Map.of("a", 5, "b", 0);
        Map<String, Integer> strongB = Map.of("a", 0, "b", 5);
        assertEquals(2.5, radar.areas(junior, strongA).get(0).value(), 1e-12, "a's 5 counts 5, above its target 3");
        assertEquals(2.5, radar.areas(junior, strongB).get(0).value(), 1e-12, "weights 1.0 and 0.5 do not matter");
        assertNotEquals(calc.evaluate(junior, strongA).byArea().get("a1"), calc.evaluate(junior, strongB).byArea().get("a1"),
                "the Dashboard's readiness weighs and caps: the two differ there");
    }

    @Test
    void drillDownShowsEachUnitWithAGroupAsOneAxisListingItsMembers() {
        List<UnitAxis> axes = radar.drillDown("a2", junior, Map.of("c", 1, "d", 3));
        assertEquals(List.of("g", "e"), axes.stream().map(UnitAxis::id).toList());
        UnitAxis g = axes.get(0);
        assertTrue(g.group());
        assertEquals(3, g.value());
        assertEquals(2, g.target());
        assertEquals(0, g.gap());
        assertEquals(List.of("c", "d"), g.members().stream().map(UnitAxis.MemberLevel::skillId).toList());
        assertEquals(List.of(1, 3), g.members().stream().map(UnitAxis.MemberLevel::level).toList());
        UnitAxis e = axes.get(1);
        assertFalse(e.group());
        assertNull(e.value());
        assertNull(e.gap());
        assertEquals(1, e.target());
    }

    @Test
    void aGroupWithoutARatedMemberHasNoValueAndAMemberAtZeroIsRated() {
        assertNull(radar.drillDown("a2", junior, Map.of("e", 1)).get(0).value());
        UnitAxis g = radar.drillDown("a2", junior, Map.of("c", 0)).get(0);
        assertEquals(0, g.value());
        assertEquals(2, g.gap());
        assertEquals(java.util.Arrays.asList(0, null), g.members().stream().map(UnitAxis.MemberLevel::level).toList());
    }

    @Test
    void drillDownOfTheOptionalAreaIsTheLanguageSkill() {
        List<UnitAxis> axes = radar.drillDown("lang", senior, Map.of("lang-de", 2));
        assertEquals(1, axes.size());
        assertTrue(axes.get(0).optional());
        assertEquals(2, axes.get(0).value());
        assertEquals(4, axes.get(0).target());
        assertEquals(List.of(), radar.drillDown("nope", senior, Map.of()));
    }

    @Test
    void theTableTakesTheDashboardsGapOrderWithPrerequisitesFirst() {
        // senior: b's gap (0.5 × 4 = 2.0) outranks a's (1.0 × 1), but b needs a, so a comes first.
        assertEquals(List.of("a", "b"), ids(radar.drillDownTable("a1", senior, Map.of("a", 4, "b", 0))));
        // a at target is no gap: it follows the gaps.
        assertEquals(List.of("b", "a"), ids(radar.drillDownTable("a1", senior, Map.of("a", 5, "b", 0))));
        // not rated comes last, whatever its gap.
        assertEquals(List.of("b", "a"), ids(radar.drillDownTable("a1", senior, Map.of("b", 3))));
        assertEquals(calc.gaps(senior, Map.of("a", 4, "b", 0)).stream().map(Gap::id).toList().subList(0, 2), List.of("a", "b"));
    }

    @Test
    void theAreaTableTakesTheAreaWithTheMostUrgentGapFirstAndMissingValuesLast() {
        List<AreaAxis> rows = radar.areaTable(junior, Map.of("a", 3, "b", 2, "c", 0));
        assertEquals(List.of("a2", "a1", "lang"), rows.stream().map(AreaAxis::id).toList());
        List<AreaAxis> both = radar.areaTable(junior, Map.of("a", 0, "c", 0, "lang-de", 1));
        assertEquals(List.of("a1", "a2", "lang"), both.stream().map(AreaAxis::id).toList(),
                "a's gap (1.0 × 3) is the most urgent; lang has no Dashboard gap and follows");
    }

    @Test
    void pointsToTalkAboutAreUnitsRatedOnBothSidesTwoOrMoreLevelsApart() {
        Map<String, Integer> learner = Map.of("a", 1, "c", 4, "e", 2, "lang-de", 1);
        Map<String, Integer> mentor = Map.of("a", 3, "d", 1, "e", 3, "lang-de", 5, "b", 4);
        List<TalkingPoint> points = radar.pointsToTalkAbout(learner, mentor);
        assertEquals(List.of("lang-de", "g", "a"), points.stream().map(TalkingPoint::id).toList(),
                "largest difference first; e differs by 1 only; b is rated by the mentor only");
        assertEquals(-3, points.get(1).difference(), "the group: learner's best 4 (c), mentor's best 1 (d)");
        assertEquals(4, points.get(1).learner());
        assertEquals(1, points.get(1).other());
        assertEquals(List.of(), radar.pointsToTalkAbout(learner, learner));
    }

    @Test
    void onTheBuiltInRoadmapTheCloudGroupIsOneAxisWithThreeMembersAndLanguageShowsGerman() {
        Roadmap builtIn = new CatalogLoader().loadBuiltIn();
        Radar r = new Radar(new ReadinessCalculator(builtIn));
        Role junior = builtIn.role("junior").orElseThrow();
        Map<String, Integer> levels = Map.of("aws-sagemaker", 2, "azure-ml", 3, "german", 3);
        UnitAxis cloud = r.drillDown("cloud", junior, levels).stream().filter(UnitAxis::group).findFirst().orElseThrow();
        assertEquals("cloud-platform", cloud.id());
        assertEquals(3, cloud.members().size());
        assertEquals(3, cloud.value());
        AreaAxis language = r.areas(junior, levels).stream().filter(AreaAxis::optional).findFirst().orElseThrow();
        assertEquals("language", language.id());
        assertEquals(3.0, language.value(), 1e-12);
        assertEquals(builtIn.areas().size(), r.areas(junior, levels).size());
    }

    private static List<String> ids(List<UnitAxis> axes) {
        return axes.stream().map(UnitAxis::id).toList();
    }
}
