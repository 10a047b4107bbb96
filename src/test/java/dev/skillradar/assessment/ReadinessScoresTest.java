package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Phase;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The one-pass scores (which the trend uses many times) are the README's formula, per area and per phase. */
class ReadinessScoresTest {
    @Test
    void scoresAreTheDocumentedFormulaOverallPerAreaAndPerPhase() {
        Roadmap roadmap = new CatalogLoader().loadBuiltIn();
        ReadinessCalculator calc = new ReadinessCalculator(roadmap);
        Random rnd = new Random(11);
        for (int i = 0; i < 500; i++) {
            Map<String, Integer> levels = new HashMap<>();
            for (Skill s : roadmap.skills()) {
                if (rnd.nextInt(3) > 0) {
                    levels.put(s.id(), rnd.nextInt(6));
                }
            }
            for (Role role : roadmap.roles()) {
                ReadinessScores scores = calc.scores(role, levels);
                assertEquals(role, scores.role());
                assertEquals(byHand(calc, role, levels, u -> true), scores.overall());
                for (Area a : roadmap.areas()) {
                    assertEquals(byHand(calc, role, levels, u -> u.areaId().equals(a.id())), scores.byArea().get(a.id()),
                            a.id());
                }
                for (Phase p : roadmap.phases()) {
                    assertEquals(byHand(calc, role, levels, u -> p.id().equals(u.phaseId())), scores.byPhase().get(p.id()),
                            p.id());
                }
                Readiness full = calc.evaluate(role, levels);
                assertEquals(full.byArea(), scores.byArea());
            }
        }
    }

    /** {@code Σ w·min(rating, target) / Σ w·target} in percent, null where nothing is targeted. */
    private static Double byHand(ReadinessCalculator calc, Role role, Map<String, Integer> levels,
                                 Predicate<ScoredUnit> which) {
        double reached = 0;
        double wanted = 0;
        for (ScoredUnit u : calc.units()) {
            if (which.test(u)) {
                reached += u.weight() * Math.min(u.rating(levels), u.target(role));
                wanted += u.weight() * u.target(role);
            }
        }
        return wanted <= 0 ? null : Math.max(0, Math.min(100, 100.0 * reached / wanted));
    }
}
