package dev.skillradar.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillradar.storage.ReliabilityFigures;
import dev.skillradar.storage.ReliabilityFigures.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The commands a user types, run against the packaged jar in child processes on temporary data. */
@ExtendWith(ReliabilityFigures.class)
class CliEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every skill the article names (see the catalogue brief). */
    private static final List<String> ARTICLE_SKILLS = List.of("python", "numpy", "pandas", "matplotlib",
            "linear-algebra", "probability-statistics", "calculus", "sql", "linear-regression", "logistic-regression",
            "decision-trees", "random-forests", "gradient-boosting", "scikit-learn", "neural-networks", "cnn", "rnn",
            "transformer", "pytorch", "tensorflow", "feature-engineering", "mlflow", "dvc", "docker", "kubernetes",
            "aws-sagemaker", "google-vertex-ai", "azure-ml", "langchain", "rag", "fine-tuning",
            "hugging-face-transformers", "german");
    private static final List<String> ROLES = List.of("junior", "mid", "senior");

    @TempDir
    Path dir;

    private SkillRadarProcess skillradar(String data) {
        return new SkillRadarProcess(dir.resolve(data));
    }

    @Test
    void roadmapJsonListsTheArticlesSkillsDemandFiguresAndSalaryBands() throws Exception {
        SkillRadarProcess.Outcome r = skillradar("a").run("roadmap", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        JsonNode doc = JSON.readTree(r.stdout());
        Set<String> ids = new HashSet<>();
        Map<String, Double> articleDemand = new HashMap<>();
        for (JsonNode s : doc.get("skills")) {
            ids.add(s.get("id").textValue());
            if ("article".equals(s.get("demandSource").textValue())) {
                articleDemand.put(s.get("id").textValue(), s.get("demand").doubleValue());
            }
        }
        assertTrue(ids.containsAll(ARTICLE_SKILLS), () -> "missing: " + ARTICLE_SKILLS.stream().filter(i -> !ids.contains(i)).toList());
        // The article's six figures: Python 100%, PyTorch/TensorFlow 85%, SQL 80%, Docker 75%, Kubernetes 60%, MLflow 55%.
        assertEquals(Map.of("python", 1.0, "pytorch", 0.85, "tensorflow", 0.85, "sql", 0.8, "docker", 0.75,
                "kubernetes", 0.6, "mlflow", 0.55), articleDemand);
        Map<String, List<Integer>> bands = new HashMap<>();
        for (JsonNode role : doc.get("roles")) {
            bands.put(role.get("id").textValue(), List.of(role.get("salaryMin").intValue(), role.get("salaryMax").intValue()));
            assertEquals("EUR", role.get("currency").textValue());
        }
        assertEquals(Map.of("junior", List.of(55_000, 75_000), "mid", List.of(75_000, 100_000),
                "senior", List.of(100_000, 140_000)), bands);
    }

    @Test
    void aRatingIsSeenByTheNextProcess() throws Exception {
        SkillRadarProcess.Outcome rate = skillradar("a").run("rate", "sql", "3", "--note", "Mode tutorial done");
        assertEquals(0, rate.exit(), rate::toString);
        assertTrue(rate.out().startsWith("Saved: SQL (sql) = 3"), rate.out());
        JsonNode score = JSON.readTree(skillradar("a").run("score", "--format", "json").stdout());
        JsonNode sqlGap = null;
        for (JsonNode g : score.get("gaps")) {
            if (g.get("skill").textValue().equals("sql")) {
                sqlGap = g;
            }
        }
        assertTrue(sqlGap == null || sqlGap.get("current").intValue() == 3, score::toString);
        assertTrue(score.get("readiness").doubleValue() > 0, "the rating counts");
        JsonNode history = JSON.readTree(skillradar("a").run("history", "--format", "json").stdout()).get("history");
        assertEquals(1, history.size());
        assertEquals("cli", history.get(0).get("origin").textValue());
    }

    @Test
    void exportAndImportIntoAFreshDataDirectoryGiveTheSameScoreForEveryRole() throws Exception {
        SkillRadarProcess a = skillradar("a");
        for (String[] rating : new String[][] {{"python", "4"}, {"pytorch", "3"}, {"docker", "2"}, {"german", "4"},
                {"aws-sagemaker", "2"}, {"python", "5"}}) {
            assertEquals(0, a.run("rate", rating[0], rating[1]).exit());
        }
        assertEquals(0, a.run("target", "senior").exit());
        Path file = dir.resolve("profile.json");
        SkillRadarProcess.Outcome export = a.run("export", file.toString());
        assertEquals(0, export.exit(), export::toString);
        SkillRadarProcess b = skillradar("b");
        SkillRadarProcess.Outcome imported = b.run("import", file.toString());
        assertEquals(0, imported.exit(), imported::toString);
        for (String role : ROLES) {
            assertArrayEquals(a.run("score", "--role", role, "--format", "json").stdout(),
                    b.run("score", "--role", role, "--format", "json").stdout(), role);
        }
        assertArrayEquals(a.run("score").stdout(), b.run("score").stdout(), "same target role too");
    }

    @Test
    @ReliabilityFigures.Case(value = Category.BAD_INPUT,
            outcome = "refused by the packaged jar's import with exit 3, the database unchanged")
    void aFailedImportExits3AndLeavesTheDatabaseUnchanged(ReliabilityFigures.Variants variants) throws Exception {
        SkillRadarProcess a = skillradar("a");
        assertEquals(0, a.run("rate", "python", "2").exit());
        Path file = dir.resolve("profile.json");
        assertEquals(0, a.run("export", file.toString()).exit());
        Path db = dir.resolve("a").resolve("skillradar.db");
        byte[] before = Files.readAllBytes(db);
        String doc = Files.readString(file);
        Map<String, String> brokenDocs = new java.util.LinkedHashMap<>();
        brokenDocs.put("unknown skill", doc.replace("\"python\"", "\"cobol\""));
        brokenDocs.put("format 3", doc.replace("\"format\" : 2", "\"format\" : 3"));
        brokenDocs.put("trailing document", doc + "{}");
        brokenDocs.put("null level", doc.replace("\"level\" : 2", "\"level\" : null"));
        for (Map.Entry<String, String> variant : brokenDocs.entrySet()) {
            String broken = variant.getValue();
            assertTrue(!broken.equals(doc), variant.getKey() + " changes the file");
            Files.writeString(file, broken);
            SkillRadarProcess.Outcome r = a.run("import", file.toString(), "--replace");
            assertEquals(3, r.exit(), r::toString);
            assertTrue(r.err().startsWith("skillradar: cannot import "), r.err());
            assertEquals(1, r.err().lines().count(), r::toString);
            assertArrayEquals(before, Files.readAllBytes(db));
            variants.passed(variant.getKey());
        }
    }

    @Test
    void replacingAProfileWithRatingsNeedsTheReplaceOption() throws Exception {
        SkillRadarProcess a = skillradar("a");
        assertEquals(0, a.run("rate", "python", "2").exit());
        Path file = dir.resolve("profile.json");
        assertEquals(0, a.run("export", file.toString()).exit());
        assertEquals(0, a.run("rate", "python", "4").exit());
        SkillRadarProcess.Outcome refused = a.run("import", file.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("--replace"), refused.err());
        SkillRadarProcess.Outcome replaced = a.run("import", file.toString(), "--replace");
        assertEquals(0, replaced.exit(), replaced::toString);
        JsonNode score = JSON.readTree(a.run("score", "--format", "json").stdout());
        assertEquals(2, current(score, "python"));
        assertTrue(a.run("history").out().contains("replaced by an import"));
    }

    @Test
    @ReliabilityFigures.Case(value = Category.BAD_INPUT, outcome = "refused by the packaged jar with exit 2 and one line")
    void usageErrorsExitWith2(ReliabilityFigures.Variants variants) {
        SkillRadarProcess a = skillradar("a");
        String[][] cases = {{"rate", "python", "7"}, {"rate", "python", "x"}, {"rate", "nosuchskill", "3"},
                {"rate", "python"}, {"target", "cto"}, {"score", "--format", "xml"}, {"frobnicate"}, {"--bogus", "roadmap"}};
        for (String[] args : cases) {
            SkillRadarProcess.Outcome r = a.run(args);
            assertEquals(2, r.exit(), () -> String.join(" ", args) + "\n" + r);
            assertTrue(r.err().startsWith("skillradar: ") && r.err().lines().count() == 1, r::toString);
            variants.passed(String.join(" ", args));
        }
        SkillRadarProcess.Outcome help = a.run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Exit codes"));
    }

    private static int current(JsonNode score, String skill) {
        for (JsonNode g : score.get("gaps")) {
            if (g.get("skill").textValue().equals(skill)) {
                return g.get("current").intValue();
            }
        }
        return -1;
    }
}
