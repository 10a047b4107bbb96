package dev.skillradar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the self-assessment statements beside the catalogue (issue "Honest self-assessment"): every skill and
 * level has two or three checkable first-person statements in English and German, with stable ids, no templated
 * copies and none of the wording the app or the scales forbid. Each test collects every violation, so one run
 * lists all of them.
 */
class CheckStatementsContentTest {
    private static final String CHECKS = "/dev/skillradar/catalog/ml-engineer-roadmap-2026.checks.json";
    private static final List<String> LANGUAGES = List.of("en", "de");
    private static final List<String> LEVELS = List.of("1", "2", "3", "4", "5");
    private static final int MAX_LENGTH = 160;
    private static final Pattern ENGLISH_IN_GERMAN = Pattern.compile("\\b(the|and|with|have)\\b", Pattern.CASE_INSENSITIVE);

    /** One statement as it stands in the file, with where it was found. */
    private record Statement(String skillId, String level, String id, String en, String de) {
        String text(String language) {
            return language.equals("en") ? en : de;
        }
    }

    private static JsonNode catalogue;
    private static JsonNode checks;
    private static List<Statement> statements;

    @BeforeAll
    static void readBothFiles() {
        catalogue = read(CatalogLoader.BUILT_IN);
        checks = read(CHECKS);
        statements = new ArrayList<>();
        checks.path("skills").fields().forEachRemaining(skill -> skill.getValue().fields().forEachRemaining(level -> {
            for (JsonNode s : level.getValue()) {
                statements.add(new Statement(skill.getKey(), level.getKey(), s.path("id").asText(""),
                        s.path("text").path("en").asText(""), s.path("text").path("de").asText("")));
            }
        }));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CheckStatementsContentTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the class path");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> catalogueSkillIds() {
        Set<String> ids = new LinkedHashSet<>();
        catalogue.path("skills").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    private static void assertNone(List<String> violations, String what) {
        assertTrue(violations.isEmpty(), violations.size() + " " + what + ":\n" + String.join("\n", violations));
    }

    /** The text in lower case with the skill's English and German names replaced, so templated copies compare equal. */
    static String normalised(String text, JsonNode skillName) {
        String result = text.toLowerCase(Locale.ROOT);
        for (String language : LANGUAGES) {
            String name = skillName.path(language).asText().toLowerCase(Locale.ROOT);
            if (!name.isBlank()) {
                result = result.replace(name, "<skill>");
            }
        }
        return result.replaceAll("\\s+", " ").strip();
    }

    /** Matches a level name as a word or word stem ("Experte" also finds "Experten"), but "A1" not inside "A100". */
    static Pattern levelNamePattern(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?!\\p{N})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    // ---------------------------------------------------------------- shape

    @Test
    void fileHasFormatTwoTheCatalogueRoadmapIdAndANoteInBothLanguages() {
        assertEquals(Set.of("format", "roadmapId", "note", "skills"), fieldNames(checks));
        assertEquals(2, checks.path("format").asInt(-1));
        assertTrue(checks.path("format").isInt(), "format is a number");
        assertEquals(catalogue.path("id").asText(), checks.path("roadmapId").asText());
        assertEquals(Set.of("en", "de"), fieldNames(checks.path("note")));
        for (String language : LANGUAGES) {
            assertFalse(checks.path("note").path(language).asText("").isBlank(), "note." + language);
        }
    }

    @Test
    void everyCatalogueSkillHasLevelsOneToFiveAndNoOtherSkillIsListed() {
        assertEquals(catalogueSkillIds(), fieldNames(checks.path("skills")));
        List<String> violations = new ArrayList<>();
        checks.path("skills").fields().forEachRemaining(skill -> {
            if (!new HashSet<>(LEVELS).equals(fieldNames(skill.getValue()))) {
                violations.add(skill.getKey() + " has levels " + fieldNames(skill.getValue()));
            }
        });
        assertNone(violations, "skills without exactly the levels 1..5");
    }

    @Test
    void everyLevelHasTwoOrThreeStatementsOfIdAndTextInBothLanguages() {
        List<String> violations = new ArrayList<>();
        checks.path("skills").fields().forEachRemaining(skill -> skill.getValue().fields().forEachRemaining(level -> {
            String where = skill.getKey() + " level " + level.getKey();
            JsonNode list = level.getValue();
            if (!list.isArray() || list.size() < 2 || list.size() > 3) {
                violations.add(where + " has " + list.size() + " statements (or is no list)");
            }
            for (JsonNode s : list) {
                if (!Set.of("id", "text").equals(fieldNames(s)) || !Set.of("en", "de").equals(fieldNames(s.path("text")))) {
                    violations.add(where + ": statement fields " + fieldNames(s) + ", text fields " + fieldNames(s.path("text")));
                }
                for (String language : LANGUAGES) {
                    if (!s.path("text").path(language).isTextual() || s.path("text").path(language).asText().isBlank()) {
                        violations.add(where + ": blank " + language + " text in " + s.path("id").asText("(no id)"));
                    }
                }
            }
        }));
        assertNone(violations, "malformed levels or statements");
    }

    // ---------------------------------------------------------------- ids

    @Test
    void idsAreUniqueAndNameTheirSkillLevelAndALetter() {
        List<String> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Statement s : statements) {
            // Any letter, not a, b, c in order: a retired statement leaves its id unused rather than shifting the others.
            if (!s.id().matches(Pattern.quote(s.skillId() + "-" + s.level() + "-") + "[a-z]")) {
                violations.add(s.id() + " under " + s.skillId() + " level " + s.level());
            }
            if (!seen.add(s.id())) {
                violations.add(s.id() + " is used twice");
            }
        }
        assertNone(violations, "ids not of the form <skillId>-<level>-<letter> or not unique");
    }

