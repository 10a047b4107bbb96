package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties that must hold for any ratings, checked over many seeded random assessments. */
class ReadinessInvariantsTest {
    private static final int ROUNDS = 2000;
    private final Roadmap roadmap = TestRoadmaps.small();
    private final ReadinessCalculator calc = new ReadinessCalculator(roadmap);
    private final List<Skill> skills = roadmap.skills();

    private Map<String, Integer> random(Random rnd) {
        Map<String, Integer> m = new HashMap<>();
        for (Skill s : skills) {
            if (rnd.nextInt(4) > 0) {
                m.put(s.id(), rnd.nextInt(6));
            }
        }
        return m;
    }

    @Test
    void readinessStaysWithinZeroAndHundred() {
        Random rnd = new Random(42);
        for (int i = 0; i < ROUNDS; i++) {
            Map<String, Integer> m = random(rnd);
            for (Role role : roadmap.roles()) {
                Readiness r = calc.evaluate(role, m);
                assertTrue(r.overall() >= 0 && r.overall() <= 100, "overall " + r.overall());
                r.byArea().values().forEach(v -> assertTrue(v == null || (v >= 0 && v <= 100)));
                r.byPhase().values().forEach(v -> assertTrue(v == null || (v >= 0 && v <= 100)));
                assertTrue(r.monthsToReady().min() <= r.monthsToReady().max());
            }
        }
    }

    @Test
    void raisingARatingNeverLowersReadinessNorLengthensTimeToReady() {
        Random rnd = new Random(7);
        for (int i = 0; i < ROUNDS; i++) {
            Map<String, Integer> before = random(rnd);
            Skill s = skills.get(rnd.nextInt(skills.size()));
            int current = before.getOrDefault(s.id(), 0);
            if (current == 5) {
                continue;
            }
            Map<String, Integer> after = new HashMap<>(before);
            after.put(s.id(), current + 1 + rnd.nextInt(5 - current));
            for (Role role : roadmap.roles()) {
                Readiness b = calc.evaluate(role, before);
                Readiness a = calc.evaluate(role, after);
                assertTrue(a.overall() >= b.overall(), "overall fell after raising " + s.id());
                for (String area : b.byArea().keySet()) {
                    if (b.byArea().get(area) != null) {
                        assertTrue(a.byArea().get(area) >= b.byArea().get(area), "area " + area + " fell");
                    }
                }
                assertTrue(a.monthsToReady().max() <= b.monthsToReady().max());
                assertTrue(a.monthsToReady().min() <= b.monthsToReady().min());
            }
        }
    }

    @Test
    void readinessIsExactlyHundredWheneverEveryTargetIsMet() {
        Random rnd = new Random(3);
        for (Role role : roadmap.roles()) {
            for (int i = 0; i < 200; i++) {
                Map<String, Integer> m = new HashMap<>();
                for (Skill s : skills) {
                    m.put(s.id(), Math.min(5, role.target(s.id()) + rnd.nextInt(3)));
                }
                Readiness r = calc.evaluate(role, m);
                assertEquals(100.0, r.overall());
                assertEquals(0, r.monthsToReady().max());
            }
        }
    }

    @Test
    void gapsAreOrderedByPriorityExceptWherePrerequisitesComeFirst() {
        Random rnd = new Random(11);
        for (int i = 0; i < ROUNDS; i++) {
            Map<String, Integer> m = random(rnd);
            for (Role role : roadmap.roles()) {
                List<Gap> gaps = calc.evaluate(role, m).gaps();
                for (int j = 0; j < gaps.size(); j++) {
                    Gap g = gaps.get(j);
                    assertEquals(g.weight() * (g.target() - g.current()), g.priority(), 1e-12);
                    for (int k = j + 1; k < gaps.size(); k++) {
                        // nothing after g may be a prerequisite of g
                        String later = gaps.get(k).id();
                        assertTrue(g.unit().members().stream().noneMatch(s -> s.prerequisites().stream()
                                .anyMatch(p -> later.equals(p) || later.equals(calc.unitOf(p) == null ? null : calc.unitOf(p).id()))),
                                later + " is a prerequisite of " + g.id() + " but comes after it");
                    }
                }
            }
        }
    }
}
