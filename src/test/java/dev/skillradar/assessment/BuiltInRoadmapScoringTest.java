package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scoring rules of the README, on the real catalogue built from the article. */
class BuiltInRoadmapScoringTest {
    private static final Roadmap ROADMAP = new CatalogLoader().loadBuiltIn();
    private final ReadinessCalculator calc = new ReadinessCalculator(ROADMAP);

    private static Map<String, Integer> atTarget(Role role) {
        Map<String, Integer> m = new HashMap<>();
        for (Skill s : ROADMAP.skills()) {
            m.put(s.id(), role.target(s.id()));
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"junior", "mid", "senior"})
    void someoneAtZeroHasTheArticlesWholePathAhead(String roleId) {
        Readiness r = calc.evaluate(ROADMAP.role(roleId).orElseThrow(), Map.of());
        assertEquals(0.0, r.overall());
        assertEquals(new MonthsRange(15, 30), r.monthsToReady(), "3–6 + 6–12 + 6–12 months");
    }

    @ParameterizedTest
    @ValueSource(strings = {"junior", "mid", "senior"})
    void someoneAtTargetIsReadyNow(String roleId) {
        Role role = ROADMAP.role(roleId).orElseThrow();
        Readiness r = calc.evaluate(role, atTarget(role));
        assertEquals(100.0, r.overall());
        assertEquals(MonthsRange.NONE, r.monthsToReady());
        assertTrue(r.gaps().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"junior", "mid", "senior"})
    void aMissingPythonLevelCostsMoreThanAMissingNumpyLevel(String roleId) {
        Role role = ROADMAP.role(roleId).orElseThrow();
        assertEquals(role.target("python"), role.target("numpy"), "the comparison needs equal targets");
        Map<String, Integer> lessPython = atTarget(role);
        lessPython.merge("python", -1, Integer::sum);
        Map<String, Integer> lessNumpy = atTarget(role);
        lessNumpy.merge("numpy", -1, Integer::sum);
        assertTrue(calc.evaluate(role, lessPython).overall() < calc.evaluate(role, lessNumpy).overall());
    }

    @ParameterizedTest
    @ValueSource(strings = {"junior", "mid", "senior"})
    void aSageMakerExpertIsNotPenalisedForNotKnowingAzure(String roleId) {
        Role role = ROADMAP.role(roleId).orElseThrow();
        Map<String, Integer> m = atTarget(role);
        m.put("azure-ml", 0);
        m.put("google-vertex-ai", 0);
        m.put("aws-sagemaker", 5);
        m.put("tensorflow", 0);
        m.put("german", 0);
        assertEquals(100.0, calc.evaluate(role, m).overall());
    }

    /** The worked example of the README's "How readiness is scored" section, checked. */
    @org.junit.jupiter.api.Test
    void readmeWorkedExample() {
        Role junior = ROADMAP.role("junior").orElseThrow();
        Map<String, Integer> m = atTarget(junior);
        for (Skill s : ROADMAP.skillsInPhase("engineering")) {
            m.put(s.id(), 0);
        }
        m.put("docker", 3);
        m.put("mlflow", 1);
        Readiness r = calc.evaluate(junior, m);
        assertEquals(100 * 2.05 / 2.95, r.byArea().get("mlops"), 1e-9);
        assertEquals(new MonthsRange(4, 9), r.monthsToReady());
        assertEquals(java.util.List.of("rag", "hugging-face-transformers", "kubernetes", "langchain", "fine-tuning",
                "cloud-platform", "dvc"), r.gaps().stream().map(Gap::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"junior", "mid", "senior"})
    void unitsAtTargetCountAGroupOnceAndOptionalSkillsNotAtAll(String roleId) {
        Role role = ROADMAP.role(roleId).orElseThrow();
        long targeted = calc.units().stream().filter(u -> u.target(role) > 0).count();
        assertEquals(new AtTarget(0, (int) targeted), calc.evaluate(role, Map.of()).atTarget());
        assertEquals(new AtTarget((int) targeted, (int) targeted), calc.evaluate(role, atTarget(role)).atTarget());

        Map<String, Integer> oneCloud = new HashMap<>(Map.of("aws-sagemaker", 5, "german", 5));
        AtTarget some = calc.evaluate(role, oneCloud).atTarget();
        assertEquals(1, some.met(), "one cloud platform meets the any-of group; German is optional and never counts");
        Map<String, Integer> allClouds = new HashMap<>(oneCloud);
        allClouds.putAll(Map.of("google-vertex-ai", 5, "azure-ml", 5));
        assertEquals(some, calc.evaluate(role, allClouds).atTarget(), "the group counts once, however many members");
        long skillsNotOptional = ROADMAP.skills().stream().filter(s -> !s.optional()).count();
        assertTrue(targeted < skillsNotOptional, "groups make fewer units than skills");
    }
}
