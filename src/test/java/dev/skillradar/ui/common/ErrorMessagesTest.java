package dev.skillradar.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Language;
import dev.skillradar.exchange.ExportTooLargeException;
import dev.skillradar.exchange.ImportProblem;
import dev.skillradar.exchange.InvalidDocumentException;
import dev.skillradar.exchange.ProfileImporter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Import and export problems in the window's language, with what is wrong and where. */
class ErrorMessagesTest {
    /** A valid file for the built-in catalogue; each case below breaks one thing. */
    private static final String VALID = """
            {
              "format": 1,
              "app": "skillradar",
              "appVersion": "0.1.0",
              "roadmapId": "%s",
              "exportedAt": "2026-01-31T12:00:00Z",
              "profile": {"name": "Anna", "targetRole": "junior"},
              "ratings": [
                {"skill": "python", "level": 3, "note": null, "evidence": null, "updatedAt": "2026-01-30T10:00:00Z"}
              ],
              "history": [
                {"seq": 1, "at": "2026-01-30T10:00:00Z", "skill": "python", "oldLevel": null, "newLevel": 3, "origin": "app"}
              ]
            }
            """.formatted(TestSession.roadmap().id());

    private final ErrorMessages en = new ErrorMessages(new Messages(Language.EN));
    private final ErrorMessages de = new ErrorMessages(new Messages(Language.DE));

    @Test
    void theValidFileIsValid() throws Exception {
        assertEquals("Anna", new ProfileImporter(TestSession.roadmap()).read(VALID.getBytes(StandardCharsets.UTF_8)).name());
    }

