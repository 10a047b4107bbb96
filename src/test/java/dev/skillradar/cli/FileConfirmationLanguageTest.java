package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The confirmations of export, import, restore, radar, report and print with {@code --lang}: German from the command
 * line's German bundle, English by default and with {@code --lang en}, word for word as before the bundles (except
 * export's "1 ratings", which was wrong). Printing goes to a fake printer that takes PDF.
 */
class FileConfirmationLanguageTest {
    @TempDir
    Path dir;

    private final FakePdfPrinter printer = new FakePdfPrinter("Büro");

    private CliRunner cli() {
        return new CliRunner(dir.resolve("data")).with(printer.devices());
    }

    private String ok(String... args) {
        CliRunner.Result r = cli().run(args);
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        return r.out();
    }

    private String file(String name) {
        return dir.resolve(name).toAbsolutePath().toString();
    }

    @Test
    void exportCountsInTheLanguageWithSingularAndPlural() {
        assertEquals("Das Profil „default“ (0 Einschätzungen, 0 Verlaufseinträge) wurde exportiert nach " + file("a.json")
                + "\n", ok("export", file("a.json"), "--lang", "de"));
        ok("rate", "python", "3");
        assertEquals("Das Profil „default“ (1 Einschätzung, 1 Verlaufseintrag) wurde exportiert nach " + file("b.json")
                + "\n", ok("export", file("b.json"), "--lang", "de"));
        assertEquals("Exported profile \"default\" (1 rating, 1 history entry) to " + file("b.json") + "\n",
                ok("export", file("b.json")));
        ok("rate", "python", "4");
        ok("rate", "sql", "2");
        assertEquals("Das Profil „default“ (2 Einschätzungen, 3 Verlaufseinträge) wurde exportiert nach " + file("c.json")
                + "\n", ok("export", file("c.json"), "--lang", "de"));
        assertEquals("Exported profile \"default\" (0 ratings, 0 history entries) to " + file("a.json") + "\n",
                new CliRunner(dir.resolve("empty")).run("export", file("a.json"), "--lang", "en").out());
        assertEquals("Exported profile \"default\" (2 ratings, 3 history entries) to " + file("c.json") + "\n",
                ok("export", file("c.json")));
    }

    @Test
    void importSaysWhatCameInAndWhereInTheLanguage() {
        ok("rate", "python", "3");
        ok("rate", "sql", "2");
        ok("export", file("me.json"));
        ok("check", "docker", "docker-1-a");
        ok("export", file("ticks.json"));
        assertEquals("2 Einschätzungen und 2 Verlaufseinträge wurden in das Profil „anna“ importiert (neues Profil).\n",
                ok("--profile", "anna", "import", file("me.json"), "--lang", "de"));
        assertEquals("2 Einschätzungen, 2 Verlaufseinträge und 1 abgehakte Aussage wurden in das Profil „anna“ importiert "
                + "(Einschätzungen ersetzt).\n", ok("--profile", "anna", "import", file("ticks.json"), "--replace", "--lang", "de"));
        assertEquals("2 Einschätzungen und 2 Verlaufseinträge wurden als Vergleichsprofil „default (me.json)“ importiert "
                + "(neu).\n", ok("import", file("me.json"), "--as-comparison", "--lang", "de"));
        assertEquals("2 Einschätzungen und 2 Verlaufseinträge wurden als Vergleichsprofil „default (me.json)“ importiert "
                + "(ersetzt).\n", ok("import", file("me.json"), "--as-comparison", "--lang", "de"));

        assertEquals("Imported 2 ratings and 2 history entries into profile \"bob\" (new profile).\n",
                ok("--profile", "bob", "import", file("me.json")));
        assertEquals("Imported 2 ratings, 2 history entries and 1 ticked statement into profile \"bob\" (ratings replaced).\n",
                ok("--profile", "bob", "import", file("ticks.json"), "--replace", "--lang", "en"));
        assertEquals("Imported 2 ratings, 2 history entries and 1 ticked statement as the comparison profile "
                + "\"default (ticks.json)\" (new).\n", ok("import", file("ticks.json"), "--as-comparison"));

        CliRunner empty = new CliRunner(dir.resolve("empty"));
        assertEquals(0, empty.run("export", file("nothing.json")).exit());
        assertEquals("0 Einschätzungen und 0 Verlaufseinträge wurden in das Profil „default“ importiert (bestehendes "
                + "Profil).\n", empty.run("import", file("nothing.json"), "--lang", "de").out());
        assertEquals("Imported 0 ratings and 0 history entries into profile \"default\" (existing profile).\n",
                empty.run("import", file("nothing.json")).out());
    }

