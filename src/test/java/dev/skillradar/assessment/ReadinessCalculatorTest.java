package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessCalculatorTest {
    private final Roadmap roadmap = TestRoadmaps.small();
    private final ReadinessCalculator calc = new ReadinessCalculator(roadmap);
    private final Role junior = roadmap.role("junior").orElseThrow();
    private final Role empty = roadmap.role("empty").orElseThrow();

    private static Map<String, Integer> levels(Object... pairs) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void workedExampleMatchesTheReadme() {
        // units for junior: a (w 1.0, t 3), b (0.5, t 2), g = best of c/d (0.8, t 2), e (0.2, t 1)
        // Σ w·t = 3 + 1 + 1.6 + 0.2 = 5.8; ratings a=2, b=2, c=1: Σ w·min = 2 + 1 + 0.8 + 0 = 3.8
        Readiness r = calc.evaluate(junior, levels("a", 2, "b", 2, "c", 1));
        assertEquals(100 * 3.8 / 5.8, r.overall(), 1e-9);
        assertEquals(100 * (2 + 1.0) / (3 + 1.0), r.byArea().get("a1"), 1e-9);
        assertEquals(100 * 0.8 / 1.8, r.byArea().get("a2"), 1e-9);
        assertEquals(List.of("a", "g", "e"), r.gaps().stream().map(Gap::id).toList());
        Gap a = r.gaps().get(0);
        assertEquals(2, a.current());
        assertEquals(3, a.target());
        assertEquals(1.0, a.priority(), 1e-12);
        assertEquals("r1", a.resources().get(0).id());
    }

    @Test
    void readinessIsFullWhenEveryRatingMeetsTarget() {
        Readiness r = calc.evaluate(junior, levels("a", 3, "b", 2, "c", 2, "e", 1));
        assertEquals(100.0, r.overall());
        assertTrue(r.gaps().isEmpty());
        assertEquals(MonthsRange.NONE, r.monthsToReady());
    }

    @Test
    void unratedCountsAsZeroAndTheWholePathIsLeft() {
        Readiness r = calc.evaluate(junior, Map.of());
        assertEquals(0.0, r.overall());
        assertEquals(new MonthsRange(3 + 6, 6 + 12), r.monthsToReady());
    }

    @Test
    void aLevelAboveTargetEarnsNoExtraCredit() {
        Readiness atTarget = calc.evaluate(junior, levels("a", 3));
        Readiness above = calc.evaluate(junior, levels("a", 5));
        assertEquals(atTarget.overall(), above.overall());
    }

    @Test
    void anyOfGroupIsScoredByItsBestMember() {
        Readiness viaC = calc.evaluate(junior, levels("c", 2));
        Readiness viaD = calc.evaluate(junior, levels("d", 2));
        Readiness both = calc.evaluate(junior, levels("c", 2, "d", 1));
        assertEquals(viaC.overall(), viaD.overall());
        assertEquals(viaC.overall(), both.overall());
        assertTrue(viaD.gaps().stream().noneMatch(g -> g.id().equals("g")));
    }

    @Test
    void optionalSkillsChangeNeitherReadinessNorTimeToReady() {
        Readiness without = calc.evaluate(junior, levels("a", 1));
        Readiness with = calc.evaluate(junior, levels("a", 1, "lang-de", 5));
        assertEquals(without.overall(), with.overall());
        assertEquals(without.monthsToReady(), with.monthsToReady());
        assertTrue(with.gaps().stream().noneMatch(g -> g.id().equals("lang-de")));
    }

    @Test
    void anAreaWithNoTargetHasNoReadinessRatherThanZeroOrFull() {
        Readiness r = calc.evaluate(empty, Map.of());
        assertNull(r.byArea().get("a2"));
        assertNull(r.byArea().get("lang"));
        assertNull(r.byPhase().get("p2"));
        assertEquals(0.0, r.byArea().get("a1"));
    }

    @Test
    void aGapNeverComesBeforeItsOwnOpenPrerequisite() {
        // priorities from zero: a 3.0, g 1.6, b 1.0, e 0.2 — but g's member c needs b (which needs a)
        Readiness r = calc.evaluate(junior, Map.of());
        assertEquals(List.of("a", "b", "g", "e"), r.gaps().stream().map(Gap::id).toList());
    }

    @Test
    void withEqualTargetsAOneLevelGapInAHigherDemandSkillCostsMore() {
        // b (w 0.5) and g (w 0.8) both target 2 for junior
        double lowDemandGap = calc.evaluate(junior, levels("a", 3, "b", 1, "c", 2, "e", 1)).overall();
        double highDemandGap = calc.evaluate(junior, levels("a", 3, "b", 2, "c", 1, "e", 1)).overall();
        assertTrue(highDemandGap < lowDemandGap, highDemandGap + " should be below " + lowDemandGap);
    }

    @ParameterizedTest(name = "{0} gap left in p1 and {1} in p2 -> {2}-{3} months")
    @CsvSource({
        // junior p1: a(1.0·3) + b(0.5·2) = 4; p2: g(0.8·2) + e(0.2·1) = 1.8
        "a=0;b=2, c=2;e=1, 2, 5",   // p1 fraction 3/4 -> 2.25–4.5, p2 0
        "a=3;b=2, c=0;e=0, 6, 12",  // p2 whole
        "a=3;b=2, c=1;e=1, 2, 6",   // p2 0.8/1.8 -> 2.67–5.33
    })
    void timeToReadyIsProportionalToTheWeightedGapLeftPerPhase(String p1, String p2, int min, int max) {
        Map<String, Integer> m = new HashMap<>();
        for (String part : (p1 + ";" + p2).split(";")) {
            String[] kv = part.split("=");
            m.put(kv[0], Integer.parseInt(kv[1]));
        }
        assertEquals(new MonthsRange(min, max), calc.evaluate(junior, m).monthsToReady());
    }
}
