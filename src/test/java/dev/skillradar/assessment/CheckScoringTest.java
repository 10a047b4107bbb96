package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check-based level (cumulative), the three scoring bases and drift, on the built-in catalogue's statements. */
class CheckScoringTest {
    private static final Roadmap ROADMAP = new CatalogLoader().loadBuiltIn();
    private static final CheckCatalogue CHECKS = ROADMAP.checks().orElseThrow();
    private static final ReadinessCalculator CALC = new ReadinessCalculator(ROADMAP);
    private static final Role JUNIOR = ROADMAP.role("junior").orElseThrow();

    /** Every statement of {@code skill} from level 1 up to {@code level}. */
    private static List<String> upTo(String skill, int level) {
        List<String> out = new ArrayList<>();
        for (int l = 1; l <= level; l++) {
            CHECKS.of(skill, l).forEach(s -> out.add(s.id()));
        }
        return out;
    }

    private static List<String> ids(String skill, int level) {
        return CHECKS.of(skill, level).stream().map(CheckStatement::id).toList();
    }

    // ---------------------------------------------------------------- the check-based level

    @Test
    void nothingTickedIsLevelZeroAndTheSkillIsAbsent() {
        assertEquals(0, CheckedLevels.level(CHECKS, "python", Set.of()));
        assertEquals(Map.of(), CheckedLevels.of(CHECKS, Set.of()));
    }

    @ParameterizedTest(name = "all statements up to level {0} ticked: level {0}")
    @CsvSource({"1", "2", "3", "4", "5"})
    void everyStatementUpToALevelGivesThatLevel(int level) {
        assertEquals(level, CheckedLevels.level(CHECKS, "docker", new HashSet<>(upTo("docker", level))));
        assertEquals(Map.of("docker", level), CheckedLevels.of(CHECKS, upTo("docker", level)));
    }

    @Test
    void oneOpenStatementOfALevelStopsTheLevelThere() {
        Set<String> ticked = new HashSet<>(upTo("numpy", 2));
        ticked.remove(ids("numpy", 2).get(1));
        assertEquals(1, CheckedLevels.level(CHECKS, "numpy", ticked));
    }

    @Test
    void levelsAreCumulativeSoATickedLevelFourWithALevelTwoStatementOpenGivesAtMostOne() {
        Set<String> ticked = new HashSet<>(upTo("kubernetes", 4));
        ticked.remove(ids("kubernetes", 2).get(0));
        assertEquals(1, CheckedLevels.level(CHECKS, "kubernetes", ticked));
        Set<String> onlyHigh = new HashSet<>(ids("kubernetes", 4));
        assertEquals(0, CheckedLevels.level(CHECKS, "kubernetes", onlyHigh));
        assertEquals(Map.of("kubernetes", 0), CheckedLevels.of(CHECKS, onlyHigh), "ticked, so present, at level 0");
    }

    @Test
    void ticksOnIdsTheCatalogueLacksCountForNothing() {
        List<String> ticked = new ArrayList<>(upTo("sql", 1));
        ticked.add("sql-9-z");
        ticked.add("retired-statement");
        assertEquals(Map.of("sql", 1), CheckedLevels.of(CHECKS, ticked));
    }

    // ---------------------------------------------------------------- the three bases

    @Test
    void selfScoresTheRatingsChecksTheCheckedLevelsLowerTheSmallerOfTheTwo() {
        Map<String, Integer> self = Map.of("python", 4, "sql", 2, "pandas", 3);
        Map<String, Integer> checked = CheckedLevels.of(CHECKS, concat(upTo("python", 2), upTo("sql", 3),
                upTo("docker", 1)));
        assertEquals(Map.of("python", 2, "sql", 3, "docker", 1), checked);

        assertEquals(self, ScoredLevels.of(Basis.SELF, self, checked));
        assertEquals(checked, ScoredLevels.of(Basis.CHECKS, self, checked));
        assertEquals(Map.of("python", 2, "sql", 2, "pandas", 0, "docker", 0), ScoredLevels.of(Basis.LOWER, self, checked),
                "rated or ticked skills, the other side counting 0");
    }

    @Test
    void notRatedCountsZeroOnEveryBasis() {
        assertEquals(0, ScoredLevels.level(Basis.SELF, null, 3));
        assertEquals(0, ScoredLevels.level(Basis.CHECKS, 4, null));
        assertEquals(0, ScoredLevels.level(Basis.LOWER, null, 3));
        assertEquals(2, ScoredLevels.level(Basis.LOWER, 2, 5));
    }