    @Test
    void restoreConfirmsInTheLanguage() {
        ok("rate", "python", "3");
        String backup = ok("backup", file("b.db")).strip();
        assertEquals(file("b.db"), backup, "backup prints only the path, in every language");
        String backups = dir.resolve("data").resolve("backups").toAbsolutePath().toString();
        assertEquals("Alle Daten wurden aus " + backup + " wiederhergestellt; die bisherigen Daten wurden vorher in "
                + backups + " gesichert.\n", ok("restore", backup, "--lang", "de"));
        assertEquals("Restored all data from " + backup + "; the previous data was backed up to " + backups + ".\n",
                ok("restore", backup));
    }

    @Test
    void radarAndReportConfirmInTheLanguageOfThePictureAndTheReport() {
        ok("rate", "python", "3");
        assertEquals("Das Radardiagramm (1200x1200 px) wurde unter " + file("r.png") + " gespeichert.\n",
                ok("radar", file("r.png"), "--lang", "de"));
        assertEquals("Wrote the radar chart (300x200 px) to " + file("r.png") + "\n",
                ok("radar", file("r.png"), "--size", "300x200"));
        String de = ok("report", file("r.pdf"), "--lang", "de");
        assertTrue(de.matches("Der Bereitschaftsbericht \\(\\d+ Seiten, A4, de\\) wurde unter \\Q" + file("r.pdf")
                + "\\E gespeichert\\.\n"), de);
        String en = ok("report", file("r.pdf"), "--paper", "letter");
        assertTrue(en.matches("Wrote the readiness report \\(\\d+ pages, US Letter, en\\) to \\Q" + file("r.pdf") + "\\E\n"), en);
    }

    @Test
    void printConfirmsInTheLanguageOfTheReport() {
        ok("rate", "python", "3");
        assertEquals("Der Bereitschaftsbericht (1 Seite, A4, 2 Kopien) ging als PDF an den Drucker Büro.\n",
                ok("print", "--pages", "2", "--copies", "2", "--lang", "de"));
        assertEquals("Der Bereitschaftsbericht (3 Seiten, US Letter, 1 Kopie) ging als PDF an den Drucker Büro.\n",
                ok("print", "--pages", "1-3", "--paper", "letter", "--lang", "de"));
        assertEquals("Sent the readiness report (1 page, A4, 1 copy) to the printer Büro as PDF\n", ok("print", "--pages", "1"));
        assertEquals("Sent the readiness report (2 pages, A4, 3 copies) to the printer Büro as PDF\n",
                ok("print", "--pages", "2-3", "--copies", "3", "--lang", "en"));
        assertEquals(4, printer.jobs());
    }

    @Test
    void anUnknownLanguageWritesNothing() {
        ok("rate", "python", "3");
        for (List<String> command : List.of(List.of("export", file("x.json")), List.of("import", file("x.json")),
                List.of("restore", file("x.db")), List.of("radar", file("x.png")), List.of("report", file("x.pdf")),
                List.of("print"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--lang", "fr"));
            CliRunner.Result r = cli().run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), r::toString);
            assertEquals("skillradar: unknown language 'fr' (use en or de)\n", r.err());
            assertEquals("", r.out());
        }
        assertEquals(List.of("data"), List.of(dir.toFile().list()), "no file written");
        assertEquals(0, printer.jobs(), "nothing printed");
    }
}
