package dev.skillradar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken variants of the built-in catalogue: each must fail with a {@link CatalogException} that names the file,
 * the place (a JSON pointer, or line and column for syntax errors) and the problem.
 */
class CatalogLoaderTest {
    private static final String FILE = "test.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    // ---------------------------------------------------------------- helpers

    private static String builtInText() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUILT_IN)) {
            assertTrue(in != null, "the built-in catalogue is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode builtInTree() {
        try {
            return (ObjectNode) MAPPER.readTree(builtInText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Roadmap load(String text) {
        return new CatalogLoader().load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static CatalogException failsOnText(String text) {
        return assertThrows(CatalogException.class, () -> load(text));
    }

    /** Mutates a copy of the built-in catalogue tree and expects loading it to fail. */
    private static CatalogException fails(Consumer<ObjectNode> mutation) {
        ObjectNode tree = builtInTree();
        mutation.accept(tree);
        String text;
        try {
            text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failsOnText(text);
    }

    private static void assertProblem(CatalogException e, String place, String problem) {
        assertEquals(FILE, e.file(), "file");
        assertEquals(place, e.place(), "place");
        assertTrue(e.problem().contains(problem), "problem should contain \"" + problem + "\" but is: " + e.problem());
        assertTrue(e.getMessage().startsWith(FILE + " at " + place + ": "), "message names file and place: " + e.getMessage());
        assertTrue(e.getMessage().contains(problem), "message names the problem: " + e.getMessage());
    }

    /** Syntax errors have no JSON pointer; their place is the line and column in the problem text. */
    private static void assertSyntaxProblem(CatalogException e, int line, String problem) {
        assertEquals(FILE, e.file(), "file");
        assertTrue(Pattern.compile("^line " + line + ", column \\d+: ").matcher(e.problem()).find(),
                "problem names line " + line + " and a column: " + e.problem());
        assertTrue(e.problem().toLowerCase().contains(problem.toLowerCase()),
                "problem should contain \"" + problem + "\" but is: " + e.problem());
        assertTrue(e.getMessage().startsWith(FILE + ": line " + line + ", column "), "message: " + e.getMessage());
    }

    private static ArrayNode skills(ObjectNode tree) {
        return (ArrayNode) tree.get("skills");
    }

    private static ObjectNode skill(ObjectNode tree, int index) {
        return (ObjectNode) skills(tree).get(index);
    }

    private static int skillIndex(String id) {
        ArrayNode skills = skills(builtInTree());
        for (int i = 0; i < skills.size(); i++) {
            if (skills.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no skill " + id + " in the built-in catalogue");
    }

    private static ObjectNode skill(ObjectNode tree, String id) {
        return skill(tree, skillIndex(id));
    }

    private static ObjectNode targets(ObjectNode tree, int role) {
        return (ObjectNode) tree.get("roles").get(role).get("targets");
    }

    private static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        assertTrue(at >= 0, "snippet present: " + snippet);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    // ---------------------------------------------------------------- the good cases

    @Test
    void builtInLoads() {
        Roadmap r = new CatalogLoader().loadBuiltIn();
        assertEquals("ml-engineer-germany-2026", r.id());
        assertEquals(33, r.skills().size());
    }

    @Test
    void builtInTextLoadsThroughTheStreamAndAfterARoundTrip() {
        assertEquals(33, load(builtInText()).skills().size());
        // The mutation helper's serialisation alone must not break anything.
        ObjectNode tree = builtInTree();
        assertEquals(33, load(tree.toString()).skills().size());
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalogue.json");
        Files.writeString(file, builtInText(), StandardCharsets.UTF_8);
        assertEquals(33, new CatalogLoader().load(file).skills().size());
    }

    @Test
    void missingFileSaysFileNotFound(@TempDir Path dir) {
        Path file = dir.resolve("no-such-catalogue.json");
        CatalogException e = assertThrows(CatalogException.class, () -> new CatalogLoader().load(file));
        assertEquals(file.toString(), e.file());
        assertEquals("file not found", e.problem());
        assertTrue(e.getMessage().contains("no-such-catalogue.json"), e.getMessage());
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());
    }

    // ---------------------------------------------------------------- ids and references

    @Test
    void duplicateSkillId() {
        CatalogException e = fails(t -> skill(t, 1).put("id", "python"));
        assertProblem(e, "/skills/1/id", "duplicate skill id 'python'");
    }

    @Test
    void invalidSkillId() {
        CatalogException e = fails(t -> skill(t, 2).put("id", "Not_Kebab"));
        assertProblem(e, "/skills/2/id", "'Not_Kebab' is not a valid id");
    }

    @Test
    void unknownPhaseOfASkill() {
        int i = skillIndex("numpy");
        CatalogException e = fails(t -> skill(t, i).put("phase", "phase-9"));
        assertProblem(e, "/skills/" + i + "/phase", "unknown phase 'phase-9'");
    }

    @Test
    void unknownAreaOfASkill() {
        int i = skillIndex("sql");
        CatalogException e = fails(t -> skill(t, i).put("area", "databases"));
        assertProblem(e, "/skills/" + i + "/area", "unknown area 'databases'");
    }

    @Test
    void unknownPrerequisite() {
        int i = skillIndex("numpy");
        CatalogException e = fails(t -> ((ArrayNode) skill(t, i).get("prerequisites")).add("no-such-skill"));
        assertProblem(e, "/skills/" + i + "/prerequisites/1", "unknown skill 'no-such-skill'");
    }

    @Test
    void unknownResourceOfASkill() {
        int i = skillIndex("sql");
        CatalogException e = fails(t -> ((ArrayNode) skill(t, i).get("resources")).add("no-such-resource"));
        assertProblem(e, "/skills/" + i + "/resources/1", "unknown resource 'no-such-resource'");
    }

    @Test
    void unknownGroupMember() {
        CatalogException e = fails(t -> ((ArrayNode) t.get("groups").get(0).get("members")).set(1, "no-such-skill"));
        assertProblem(e, "/groups/0/members/1", "unknown skill 'no-such-skill'");
    }

    @Test
    void skillInTwoGroups() {
        CatalogException e = fails(t -> ((ArrayNode) t.get("groups").get(1).get("members")).add("pytorch"));
        assertProblem(e, "/groups/1/members/3", "already in another group");
    }

    @Test
    void groupMembersMustShareTheirPhaseAndArea() {
        CatalogException e = fails(t -> ((ArrayNode) t.get("groups").get(0).get("members")).add("sql"));
        assertProblem(e, "/groups/0/members", "share phase and area");
    }

    @Test
    void unknownSkillInRoleTargets() {
        CatalogException e = fails(t -> targets(t, 0).put("no-such-skill", 2));
        assertProblem(e, "/roles/0/targets/no-such-skill", "unknown skill 'no-such-skill'");
    }

    @Test
    void rolePlaceIsAnEscapedJsonPointer() {
        CatalogException e = fails(t -> targets(t, 2).put("a/b~c", 2));
        assertProblem(e, "/roles/2/targets/a~1b~0c", "unknown skill 'a/b~c'");
    }

    @Test
    void missingTargetForASkill() {
        CatalogException e = fails(t -> targets(t, 1).remove("sql"));
        assertProblem(e, "/roles/1/targets", "no target level for skill 'sql'");
    }

    @Test
    void targetOutsideTheScale() {
        CatalogException e = fails(t -> targets(t, 0).put("python", 6));
        assertProblem(e, "/roles/0/targets/python", "target level 6 is outside 0..5");
    }

    // ---------------------------------------------------------------- prerequisites

    @Test
    void prerequisiteCycle() {
        // numpy needs python; making python need numpy closes the cycle python -> numpy -> python.
        int python = skillIndex("python");
        CatalogException e = fails(t -> ((ArrayNode) skill(t, python).get("prerequisites")).add("numpy"));
        assertProblem(e, "/skills/" + python + "/prerequisites", "prerequisite cycle: python -> numpy -> python");
    }

    @Test
    void longerPrerequisiteCycle() {
        int la = skillIndex("linear-algebra");
        CatalogException e = fails(t -> ((ArrayNode) skill(t, la).get("prerequisites")).add("cnn"));
        assertTrue(e.problem().startsWith("prerequisite cycle: "), e.problem());
        assertTrue(e.problem().contains("linear-algebra") && e.problem().contains("neural-networks")
                && e.problem().contains("cnn"), e.problem());
        assertTrue(e.place().matches("/skills/\\d+/prerequisites"), e.place());
    }

    @Test
    void skillAsItsOwnPrerequisite() {
        int i = skillIndex("sql");
        CatalogException e = fails(t -> ((ArrayNode) skill(t, i).get("prerequisites")).add("sql"));
        assertProblem(e, "/skills/" + i + "/prerequisites/0", "cannot be its own prerequisite");
    }

    // ---------------------------------------------------------------- values

    @ParameterizedTest(name = "weight {0}")
    @ValueSource(doubles = {1.2, -0.1})
    void weightOutsideZeroToOne(double weight) {
        int i = skillIndex("python");
        CatalogException e = fails(t -> ((ObjectNode) skill(t, i).get("demand")).put("weight", weight));
        assertProblem(e, "/skills/" + i + "/demand/weight", "weight " + weight + " is outside 0..1");
    }

    @Test
    void weightThatIsNotANumber() {
        CatalogException e = fails(t -> ((ObjectNode) skill(t, 0).get("demand")).put("weight", "0.5"));
        assertProblem(e, "/skills/0/demand/weight", "expected a number");
    }

    @Test
    void unknownDemandSource() {
        CatalogException e = fails(t -> ((ObjectNode) skill(t, 0).get("demand")).put("source", "survey"));
        assertProblem(e, "/skills/0/demand/source", "expected \"article\" or \"estimate\"");
    }

    @Test
    void nonHttpResourceUrl() {
        CatalogException e = fails(t -> ((ObjectNode) t.get("resources").get(0)).put("url", "ftp://example.org/x"));
        assertProblem(e, "/resources/0/url", "only http:// and https:// links are allowed");
    }

    @Test
    void phaseDurationBackwards() {
        CatalogException e = fails(t -> ((ObjectNode) t.get("phases").get(1)).put("monthsMax", 2));
        assertProblem(e, "/phases/1/monthsMax", "not valid");
    }

    @Test
    void salaryMaxBelowMin() {
        CatalogException e = fails(t -> ((ObjectNode) t.get("roles").get(0)).put("salaryMax", 1000));
        assertProblem(e, "/roles/0/salaryMax", "salaryMax is below salaryMin");
    }

    @Test
    void nonOptionalSkillWithoutPhase() {
        CatalogException e = fails(t -> skill(t, 0).remove("phase"));
        assertProblem(e, "/skills/0", "a skill outside every phase must be optional");
    }

    @Test
    void scaleLevelsOutOfOrder() {
        CatalogException e = fails(t -> ((ObjectNode) t.get("scales").get("cefr").get(2)).put("level", 3));
        assertProblem(e, "/scales/cefr/2/level", "expected level 2 here");
    }

    // ---------------------------------------------------------------- translations

    @Test
    void missingGermanTranslation() {
        int i = skillIndex("pandas");
        CatalogException e = fails(t -> ((ObjectNode) skill(t, i).get("description")).remove("de"));
        assertProblem(e, "/skills/" + i + "/description", "missing translation 'de'");
    }

    @Test
    void missingGermanTranslationOfTheTitle() {
        CatalogException e = fails(t -> ((ObjectNode) t.get("title")).remove("de"));
        assertProblem(e, "/title", "missing translation 'de'");
    }

    @Test
    void blankGermanTranslation() {
        CatalogException e = fails(t -> ((ObjectNode) t.get("market").get("facts").get(0)).put("de", "  "));
        assertProblem(e, "/market/facts/0/de", "expected a non-empty text");
    }

    @Test
    void unknownLanguage() {
        CatalogException e = fails(t -> ((ObjectNode) t.get("intro")).put("fr", "Bonjour"));
        assertProblem(e, "/intro", "unknown language 'fr'");
    }

    @Test
    void textThatIsNotLocalized() {
        CatalogException e = fails(t -> ((ObjectNode) t.get("phases").get(0)).put("focus", "English only"));
        assertProblem(e, "/phases/0/focus", "expected a text in every language");
    }

    // ---------------------------------------------------------------- structure

    @Test
    void unknownField() {
        int i = skillIndex("pandas");
        CatalogException e = fails(t -> skill(t, i).put("level", 3));
        assertProblem(e, "/skills/" + i, "unknown field 'level'");
    }

    @Test
    void unknownTopLevelField() {
        CatalogException e = fails(t -> t.put("author", "someone"));
        assertProblem(e, "/", "unknown field 'author'");
    }

    @Test
    void missingField() {
        CatalogException e = fails(t -> ((ObjectNode) t.get("market")).remove("employers"));
        assertProblem(e, "/market", "missing field 'employers'");
    }

    @Test
    void wrongFormatNumber() {
        CatalogException e = fails(t -> t.put("format", 3));
        assertProblem(e, "/format", "unsupported catalogue format 3 (this version reads 1 and 2)");
    }

    @Test
    void aFormatTwoCatalogueNamesItsChecks() {
        CatalogException e = fails(t -> t.remove("checks"));
        assertProblem(e, "/", "missing field 'checks'");
    }

    @Test
    void aFormatOneCatalogueHasNoChecksField() {
        CatalogException e = fails(t -> t.put("format", 1));
        assertProblem(e, "/", "unknown field 'checks'");
    }

    @Test
    void aFormatOneCatalogueStillLoadsWithoutChecks() {
        ObjectNode tree = builtInTree();
        tree.put("format", 1).remove("checks");
        Roadmap r = load(tree.toString());
        assertEquals(1, r.format());
        assertEquals(false, r.hasChecks());
        assertEquals(java.util.Optional.empty(), r.checks());
        assertEquals(33, r.skills().size());
    }

    @Test
    void formatThatIsNotAWholeNumber() {
        CatalogException e = fails(t -> t.put("format", 1.5));
        assertProblem(e, "/format", "expected a whole number");
    }

    @Test
    void rootThatIsNotAnObject() {
        CatalogException e = failsOnText("[1, 2, 3]");
        assertProblem(e, "/", "expected an object");
    }

    // ---------------------------------------------------------------- syntax

    @Test
    void malformedJsonNamesLineAndColumn() {
        CatalogException e = failsOnText("{\n  \"format\": 1,\n  \"id\": \"x\"\n  \"title\": {}\n}\n");
        assertSyntaxProblem(e, 4, "comma");
    }

    @Test
    void malformedBuiltInNamesTheRightLine() {
        String text = builtInText();
        String snippet = "\"id\": \"calculus\",";
        int line = lineOf(text, snippet);
        CatalogException e = failsOnText(text.replace(snippet, "\"id\": \"calculus\""));
        assertSyntaxProblem(e, line + 1, "");
    }

    @Test
    void truncatedDocument() {
        String text = builtInText();
        String cut = text.substring(0, text.length() / 2);
        CatalogException e = failsOnText(cut);
        assertSyntaxProblem(e, (int) cut.chars().filter(c -> c == '\n').count() + 1, "end-of-input");
    }

    @Test
    void emptyFile() {
        CatalogException e = failsOnText("");
        assertSyntaxProblem(e, 1, "empty");
    }

    @ParameterizedTest(name = "trailing {0}")
    @ValueSource(strings = {"{}", "}", "x", "\"more\"", "[1]"})
    void trailingContentAfterTheDocument(String trailing) {
        String text = builtInText().stripTrailing() + "\n" + trailing + "\n";
        int line = (int) text.stripTrailing().chars().filter(c -> c == '\n').count() + 1;
        CatalogException e = failsOnText(text);
        assertSyntaxProblem(e, line, "unexpected content after the end of the JSON document");
    }

    @Test
    void duplicateKey() {
        String text = builtInText();
        String snippet = "\"id\": \"ml-engineer-germany-2026\",";
        int line = lineOf(text, snippet);
        CatalogException e = failsOnText(text.replace(snippet, snippet + "\n  \"id\": \"other\","));
        assertSyntaxProblem(e, line + 1, "duplicate key 'id'");
    }

    @Test
    void duplicateKeyDeepInside() {
        String text = builtInText();
        String snippet = "\"optional\": true,";
        int line = lineOf(text, snippet);
        CatalogException e = failsOnText(text.replace(snippet, snippet + " \"optional\": false,"));
        assertSyntaxProblem(e, line, "duplicate key 'optional'");
    }
}