    @Test
    void aGroupTakesItsBestMembersScoredLevel() {
        Map<String, Integer> self = Map.of("pytorch", 4, "tensorflow", 1);
        Map<String, Integer> checked = CheckedLevels.of(CHECKS, concat(upTo("pytorch", 1), upTo("tensorflow", 3)));
        ScoredUnit framework = CALC.unitOf("pytorch");
        assertTrue(framework.group());
        assertEquals(4, framework.rating(ScoredLevels.of(Basis.SELF, self, checked)));
        assertEquals(3, framework.rating(ScoredLevels.of(Basis.CHECKS, self, checked)));
        assertEquals(1, framework.rating(ScoredLevels.of(Basis.LOWER, self, checked)), "min(4,1) and min(1,3): best 1");
    }

    @Test
    void readinessFollowsTheBasis() {
        Map<String, Integer> self = Map.of("python", 3, "sql", 3);
        Map<String, Integer> checked = CheckedLevels.of(CHECKS, concat(upTo("python", 1), upTo("sql", 3)));
        double onSelf = CALC.scores(JUNIOR, ScoredLevels.of(Basis.SELF, self, checked)).overall();
        double onChecks = CALC.scores(JUNIOR, ScoredLevels.of(Basis.CHECKS, self, checked)).overall();
        double onLower = CALC.scores(JUNIOR, ScoredLevels.of(Basis.LOWER, self, checked)).overall();
        assertTrue(onSelf > onChecks, onSelf + " > " + onChecks);
        assertEquals(onChecks, onLower, 1e-12, "python 1 and sql 3 either way");
        assertEquals(CALC.scores(JUNIOR, Map.of("python", 1, "sql", 3)).overall(), onLower, 1e-12);
    }

    // ---------------------------------------------------------------- drift

    @Test
    void driftIsTheMeanOfSelfMinusCheckedOverRatedSkillsWithATick() {
        Map<String, Integer> self = Map.of("python", 4, "numpy", 1, "sql", 3, "linear-algebra", 2, "german", 3);
        Map<String, Integer> checked = CheckedLevels.of(CHECKS, concat(upTo("python", 2), upTo("numpy", 3),
                upTo("pandas", 2), ids("linear-algebra", 3), upTo("german", 3)));
        Drift drift = Drift.of(ROADMAP, self, checked);
        // python +2, numpy -2, linear-algebra 2 - 0 = +2, german 0; sql has no tick, pandas no rating
        assertEquals(List.of("python", "numpy", "linear-algebra", "german"),
                drift.skills().stream().map(Drift.SkillDrift::skillId).toList());
        assertEquals(0.5, drift.overall(), 1e-12, "(2 - 2 + 2 + 0) / 4, over the skills, not the areas");
        assertEquals(0.0, drift.area("python-data"), 1e-12);
        assertEquals(2.0, drift.area("math"), 1e-12);
        assertEquals(0.0, drift.area("language"), 1e-12, "optional skills count for drift");
        assertNull(drift.area("sql"), "rated but nothing ticked");
        assertNull(drift.area("mlops"));
        Drift.AreaDrift py = drift.areas().get(0);
        assertEquals("python-data", py.areaId());
        assertEquals(2, py.skills());
        assertEquals(ROADMAP.areas().size(), drift.areas().size());
    }

    @Test
    void readmeDriftExample() {
        Map<String, Integer> self = Map.of("python", 4, "numpy", 1, "linear-algebra", 2, "sql", 3);
        Drift drift = Drift.of(ROADMAP, self, CheckedLevels.of(CHECKS, concat(upTo("python", 2), upTo("numpy", 3),
                ids("linear-algebra", 3))));
        assertEquals(2.0 / 3, drift.overall(), 1e-12);
        assertEquals("+0.67", new dev.skillradar.text.CalibrationTexts(dev.skillradar.text.Texts.of(
                dev.skillradar.catalog.Language.EN)).signed(drift.overall()));
        assertEquals(0.0, drift.area("python-data"), 1e-12);
        assertEquals(2.0, drift.area("math"), 1e-12);
        assertNull(drift.area("sql"));
    }

    @Test
    void overConfidenceIsPositiveAndNoQualifyingSkillGivesNull() {
        assertEquals(3.0, Drift.of(ROADMAP, Map.of("docker", 4), CheckedLevels.of(CHECKS, upTo("docker", 1))).overall());
        assertEquals(-4.0, Drift.of(ROADMAP, Map.of("docker", 1), CheckedLevels.of(CHECKS, upTo("docker", 5))).overall());
        assertNull(Drift.of(ROADMAP, Map.of("docker", 4), Map.of()).overall());
        assertNull(Drift.of(ROADMAP, Map.of(), CheckedLevels.of(CHECKS, upTo("docker", 2))).overall());
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
