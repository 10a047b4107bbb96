package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The confirmations of rate, target, check, confirm, basis and settings with {@code --lang}: German from the command
 * line's German bundle (formal, „…“ quotes, the catalogue's German names), English by default and with
 * {@code --lang en}, word for word as before the bundles. An unknown language is exit 2 and changes nothing.
 */
class ConfirmationLanguageTest {
    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir.resolve("data"));
    }

    /** Runs, expects exit 0 and nothing on stderr, returns stdout. */
    private String ok(String... args) {
        CliRunner.Result r = cli().run(args);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        return r.out();
    }

    @Test
    void rateConfirmsInGermanWithTheGermanSkillAndLevelNames() {
        assertEquals("Gespeichert: Lineare Algebra (linear-algebra) = 3 Selbstständig im Profil „default“ "
                + "(erste Einschätzung).\n", ok("rate", "linear-algebra", "3", "--lang", "de"));
        assertEquals("Gespeichert: Lineare Algebra (linear-algebra) = 3 Selbstständig im Profil „default“ "
                + "(unverändert).\n", ok("rate", "linear-algebra", "3", "--lang=de"));
        assertEquals("Gespeichert: Lineare Algebra (linear-algebra) = 4 Versiert im Profil „default“ (vorher 3).\n",
                ok("rate", "linear-algebra", "4", "--lang", "de"));
        assertEquals("Gespeichert: Deutsch (german) = 4 B2 im Profil „default“ (erste Einschätzung).\n",
                ok("rate", "german", "4", "--lang", "de"));
    }

    @Test
    void rateConfirmsInEnglishByDefaultAsBefore() {
        assertEquals("Saved: Linear algebra (linear-algebra) = 3 Independent in profile \"default\" (first rating).\n",
                ok("rate", "linear-algebra", "3"));
        assertEquals("Saved: Linear algebra (linear-algebra) = 3 Independent in profile \"default\" (unchanged).\n",
                ok("rate", "linear-algebra", "3", "--lang", "en"));
        assertEquals("Saved: Linear algebra (linear-algebra) = 4 Proficient in profile \"default\" (was 3).\n",
                ok("rate", "linear-algebra", "4"));
        assertEquals("Saved: German (german) = 4 B2 in profile \"default\" (first rating).\n", ok("rate", "german", "4"));
    }

    @Test
    void targetConfirmsWithTheRolesNameInTheLanguage() {
        assertEquals("Das Profil „default“ zielt jetzt auf die Rolle ML Engineer (Mid-Level), Kennung „mid“.\n",
                ok("target", "mid", "--lang", "de"));
        assertEquals("Profile \"default\" now aims for Mid-level ML Engineer (mid).\n", ok("target", "mid"));
        assertEquals("Profile \"default\" now aims for Senior ML Engineer (senior).\n", ok("target", "senior", "--lang", "en"));
    }

    @Test
    void checkConfirmsTicksAndUnticksInGermanWithSingularAndPlural() {
        assertEquals("1 Aussage zu Docker (docker) im Profil „default“ abgehakt: docker-1-a. Stufe laut Selbstcheck: 0, "
                + "Selbsteinschätzung: keine.\n", ok("check", "docker", "docker-1-a", "--lang", "de"));
        ok("rate", "docker", "1");
        assertEquals("2 Aussagen zu Docker (docker) im Profil „default“ abgehakt: docker-1-a, docker-1-b. "
                + "Stufe laut Selbstcheck: 1, Selbsteinschätzung: 1.\n",
                ok("check", "docker", "docker-1-a", "docker-1-b", "--lang", "de"));
        assertEquals("Häkchen bei 1 von 1 Aussage zu Docker (docker) im Profil „default“ entfernt: docker-1-a. "
                + "Stufe laut Selbstcheck: 0, Selbsteinschätzung: 1.\n",
                ok("check", "docker", "docker-1-a", "--clear", "--lang", "de"));
        assertEquals("Häkchen bei 1 von 2 Aussagen zu Docker (docker) im Profil „default“ entfernt: docker-1-a, docker-1-b. "
                + "Stufe laut Selbstcheck: 0, Selbsteinschätzung: 1.\n",
                ok("check", "docker", "docker-1-a", "docker-1-b", "--clear", "--lang", "de"));
    }

    @Test
    void checkConfirmsInEnglishByDefaultAsBefore() {
        assertEquals("Ticked 1 statement of Docker (docker) in profile \"default\": docker-1-a. Check-based level 0, "
                + "self-rating none.\n", ok("check", "docker", "docker-1-a"));
        ok("rate", "docker", "1");
        assertEquals("Ticked 2 statements of Docker (docker) in profile \"default\": docker-1-a, docker-1-b. "
                + "Check-based level 1, self-rating 1.\n", ok("check", "docker", "docker-1-a", "docker-1-b", "--lang", "en"));
        assertEquals("Unticked 1 of 1 statement of Docker (docker) in profile \"default\": docker-1-a. Check-based level 0, "
                + "self-rating 1.\n", ok("check", "docker", "docker-1-a", "--clear"));
        assertEquals("Unticked 1 of 2 statements of Docker (docker) in profile \"default\": docker-1-a, docker-1-b. "
                + "Check-based level 0, self-rating 1.\n", ok("check", "docker", "docker-1-a", "docker-1-b", "--clear"));
    }

    @Test
    void confirmCountsTheRatingsInTheLanguage() {
        assertEquals("Nichts zu bestätigen: Das Profil „default“ hat noch keine Einschätzungen.\n",
                ok("confirm", "--all", "--lang", "de"));
        assertEquals("Nothing to confirm: profile \"default\" has no ratings yet.\n", ok("confirm", "--all"));
        ok("rate", "python", "3");
        ok("rate", "german", "4");
        assertEquals("1 Einschätzung im Profil „default“ bestätigt: Python (python) 3.\n",
                ok("confirm", "python", "--lang", "de"));
        assertEquals("2 Einschätzungen im Profil „default“ bestätigt: Python (python) 3, Deutsch (german) 4.\n",
                ok("confirm", "--all", "--lang", "de"));
        assertEquals("Confirmed 1 rating in profile \"default\": German (german) 4.\n", ok("confirm", "german"));
        assertEquals("Confirmed 2 ratings in profile \"default\": Python (python) 3, German (german) 4.\n",
                ok("confirm", "--all", "--lang", "en"));
    }

    @Test
    void basisShowsAndSetsInTheLanguage() {
        assertEquals("Das Profil „default“ wird nach folgender Grundlage bewertet: Ihre Selbsteinschätzung (self).\n",
                ok("basis", "--lang", "de"));
        assertEquals("Das Profil „default“ wird jetzt nach folgender Grundlage bewertet: der niedrigere Wert aus "
                + "Selbsteinschätzung und Selbstcheck (lower).\n", ok("basis", "lower", "--lang", "de"));
        assertEquals("Profile \"default\" is scored on the lower of self-rating and checks (lower).\n", ok("basis"));
        assertEquals("Profile \"default\" is now scored on the checks you ticked (checks).\n",
                ok("basis", "checks", "--lang", "en"));
    }

    @Test
    void settingsShowsAndSetsTheMonthsInTheLanguage() {
        String folder = dir.resolve("data").toAbsolutePath().toString();
        assertEquals("Eine Einschätzung ist nach 6 Monaten ohne Änderung oder Bestätigung erneut zu bestätigen "
                + "(Datenordner " + folder + ").\n", ok("settings", "confirm-months", "--lang", "de"));
        assertEquals("Eine Einschätzung ist jetzt nach 1 Monat ohne Änderung oder Bestätigung erneut zu bestätigen "
                + "(Datenordner " + folder + ").\n", ok("settings", "confirm-months", "1", "--lang", "de"));
        assertEquals("Ratings are asked again after 1 month without a change or confirmation (data folder " + folder
                + ").\n", ok("settings", "confirm-months"));
        assertEquals("Ratings are now asked again after 12 months without a change or confirmation (data folder "
                + folder + ").\n", ok("settings", "confirm-months", "12", "--lang", "en"));
    }

    @Test
    void theHelpOfEveryCommandThatConfirmsNamesTheOption() {
        for (String command : List.of("rate", "target", "check", "confirm", "basis", "settings", "export", "import",
                "restore", "radar", "report", "print")) {
            CliRunner.Result help = cli().run(command, "--help");
            assertTrue(help.out().contains("[--lang en|de]"), help.out());
            assertTrue(help.out().matches("(?s).*\n  --lang en\\|de +\\S.*\\(default en\\)\n.*"), help.out());
        }
        assertTrue(cli().runRaw("--help").out().contains("--lang en|de after a command"), "the general help says it too");
    }

    @ParameterizedTest
    @CsvSource({"fr", "DE", "''"})
    void anUnknownLanguageIsExit2AndChangesNothing(String lang) {
        for (List<String> command : List.of(List.of("rate", "python", "3"), List.of("target", "senior"),
                List.of("check", "docker", "docker-1-a"), List.of("basis", "lower"),
                List.of("settings", "confirm-months", "3"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--lang", lang));
            CliRunner.Result r = cli().run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), r::toString);
            assertEquals("skillradar: unknown language '" + lang + "' (use en or de)\n", r.err());
            assertEquals("", r.out());
        }
        assertTrue(ok("settings", "confirm-months").startsWith("Ratings are asked again after 6 months "), "months unchanged");
        assertTrue(ok("history").startsWith("Profile \"default\" has no rating changes yet."), "nothing rated");
        assertEquals("Profile \"default\" is scored on your self-ratings (self).\n", ok("basis"));
        assertTrue(ok("score").startsWith("Readiness of profile \"default\" for Junior ML Engineer: "), "target unchanged");
        assertTrue(ok("checks", "docker").contains("Check-based level: 0"), "nothing ticked");
    }
}
