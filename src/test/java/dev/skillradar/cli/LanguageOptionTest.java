package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code score --lang} and {@code history --lang}: the text output in English (the default, unchanged) or
 * German, all labels from the command line's bundles; JSON is the same in every language.
 */
class LanguageOptionTest {
    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir);
    }

    @BeforeEach
    void someRatings() {
        assertEquals(0, cli().run("rate", "python", "3").exit());
        assertEquals(0, cli().run("rate", "pytorch", "2").exit());
        assertEquals(0, cli().run("rate", "python", "4").exit());
    }

    @Test
    void scoreInGermanUsesGermanLabelsNamesAndNumbers() {
        CliRunner.Result r = cli().run("score", "--lang", "de");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("Bereitschaft des Profils „default“ für Junior ML Engineer: \\d+,\\d %"), lines.get(0));
        assertTrue(lines.contains("Nach Phase") && lines.contains("Nach Bereich"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  Phase 1: Grundlagen schaffen +\\d+,\\d %")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  Sprache +-  \\(kein Ziel gesetzt\\)")), r.out());
        assertTrue(r.out().contains("Größte Lücken (Priorität = Nachfrage der Arbeitgeber × fehlende Stufen"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  1\\. SQL +0 → 3   Nachfrage 80 % \\(Artikel\\) +Priorität 2,40")),
                r.out());
        assertTrue(r.out().contains("% (Schätzung)"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  … und \\d+ weitere \\(skillradar score --format json listet alle Lücken\\)")),
                r.out());
        assertTrue(r.out().matches("(?s).*Zeit bis zur Bereitschaft: \\d+–\\d+ Monate Lernzeit \\(die Rolle verlangt außerdem "
                + "0–2 Jahre Berufserfahrung, nicht eingerechnet\\)\n.*"), r.out());
        assertTrue(r.out().endsWith("Gehaltsband: 55.000–75.000 € pro Jahr\n"), r.out());
        for (String english : List.of("Readiness", "By phase", "Top gaps", "demand", "priority", "Time to ready",
                "Salary band", "months", "estimate", "article")) {
            assertFalse(r.out().contains(english), () -> "English '" + english + "' in:\n" + r.out());
        }
        assertTrue(new String(r.outBytes(), StandardCharsets.UTF_8).contains("Größte"), "UTF-8 on any stream");
    }

    @Test
    void theGermanColumnsLineUp() {
        List<String> lines = cli().run("score", "--lang", "de").out().lines().toList();
        List<Integer> percentColumns = lines.stream().filter(l -> l.endsWith(" %")).skip(1)
                .map(String::length).distinct().toList();
        assertEquals(1, percentColumns.size(), () -> "percentages end in one column: " + lines);
        int dash = lines.stream().filter(l -> l.startsWith("  Sprache")).findFirst().orElseThrow().indexOf('-');
        assertEquals(percentColumns.get(0) - 1, dash, "the dash stands under the percent signs");
        List<Integer> priorities = lines.stream().filter(l -> l.matches("  \\d\\. .*")).map(l -> l.indexOf("Priorität"))
                .distinct().toList();
        assertEquals(1, priorities.size(), () -> "one priority column: " + lines);
    }

    @Test
    void englishIsTheDefaultAndUnchanged() {
        CliRunner.Result plain = cli().run("score");
        CliRunner.Result en = cli().run("score", "--lang", "en");
        assertEquals(plain.out(), en.out());
        List<String> lines = plain.out().lines().toList();
        assertTrue(lines.get(0).matches("Readiness of profile \"default\" for Junior ML Engineer: \\d+\\.\\d%"), lines.get(0));
        assertTrue(lines.contains("  Language                                -  (nothing targeted)"), plain.out());
        assertTrue(lines.contains("Top gaps (priority = employer demand × levels missing; prerequisites come first)"));
        assertTrue(lines.contains("  1. SQL           0 → 3   demand 80% (article)    priority 2.40"), plain.out());
        assertTrue(lines.contains("  ... and 22 more (skillradar score --format json lists every gap)"), plain.out());
        assertTrue(plain.out().endsWith("Salary band: €55,000–75,000 a year\n"), plain.out());
        assertEquals(cli().run("history").out(), cli().run("history", "--lang", "en").out());
    }

    @ParameterizedTest
    @CsvSource({"score", "history"})
    void jsonIsTheSameInEveryLanguage(String command) {
        byte[] plain = cli().run(command, "--format", "json").outBytes();
        assertArrayEquals(plain, cli().run(command, "--format", "json", "--lang", "de").outBytes());
        assertArrayEquals(plain, cli().run(command, "--lang=en", "--format=json").outBytes());
    }

    @Test
    void historyInGerman() throws Exception {
        CliRunner.Result r = cli().run("history", "--lang", "de");
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("Änderungen der Einschätzungen im Profil „default“ (Zeiten in UTC)", lines.get(0));
        assertTrue(lines.get(3).matches(" +3  2026-03-01T09:30:00Z +python +3 → 4 +cli"), lines.get(3));

        Path file = dir.resolve("me.json");
        assertEquals(0, cli().run("export", file.toString()).exit());
        assertEquals(0, cli().run("import", file.toString(), "--replace").exit());
        String after = cli().run("history", "--lang", "de").out();
        assertTrue(after.matches("(?s).*\\(alle durch einen Import ersetzt\\) +import-replace\n.*"), after);

        CliRunner empty = new CliRunner(dir.resolve("empty"));
        assertEquals("Das Profil „default“ hat noch keine geänderten Einschätzungen.\n",
                empty.run("history", "--lang", "de").out());
        assertTrue(Files.exists(file));
    }

    @Test
    void aProfileNameThatLooksLikeAPlaceholderIsPrintedAsItIs() {
        assertEquals(0, cli().run("--profile", "{1}", "import", exported()).exit());
        CliRunner.Result r = cli().run("--profile", "{1}", "score", "--lang", "de");
        assertTrue(r.out().startsWith("Bereitschaft des Profils „{1}“ für Junior ML Engineer: "), r.out());
    }

    @ParameterizedTest
    @CsvSource({"score, fr", "history, DE", "score, ''"})
    void anUnknownLanguageIsAUsageError(String command, String lang) {
        CliRunner.Result r = cli().run(command, "--lang", lang);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("skillradar: "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void theHelpNamesTheOption() {
        for (String command : List.of("score", "history")) {
            CliRunner.Result help = cli().run(command, "--help");
            assertTrue(help.out().contains("[--lang en|de]"), help.out());
            assertTrue(help.out().contains("--lang en|de         language of the text output (default en)"), help.out());
        }
    }

    private String exported() {
        Path file = dir.resolve("export.json");
        assertEquals(0, cli().run("export", file.toString()).exit());
        return file.toString();
    }
}
