package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mentor rates the learner in their own SkillRadar and exports; the learner imports the file as a comparison:
 * "Name (file.json)", listed apart, never rated, never the profile commands use by default.
 */
class ComparisonProfileTest {
    @TempDir
    Path dir;
    CliRunner learner;
    Path mentorFile;

    @BeforeEach
    void aMentorsExport() {
        CliRunner mentor = new CliRunner(dir.resolve("mentor"));
        assertEquals(0, mentor.run("--profile", "default", "rate", "python", "2").exit());
        assertEquals(0, mentor.run("rate", "sql", "1").exit());
        mentorFile = dir.resolve("anna.json");
        assertEquals(0, mentor.run("export", mentorFile.toString()).exit());
        learner = new CliRunner(dir.resolve("learner"));
        assertEquals(0, learner.run("rate", "python", "4").exit());
    }

    @Test
    void theFileBecomesAComparisonNamedAfterItAndReimportingReplacesIt() {
        CliRunner.Result r = learner.run("import", mentorFile.toString(), "--as-comparison");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("Imported 2 ratings and 2 history entries as the comparison profile \"default (anna.json)\" (new).\n",
                r.out());
        CliRunner.Result again = learner.run("import", mentorFile.toString(), "--as-comparison");
        assertTrue(again.out().endsWith("(replaced).\n"), again.out());

        CliRunner.Result list = learner.run("profiles");
        assertEquals("* default                       junior\n"
                + "Comparisons (someone else's view, not rated here):\n"
                + "  default (anna.json)           junior\n", list.out());
        CliRunner.Result json = learner.run("profiles", "--format", "json");
        assertTrue(json.out().contains("\"comparisons\" : [ {\n    \"name\" : \"default (anna.json)\""), json.out());

        CliRunner.Result history = learner.run("--profile", "default (anna.json)", "history", "--format", "json");
        assertEquals(0, history.exit());
        assertTrue(history.out().contains("\"skill\" : \"sql\""), "a replaced comparison has one timeline: " + history.out());
        assertEquals(2, history.out().split("\"seq\"").length - 1, history.out());
        assertEquals(0, learner.run("--profile", "default (anna.json)", "score").exit(), "a comparison can be scored");
    }

    @Test
    void aComparisonIsNeverRatedNorGivenARole() {
        assertEquals(0, learner.run("import", mentorFile.toString(), "--as-comparison").exit());
        CliRunner.Result rate = learner.run("--profile", "default (anna.json)", "rate", "python", "5");
        assertEquals(2, rate.exit());
        assertTrue(rate.err().contains("is a comparison"), rate.err());
        assertEquals(2, learner.run("--profile", "default (anna.json)", "target", "senior").exit());
        assertEquals(2, learner.run("--profile", "default (anna.json)", "import", mentorFile.toString(), "--replace")
                .exit(), "nor overwritten as if it were one's own");
        assertTrue(learner.run("score", "--format", "json").out().contains("\"profile\" : \"default\""),
                "the default profile is still one's own");
    }

    @Test
    void theOptionsThatNameOrReplaceAProfileDoNotGoWithAComparison() {
        CliRunner.Result replace = learner.run("import", mentorFile.toString(), "--as-comparison", "--replace");
        assertEquals(2, replace.exit());
        assertTrue(replace.err().contains("leave out --replace"), replace.err());
        assertEquals(2, learner.run("--profile", "x", "import", mentorFile.toString(), "--as-comparison").exit());
        assertEquals(3, learner.run("import", dir.resolve("missing.json").toString(), "--as-comparison").exit());
    }
}
