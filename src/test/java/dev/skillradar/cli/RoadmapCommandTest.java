package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoadmapCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir.resolve("data"));
    }

    @Test
    void jsonListsEverySkillWithDemandAndEveryRoleWithItsBand() throws Exception {
        CliRunner.Result r = cli().run("roadmap", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        Roadmap built = new CatalogLoader().loadBuiltIn();
        assertEquals(built.id(), doc.get("id").textValue());
        assertEquals(built.skills().size(), doc.get("skills").size());
        assertEquals(built.phases().size(), doc.get("phases").size());
        Map<String, Double> articleDemand = new HashMap<>();
        for (JsonNode s : doc.get("skills")) {
            for (String field : new String[] {"id", "name", "phase", "area", "demand", "demandSource", "optional", "resources"}) {
                assertTrue(s.has(field), "skill field " + field);
            }
            double demand = s.get("demand").doubleValue();
            assertTrue(demand >= 0 && demand <= 1);
            assertTrue(Set.of("article", "estimate").contains(s.get("demandSource").textValue()));
            if (s.get("demandSource").textValue().equals("article")) {
                articleDemand.put(s.get("id").textValue(), demand);
            }
            for (JsonNode res : s.get("resources")) {
                assertEquals(Set.of("id", "name", "note", "url", "urlSource"), names(res));
            }
        }
        assertEquals(Map.of("python", 1.0, "pytorch", 0.85, "tensorflow", 0.85, "sql", 0.8, "docker", 0.75,
                "kubernetes", 0.6, "mlflow", 0.55), articleDemand);
        JsonNode junior = doc.get("roles").get(0);
        assertEquals("junior", junior.get("id").textValue());
        assertEquals(55000, junior.get("salaryMin").intValue());
        assertEquals(75000, junior.get("salaryMax").intValue());
        assertEquals("EUR", junior.get("currency").textValue());
        assertEquals(built.skills().size(), junior.get("targets").size());
        JsonNode senior = doc.get("roles").get(2);
        assertEquals(100000, senior.get("salaryMin").intValue());
        assertTrue(senior.get("yearsMax").isNull(), "open-ended experience is null");
        assertFalse(Files.exists(dir.resolve("data")), "roadmap does not open the database");
    }

    @Test
    void textShowsPhasesDemandRolesAndSource() {
        CliRunner.Result r = cli().run("roadmap");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("3–6 months"), r.out());
        assertTrue(r.out().matches("(?s).*Python\\s+.*100% \\(article\\).*"), r.out());
        assertTrue(r.out().contains("% (estimate)"));
        assertTrue(r.out().contains("€55,000–75,000") && r.out().contains("€75,000–100,000")
                && r.out().contains("€100,000–140,000"), r.out());
        assertTrue(r.out().contains("5+ years"));
        assertTrue(r.out().contains("Source: "));
        assertEquals("", r.err());
    }

    @Test
    void germanUsesGermanNamesLabelsAndNumberFormatsAsUtf8() {
        CliRunner.Result r = cli().run("roadmap", "--lang", "de");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("55.000–75.000 €"), r.out());
        assertTrue(r.out().contains("100 % (Artikel)") && r.out().contains("(Schätzung)"), r.out());
        assertTrue(r.out().contains("3–6 Monate"));
        String utf8 = new String(r.outBytes(), StandardCharsets.UTF_8);
        assertTrue(utf8.contains("€") && utf8.contains("ä"), "bytes are UTF-8 even on a Latin-1 stream");
    }

    @Test
    void badFormatOrLanguageIsAUsageError() {
        assertEquals(2, cli().run("roadmap", "--format", "xml").exit());
        CliRunner.Result lang = cli().run("roadmap", "--lang", "fr");
        assertEquals(2, lang.exit());
        assertEquals("skillradar: unknown language 'fr' (use en or de)\n", lang.err());
        assertEquals(2, cli().run("roadmap", "extra").exit());
    }

    @Test
    void anotherCatalogueCanBeGivenAndABrokenOneIsInvalidInput() throws Exception {
        Path mini = Path.of(RoadmapCommandTest.class.getResource("/dev/skillradar/exchange/mini-roadmap.json").toURI());
        CliRunner.Result ok = cli().run("--roadmap", mini.toString(), "roadmap", "--format", "json");
        assertEquals(0, ok.exit(), ok::toString);
        assertEquals("mini-roadmap", new ObjectMapper().readTree(ok.out()).get("id").textValue());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": 1, \"id\": \"x\", \"id\": \"y\"}");
        CliRunner.Result bad = cli().run("--roadmap", broken.toString(), "roadmap");
        assertEquals(3, bad.exit(), bad::toString);
        assertTrue(bad.err().startsWith("skillradar: the roadmap file cannot be used: " + broken), bad.err());
        assertTrue(bad.err().contains("duplicate key"), bad.err());
        assertEquals(3, cli().run("--roadmap", dir.resolve("missing.json").toString(), "roadmap").exit());
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