    @Test
    void everyKindAndEveryFoundValueHasATextInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Language lang : Language.values()) {
            Messages m = new Messages(lang);
            for (ImportProblem kind : ImportProblem.values()) {
                if (!m.has("error.import." + kind.key())) {
                    missing.add(lang + ": error.import." + kind.key());
                }
            }
            for (ImportProblem.Found.What what : ImportProblem.Found.What.values()) {
                String key = "error.import.found." + what.name().toLowerCase(java.util.Locale.ROOT);
                if (!m.has(key)) {
                    missing.add(lang + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated        | Zeile 4, Spalte                                                  | das JSON endet zu früh",
        "unknownSkill     | /ratings/0/skill                                                 | unbekannte Kompetenz „pythn“",
        "levelOutOfRange  | /ratings/0/level                                                 | Stufe 7 liegt außerhalb von 0 bis 5",
        "newerFormat      | /format                                                          | Formatversion 3 wird nicht unterstützt (diese SkillRadar-Version liest Format 2)",
        "levelAsText      | /ratings/0/level                                                 | erwartet wird eine ganze Zahl, gefunden wurde der Text „3“",
        "fraction         | /ratings/0/level                                                 | erwartet wird eine ganze Zahl, gefunden wurde die Zahl 2.5",
        "unknownField     | /ratings/0/stars                                                 | unbekanntes Feld „stars“",
        "missingField     | oberste Ebene                                                    | das Feld „history“ fehlt",
        "duplicateKey     | Zeile 3, Spalte                                                  | ungültiges JSON: Der Schlüssel „app“ kommt im selben Objekt zweimal vor",
        "tooDeep          | Zeile 3, Spalte                                                  | das Dokument ist tiefer als 32 Ebenen verschachtelt",
        "javascriptLink   | /ratings/0/evidence                                              | erlaubt sind nur Links, die mit http:// oder https:// beginnen",
        "otherRoadmap     | /roadmapId                                                       | das Profil wurde für die Roadmap „data-scientist“ erstellt",
        "unknownWord      | Zeile 2, Spalte                                                  | ungültiges JSON: unbekanntes Wort „tru“",
        "noteTooLong      | /ratings/0/note                                                  | die Notiz hat 4.001 Zeichen, mehr als die erlaubten 4.000"})
    void germanNamesTheProblemAndItsPlaceInGerman(String name, String place, String problem) {
        InvalidDocumentException e = refusal(name);
        String text = de.describe(e);
        assertTrue(text.contains(problem), () -> name + ": " + text);
        assertTrue(text.contains("(Stelle: " + place), () -> name + ": " + text);
        assertNoEnglish(text, e);
    }

    @Test
    void englishNamesTheProblemAndItsPlaceToo() {
        assertEquals("level 7 is outside 0 to 5 (at /ratings/0/level)", en.describe(refusal("levelOutOfRange")));
        assertTrue(en.describe(refusal("truncated")).matches("the JSON ends too early: the file seems to be cut off "
                + "\\(at line 4, column \\d+\\)"), en.describe(refusal("truncated")));
        assertEquals("the field “history” is missing (at the top level)", en.describe(refusal("missingField")));
    }

    @Test
    void fileProblemsHaveNoPlaceAndSizesFollowTheLanguage() {
        var large = new InvalidDocumentException(ImportProblem.TOO_LARGE, new ImportProblem.Bytes(64L * 1024 * 1024 + 1),
                new ImportProblem.Bytes(64L * 1024 * 1024));
        assertEquals("die Datei ist zu groß (64,0 MiB; erlaubt sind höchstens 64 MiB)", de.describe(large));
        assertEquals("the file is too large (64.0 MiB; the limit is 64 MiB)", en.describe(large));
        assertEquals("die Datei existiert nicht", de.describe(new CompletionException(
                new InvalidDocumentException(ImportProblem.NO_SUCH_FILE))));
        assertEquals("1,5 MiB", de.size(1536 * 1024));
        assertEquals("812 KiB", en.size(812 * 1024));
    }

    @Test
    void anExportTooLargeForAnImportIsWordedInGerman() {
        String text = de.describe(new ExportTooLargeException(70L * 1024 * 1024, 64L * 1024 * 1024));
        assertEquals("Der Export wäre 70 MiB groß, mehr als die 64 MiB, die ein Import annimmt. Es wurde nichts geschrieben.", text);
    }

    @Test
    void theTopLevelThatIsNoObjectSaysWhatItIs() {
        var e = assertThrows(InvalidDocumentException.class,
                () -> new ProfileImporter(TestSession.roadmap()).read("[1]".getBytes(StandardCharsets.UTF_8)));
        assertEquals("erwartet wird ein Objekt, gefunden wurde eine Liste (JSON-Array) (Stelle: oberste Ebene)", de.describe(e));
    }

    /** The German text holds none of the English problem's words beyond the values from the file. */
    private static void assertNoEnglish(String german, InvalidDocumentException e) {
        for (String word : List.of("expected", "found", "unknown", "missing", "line", "column", "malformed", "level ",
                "outside", "at /", "is not", "the ")) {
            assertFalse(Pattern.compile("\\b" + Pattern.quote(word)).matcher(german).find(),
                    () -> "English word '" + word + "' in: " + german + " (English: " + e.getMessage() + ")");
        }
    }

    private static InvalidDocumentException refusal(String name) {
        String doc = switch (name) {
            case "truncated" -> VALID.substring(0, VALID.indexOf("\"appVersion\"") + 20);
            case "unknownSkill" -> VALID.replace("\"python\"", "\"pythn\"");
            case "levelOutOfRange" -> VALID.replace("\"level\": 3", "\"level\": 7");
            case "newerFormat" -> VALID.replace("\"format\": 1", "\"format\": 3");
            case "levelAsText" -> VALID.replace("\"level\": 3", "\"level\": \"3\"");
            case "fraction" -> VALID.replace("\"level\": 3", "\"level\": 2.5");
            case "unknownField" -> VALID.replace("\"level\": 3,", "\"level\": 3, \"stars\": 5,");
            case "missingField" -> VALID.substring(0, VALID.indexOf(",\n  \"history\"")) + "\n}\n";
            case "duplicateKey" -> VALID.replace("\"app\": \"skillradar\",", "\"app\": \"skillradar\", \"app\": \"x\",");
            case "tooDeep" -> VALID.replace("\"app\": \"skillradar\",", "\"app\": \"skillradar\", \"x\": "
                    + "[".repeat(40) + "]".repeat(40) + ",");
            case "javascriptLink" -> VALID.replace("\"evidence\": null", "\"evidence\": \"javascript:alert(1)\"");
            case "otherRoadmap" -> VALID.replace(TestSession.roadmap().id(), "data-scientist");
            case "unknownWord" -> VALID.replace("\"format\": 1", "\"format\": tru");
            case "noteTooLong" -> VALID.replace("\"note\": null", "\"note\": \"" + "x".repeat(4001) + "\"");
            default -> throw new IllegalArgumentException(name);
        };
        return assertThrows(InvalidDocumentException.class,
                () -> new ProfileImporter(TestSession.roadmap()).read(doc.getBytes(StandardCharsets.UTF_8)), name);
    }
}
