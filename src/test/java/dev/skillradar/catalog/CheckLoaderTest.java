package dev.skillradar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check statements of a format-2 catalogue: read on first use only, once, from the file the catalogue names
 * beside it, and refused with the checks file and the JSON pointer named for every kind of problem.
 */
class CheckLoaderTest {
    private static final String CHECKS = "ml-engineer-roadmap-2026.checks.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static String resource(String name) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream("/dev/skillradar/catalog/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode checksTree() {
        try {
            return (ObjectNode) MAPPER.readTree(resource(CHECKS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in catalogue and (mutated) checks written to the temp folder, then the catalogue loaded. */
    private Roadmap loadWith(Consumer<ObjectNode> mutation) throws IOException {
        Files.writeString(dir.resolve("catalogue.json"), resource("ml-engineer-roadmap-2026.json"));
        ObjectNode checks = checksTree();
        mutation.accept(checks);
        Files.writeString(dir.resolve(CHECKS), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(checks));
        return new CatalogLoader().load(dir.resolve("catalogue.json"));
    }

    private CatalogException fails(Consumer<ObjectNode> mutation) throws IOException {
        Roadmap roadmap = loadWith(mutation);
        return assertThrows(CatalogException.class, roadmap::checks, "the catalogue loads, its checks fail on first use");
    }

    private void assertProblem(CatalogException e, String place, String problem) {
        assertEquals(dir.resolve(CHECKS).toString(), e.file(), "the checks file is named");
        assertEquals(place, e.place(), "place");
        assertTrue(e.problem().contains(problem), "problem should contain \"" + problem + "\" but is: " + e.problem());
        assertTrue(e.getMessage().startsWith(e.file() + " at " + place + ": "), e.getMessage());
    }

    private static ObjectNode skill(ObjectNode checks, String id) {
        return (ObjectNode) checks.get("skills").get(id);
    }

    private static ArrayNode level(ObjectNode checks, String skill, int level) {
        return (ArrayNode) skill(checks, skill).get(String.valueOf(level));
    }

    // ---------------------------------------------------------------- the good cases

    @Test
    void theBuiltInCatalogueReadsItsChecksOnlyWhenAskedAndThenKeepsThem() {
        Roadmap r = new CatalogLoader().loadBuiltIn();
        assertEquals(2, r.format());
        assertTrue(r.hasChecks());
        assertFalse(r.checksLoaded(), "loading the catalogue does not read the checks");
        CheckCatalogue checks = r.checks().orElseThrow();
        assertTrue(r.checksLoaded());
        assertSame(checks, r.checks().orElseThrow(), "read once");
        assertEquals(437, checks.size());
        for (Skill s : r.skills()) {
            assertTrue(checks.has(s.id()), s.id());
            for (int level = 1; level <= 5; level++) {
                int n = checks.of(s.id(), level).size();
                assertTrue(n >= 2 && n <= 3, s.id() + " level " + level + ": " + n);
                checks.of(s.id(), level).forEach(st -> assertEquals(s.id(), st.skillId()));
            }
        }
        CheckStatement first = checks.of("python", 1).get(0);
        assertEquals(first, checks.statement(first.id()).orElseThrow());
        assertEquals(1, first.level());
        assertTrue(checks.note().en().contains("SkillRadar"), "the note says whose judgement they are");
        assertEquals(List.of(), checks.of("cobol"));
        assertEquals(List.of(), checks.of("python", 0));
    }

    @Test
    void theChecksAreNotReadBeforeFirstUse() throws IOException {
        Roadmap r = loadWith(c -> { });
        Files.delete(dir.resolve(CHECKS)); // gone after loading: only the first use can notice
        CatalogException e = assertThrows(CatalogException.class, r::checks);
        assertEquals(dir.resolve(CHECKS).toString(), e.file());
        assertTrue(e.problem().contains("file not found"), e.problem());
        CatalogException again = assertThrows(CatalogException.class, r::checks);
        assertEquals(e.getMessage(), again.getMessage(), "the same problem every time");
    }

    @Test
    void manyThreadsAskingAtOnceGetTheSameStatements() throws Exception {
        Roadmap r = loadWith(c -> { });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<CheckCatalogue>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> r.checks().orElseThrow());
            }
            Set<CheckCatalogue> seen = new HashSet<>();
            for (Future<CheckCatalogue> f : pool.invokeAll(calls)) {
                seen.add(f.get());
            }
            assertEquals(1, seen.size(), "one instance for every thread");
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- refusals, each with its place

    @Test
    void aMissingChecksFile() throws IOException {
        Files.writeString(dir.resolve("catalogue.json"), resource("ml-engineer-roadmap-2026.json"));
        Roadmap r = new CatalogLoader().load(dir.resolve("catalogue.json"));
        CatalogException e = assertThrows(CatalogException.class, r::checks);
        assertEquals(dir.resolve(CHECKS).toString(), e.file());
        assertEquals("", e.place());
        assertTrue(e.problem().startsWith("file not found"), e.problem());
    }

    @Test
    void aChecksNameWithAFolderIsRefusedWithTheCatalogue() throws IOException {
        String text = resource("ml-engineer-roadmap-2026.json").replace("\"checks\": \"" + CHECKS + "\"",
                "\"checks\": \"../elsewhere/" + CHECKS + "\"");
        Files.writeString(dir.resolve("catalogue.json"), text);
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogLoader().load(dir.resolve("catalogue.json")));
        assertEquals("/checks", e.place());
        assertTrue(e.problem().contains("no folders"), e.problem());
    }

    @Test
    void aFormatMismatch() throws IOException {
        assertProblem(fails(c -> c.put("format", 1)), "/format", "the checks are in format 1, but the catalogue is in format 2");
    }

    @Test
    void checksForAnotherRoadmap() throws IOException {
        assertProblem(fails(c -> c.put("roadmapId", "data-scientist")), "/roadmapId", "not 'ml-engineer-germany-2026'");
    }

    @Test
    void aStatementWithoutItsGermanText() throws IOException {
        assertProblem(fails(c -> ((ObjectNode) level(c, "docker", 3).get(1).get("text")).remove("de")),
                "/skills/docker/3/1/text", "missing translation 'de'");
    }

    @Test
    void aNoteWithoutItsEnglishText() throws IOException {
        assertProblem(fails(c -> ((ObjectNode) c.get("note")).remove("en")), "/note", "missing translation 'en'");
    }

    @Test
    void aMissingLevel() throws IOException {
        assertProblem(fails(c -> skill(c, "numpy").remove("3")), "/skills/numpy", "no statements for level 3");
    }

    @Test
    void aLevelWithoutStatements() throws IOException {
        assertProblem(fails(c -> level(c, "numpy", 2).removeAll()), "/skills/numpy/2", "has 0 statements; it needs 2 or 3");
    }

    @Test
    void aLevelWithOneStatement() throws IOException {
        assertProblem(fails(c -> {
            ArrayNode l = level(c, "sql", 4);
            while (l.size() > 1) {
                l.remove(l.size() - 1);
            }
        }), "/skills/sql/4", "level 4 has 1 statements");
    }

    @Test
    void aLevelWithFourStatements() throws IOException {
        assertProblem(fails(c -> {
            ArrayNode l = level(c, "sql", 5);
            while (l.size() < 4) {
                l.addObject().put("id", "sql-5-" + (char) ('w' + l.size())).set("text",
                        MAPPER.createObjectNode().put("en", "I have x").put("de", "Ich habe x"));
            }
        }), "/skills/sql/5", "level 5 has 4 statements");
    }

    @Test
    void aLevelThatIsNotOneToFive() throws IOException {
        assertProblem(fails(c -> skill(c, "sql").set("6", level(c, "sql", 5).deepCopy())), "/skills/sql/6",
                "'6' is not a level with statements");
    }

    @Test
    void aDuplicateIdAcrossSkills() throws IOException {
        String pythonId = level(checksTree(), "python", 1).get(0).get("id").asText();
        assertProblem(fails(c -> ((ObjectNode) level(c, "pandas", 2).get(0)).put("id", pythonId)),
                "/skills/pandas/2/0/id", "duplicate statement id '" + pythonId + "' (first at /skills/python/1/0/id)");
    }

    @Test
    void anInvalidId() throws IOException {
        assertProblem(fails(c -> ((ObjectNode) level(c, "pandas", 2).get(0)).put("id", "Pandas 2a")),
                "/skills/pandas/2/0/id", "is not a valid id");
    }

    @Test
    void anUnknownSkill() throws IOException {
        assertProblem(fails(c -> ((ObjectNode) c.get("skills")).set("cobol", skill(c, "sql").deepCopy())),
                "/skills/cobol", "unknown skill 'cobol'");
    }

    @Test
    void aSkillWithoutChecks() throws IOException {
        assertProblem(fails(c -> ((ObjectNode) c.get("skills")).remove("kubernetes")), "/skills",
                "no statements for the skill 'kubernetes'");
    }

    @Test
    void anUnknownFieldInAStatement() throws IOException {
        assertProblem(fails(c -> ((ObjectNode) level(c, "rag", 1).get(0)).put("weight", 1)), "/skills/rag/1/0",
                "unknown field 'weight'");
    }

    @Test
    void malformedChecksNameTheirLine() throws IOException {
        Files.writeString(dir.resolve("catalogue.json"), resource("ml-engineer-roadmap-2026.json"));
        Files.writeString(dir.resolve(CHECKS), "{\n  \"format\": 2,\n  \"roadmapId\" \"x\"\n}\n");
        Roadmap r = new CatalogLoader().load(dir.resolve("catalogue.json"));
        CatalogException e = assertThrows(CatalogException.class, r::checks);
        assertTrue(e.problem().startsWith("line 3, column "), e.problem());
    }

    @Test
    void aCatalogueReadFromAStreamCannotFindItsChecks() {
        Roadmap r = new CatalogLoader().load(new java.io.ByteArrayInputStream(
                resource("ml-engineer-roadmap-2026.json").getBytes(StandardCharsets.UTF_8)), "stream.json");
        assertTrue(r.hasChecks());
        assertThrows(CatalogException.class, r::checks);
    }
}