    // ---------------------------------------------------------------- wording

    @Test
    void normalisingMakesACopyWithAnotherSkillNameEqual() {
        JsonNode numpy = new ObjectMapper().createObjectNode().put("en", "NumPy").put("de", "NumPy");
        JsonNode pandas = new ObjectMapper().createObjectNode().put("en", "Pandas").put("de", "Pandas");
        assertEquals(normalised("I have used  NumPy daily", numpy), normalised("I have used pandas daily", pandas));
    }

    @Test
    void noStatementRepeatsAcrossSkillsOrLevelsEvenWithTheSkillNameReplaced() {
        Map<String, JsonNode> names = new HashMap<>();
        catalogue.path("skills").forEach(s -> names.put(s.path("id").asText(), s.path("name")));
        List<String> violations = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, String> firstId = new HashMap<>();
            for (Statement s : statements) {
                String key = normalised(s.text(language), names.get(s.skillId()));
                String earlier = firstId.putIfAbsent(key, s.id());
                if (earlier != null) {
                    violations.add(s.id() + " repeats " + earlier + " (" + language + "): " + s.text(language));
                }
            }
        }
        assertNone(violations, "repeated statements");
    }

    @Test
    void germanTextDiffersFromEnglishAndHasNoEnglishFillerWords() {
        List<String> violations = new ArrayList<>();
        for (Statement s : statements) {
            if (s.de().strip().equalsIgnoreCase(s.en().strip())) {
                violations.add(s.id() + ": German equals English");
            }
            if (ENGLISH_IN_GERMAN.matcher(s.de()).find()) {
                violations.add(s.id() + ": " + s.de());
            }
        }
        assertNone(violations, "German texts that are English or contain the/and/with/have");
    }

    @Test
    void levelNameMatchingFindsStemsButNotLongerNumbers() {
        assertTrue(levelNamePattern("Experte").matcher("zwei Experten").find());
        assertTrue(levelNamePattern("Independent").matcher("worked independently").find());
        assertFalse(levelNamePattern("Aware").matcher("GPU hardware").find());
        assertFalse(levelNamePattern("A1").matcher("an A100 node").find());
    }

    @Test
    void noStatementNamesALevelOfEitherScaleInEitherLanguage() {
        Set<String> levelNames = new LinkedHashSet<>();
        catalogue.path("scales").forEach(scale -> scale.forEach(level -> LANGUAGES.forEach(
                language -> levelNames.add(level.path("name").path(language).asText()))));
        assertTrue(levelNames.containsAll(Set.of("Expert", "Experte", "A1", "C1 oder höher")), "scales read: " + levelNames);
        List<String> violations = new ArrayList<>();
        for (String name : levelNames) {
            Pattern pattern = levelNamePattern(name);
            for (Statement s : statements) {
                for (String language : LANGUAGES) {
                    if (pattern.matcher(s.text(language)).find()) {
                        violations.add(s.id() + " (" + language + ") names \"" + name + "\": " + s.text(language));
                    }
                }
            }
        }
        assertNone(violations, "statements naming a level");
    }

    @Test
    void noTextHasAnAsciiApostropheOrQuote() {
        List<String> texts = new ArrayList<>();
        LANGUAGES.forEach(language -> texts.add("note." + language + ": " + checks.path("note").path(language).asText()));
        statements.forEach(s -> LANGUAGES.forEach(language -> texts.add(s.id() + " (" + language + "): " + s.text(language))));
        // The app's message formatting treats ' as a quote character; typographic ’ and „“ are fine.
        assertNone(texts.stream().filter(t -> t.indexOf('\'') >= 0 || t.indexOf('"') >= 0).toList(),
                "texts with ' or \"");
    }

    @Test
    void statementsAreSingleFirstPersonLinesWithinTheLengthBoundAndWithoutFinalPeriod() {
        List<String> violations = new ArrayList<>();
        for (Statement s : statements) {
            if (!s.en().startsWith("I ")) {
                violations.add(s.id() + " (en) does not start with \"I \": " + s.en());
            }
            if (!s.de().startsWith("Ich ")) {
                violations.add(s.id() + " (de) does not start with \"Ich \": " + s.de());
            }
            for (String language : LANGUAGES) {
                String text = s.text(language);
                if (text.length() > MAX_LENGTH) {
                    violations.add(s.id() + " (" + language + ") has " + text.length() + " characters: " + text);
                }
                if (text.endsWith(".") || text.contains("\n") || !text.equals(text.strip())) {
                    violations.add(s.id() + " (" + language + ") ends with a period or has line breaks or outer spaces");
                }
            }
        }
        assertNone(violations, "statements breaking the form");
    }
}
