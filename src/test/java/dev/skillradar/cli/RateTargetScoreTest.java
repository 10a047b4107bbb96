package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillradar.assessment.Readiness;
import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTargetScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir);
    }

    @Test
    void rateConfirmsAfterStoringAndScoreReflectsIt() throws Exception {
        CliRunner.Result rated = cli().run("rate", "python", "4", "--note", "Daily work – ä", "--evidence", "https://github.com/me");
        assertEquals(0, rated.exit(), rated::toString);
        assertEquals("Saved: Python (python) = 4 Proficient in profile \"default\" (first rating).\n", rated.out());
        assertEquals("", rated.err());
        assertEquals(0, cli().run("rate", "sql", "2").exit());
        assertTrue(cli().run("rate", "python", "5").out().contains("(was 4)"));

        JsonNode score = JSON.readTree(cli().run("score", "--format", "json").out());
        Roadmap roadmap = new CatalogLoader().loadBuiltIn();
        Readiness expected = new ReadinessCalculator(roadmap).evaluate(roadmap.role("junior").orElseThrow(),
                Map.of("python", 5, "sql", 2));
        assertEquals("junior", score.get("role").textValue());
        assertEquals(Math.round(expected.overall() * 10) / 10.0, score.get("readiness").doubleValue(), 1e-9);
        assertEquals(expected.gaps().size(), score.get("gaps").size());
        JsonNode first = score.get("gaps").get(0);
        assertEquals(expected.gaps().get(0).id(), first.get("skill").textValue());
        for (String f : new String[] {"skill", "current", "target", "weight", "priority", "resources"}) {
            assertTrue(first.has(f), f);
        }
        assertEquals(expected.monthsToReady().min(), score.get("monthsToReady").get("min").intValue());
        assertEquals(expected.monthsToReady().max(), score.get("monthsToReady").get("max").intValue());
        assertEquals(roadmap.areas().size(), score.get("areas").size());
        assertEquals(roadmap.phases().size(), score.get("phases").size());
        assertTrue(score.get("areas").findValuesAsText("id").contains("language"));

        JsonNode history = JSON.readTree(cli().run("history", "--format", "json").out()).get("history");
        assertEquals(3, history.size());
        assertEquals("python", history.get(2).get("skill").textValue());
        assertEquals(4, history.get(2).get("oldLevel").intValue());
        assertEquals(5, history.get(2).get("newLevel").intValue());
        assertEquals("cli", history.get(2).get("origin").textValue());
        assertEquals("2026-03-01T09:30:00Z", history.get(0).get("at").textValue());
    }

    @Test
    void scoreTextShowsReadinessGapsTimeAndSalaryWithExperienceBesideNotAdded() {
        cli().run("rate", "python", "3");
        CliRunner.Result r = cli().run("score");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Readiness of profile \"default\" for Junior ML Engineer: "), r.out());
        assertTrue(r.out().contains("By phase") && r.out().contains("By area"));
        assertTrue(r.out().contains("Top gaps") && r.out().contains("priority"), r.out());
        assertTrue(r.out().matches("(?s).*Time to ready: \\d+–\\d+ months of study \\(the role also asks for 0–2 years.*"), r.out());
        assertTrue(r.out().contains("Salary band: €55,000–75,000"), r.out());
        assertTrue(r.out().contains("https://"), "gaps come with resources");
    }

    @Test
    void roleOptionAppliesOnlyToThisCommandAndTargetChangesTheDefault() throws Exception {
        assertEquals("senior", JSON.readTree(cli().run("score", "--role", "senior", "--format", "json").out()).get("role").textValue());
        assertEquals("junior", JSON.readTree(cli().run("score", "--format", "json").out()).get("role").textValue());
        CliRunner.Result target = cli().run("target", "mid");
        assertEquals(0, target.exit(), target::toString);
        assertEquals("Profile \"default\" now aims for Mid-level ML Engineer (mid).\n", target.out());
        assertEquals("mid", JSON.readTree(cli().run("score", "--format=json").out()).get("role").textValue());
    }

    @Test
    void readinessIsANumberWithOneDecimalAndPrioritiesThree() throws Exception {
        cli().run("rate", "numpy", "1");
        String out = cli().run("score", "--format", "json").out();
        assertTrue(out.matches("(?s).*\"readiness\" : \\d+\\.\\d,.*"), out);
        assertTrue(out.matches("(?s).*\"priority\" : \\d+\\.\\d{3},.*"), out);
        assertFalse(out.contains("E-") || out.contains("E+"));
    }

    @ParameterizedTest(name = "rate {0} {1} -> exit 2: {2}")
    @CsvSource(delimiter = '|', value = {
            "python|7|the level must be a whole number from 0 to 5, not '7'",
            "python|x|not 'x'",
            "python|-1|not '-1'",
            "python|2.5|not '2.5'",
            "python|''|not ''",
            "pythn|3|unknown skill 'pythn'; did you mean 'python'?",
            "cloud-platform|3|'cloud-platform' is a group; rate one of its skills",
            "Python|3|unknown skill 'Python'"})
    void badRatingsAreUsageErrorsAndStoreNothing(String skill, String level, String message) {
        CliRunner.Result r = cli().run("rate", skill, level);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("skillradar: ") && r.err().contains(message), r.err());
        assertEquals("", r.out());
        assertTrue(cli().run("history").out().contains("no rating changes"));
    }

    @Test
    void badNotesLinksAndArgumentCountsAreUsageErrors() {
        assertEquals(2, cli().run("rate", "python", "3", "--evidence", "javascript:alert(1)").exit());
        assertEquals(2, cli().run("rate", "python", "3", "--evidence", "file:///etc/passwd").exit());
        assertEquals(2, cli().run("rate", "python", "3", "--note", "x".repeat(4001)).exit());
        assertTrue(cli().run("history").out().contains("no rating changes"), "nothing stored");
        CliRunner.Result missing = cli().run("rate", "python");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("'rate' needs LEVEL"), missing.err());
        CliRunner.Result extra = cli().run("rate", "python", "3", "4");
        assertEquals(2, extra.exit());
        assertTrue(extra.err().contains("unexpected argument '4'"), extra.err());
        assertEquals(2, cli().run("rate", "python", "3", "--bogus").exit());
        assertEquals(2, cli().run("rate", "python", "3", "--note").exit());
        assertEquals(2, cli().run("target").exit());
        assertEquals(2, cli().run("target", "cto").exit());
        assertEquals(2, cli().run("score", "--role", "cto").exit());
        assertEquals(2, cli().run("score", "--format", "yaml").exit());
        assertEquals(2, cli().run("history", "--format", "csv").exit());
    }

    @Test
    void globalOptionsMayFollowTheCommand() {
        assertEquals(0, new CliRunner(dir).runRaw("rate", "python", "2", "--data-dir", dir.toString()).exit());
        assertTrue(cli().run("history").out().contains("python"));
    }

    @Test
    void anUnknownProfileIsAUsageError() {
        CliRunner.Result r = cli().run("--profile", "nobody", "score");
        assertEquals(2, r.exit());
        assertEquals("skillradar: no profile named 'nobody' (profiles: default)\n", r.err());
        assertEquals(2, cli().run("--profile", "nobody", "rate", "python", "3").exit());
        assertEquals(2, cli().run("--profile", "nobody", "history").exit());
        assertEquals(2, cli().run("--profile", "nobody", "export", dir.resolve("x.json").toString()).exit());
        assertEquals(0, cli().run("--profile", "default", "score").exit(), "the default profile exists from the start");
    }

    @Test
    void profilesMarksTheCurrentOne() throws Exception {
        CliRunner.Result r = cli().run("profiles");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("* default"), r.out());
        JsonNode json = JSON.readTree(cli().run("profiles", "--format", "json").out());
        assertEquals("default", json.get("current").textValue());
        assertTrue(json.get("profiles").get(0).get("current").booleanValue());
    }
}
