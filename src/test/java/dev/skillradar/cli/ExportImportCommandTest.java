package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final String[] roles = {"junior", "mid", "senior"};

    private CliRunner source() {
        return new CliRunner(dir.resolve("a"));
    }

    private CliRunner fresh() {
        return new CliRunner(dir.resolve("b"));
    }

    private void rateSome(CliRunner cli) {
        assertEquals(0, cli.run("rate", "python", "4", "--note", "Kaggle – “notes” €").exit());
        assertEquals(0, cli.run("rate", "pytorch", "3", "--evidence", "https://github.com/me/nn").exit());
        assertEquals(0, cli.run("rate", "german", "4").exit());
        assertEquals(0, cli.run("rate", "python", "5").exit());
        assertEquals(0, cli.run("target", "mid").exit());
    }

    @Test
    void exportThenImportIntoAFreshDataDirGivesTheSameScoreForEveryRole() throws Exception {
        rateSome(source());
        Path file = dir.resolve("me.json");
        CliRunner.Result exported = source().run("export", file.toString());
        assertEquals(0, exported.exit(), exported::toString);
        assertTrue(exported.out().contains("3 ratings, 4 history entries"), exported.out());
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        JsonNode doc = JSON.readTree(file.toFile());
        assertEquals(2, doc.get("format").intValue());
        assertEquals("default", doc.get("profile").get("name").textValue());
        assertEquals("mid", doc.get("profile").get("targetRole").textValue());

        CliRunner.Result imported = fresh().run("import", file.toString());
        assertEquals(0, imported.exit(), imported::toString);
        for (String role : roles) {
            assertEquals(source().run("score", "--role", role, "--format", "json").out(),
                    fresh().run("score", "--role", role, "--format", "json").out(), role);
        }
        assertEquals("mid", JSON.readTree(fresh().run("score", "--format", "json").out()).get("role").textValue());
    }

    @Test
    void importIntoAProfileWithRatingsNeedsReplaceAndIsRecorded() throws Exception {
        rateSome(source());
        Path file = dir.resolve("me.json");
        source().run("export", file.toString());
        assertEquals(0, fresh().run("rate", "sql", "1").exit());
        CliRunner.Result refused = fresh().run("import", file.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("already has ratings") && refused.err().contains("--replace"), refused.err());
        assertEquals(1, JSON.readTree(fresh().run("history", "--format", "json").out()).get("history").size(),
                "nothing changed");

        CliRunner.Result replaced = fresh().run("import", file.toString(), "--replace");
        assertEquals(0, replaced.exit(), replaced::toString);
        JsonNode history = JSON.readTree(fresh().run("history", "--format", "json").out()).get("history");
        assertTrue(history.findValuesAsText("origin").contains("import-replace"), history::toString);
        assertTrue(fresh().run("history").out().contains("replaced by an import"));
        assertEquals(source().run("score", "--format", "json").out(), fresh().run("score", "--format", "json").out());
    }

    @Test
    void importGoesIntoTheProfileNamedByTheOptionCreatingIt() throws Exception {
        rateSome(source());
        Path file = dir.resolve("me.json");
        source().run("export", file.toString());
        CliRunner.Result r = source().run("--profile", "copy", "import", file.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("into profile \"copy\" (new profile)"), r.out());
        assertEquals(source().run("score", "--format", "json").out().replace("\"default\"", "\"copy\""),
                source().run("--profile", "copy", "score", "--format", "json").out());
        assertTrue(source().run("profiles").out().contains("copy"));
    }

    @Test
    void anInvalidFileIsExit3WithThePlaceAndChangesNothing() throws Exception {
        rateSome(source());
        Path file = dir.resolve("me.json");
        source().run("export", file.toString());
        byte[] dbBefore = Files.readAllBytes(dir.resolve("a").resolve("skillradar.db"));
        String historyBefore = source().run("history", "--format", "json").out();
        Files.writeString(file, Files.readString(file).replace("\"level\" : 5", "\"level\" : 7"));
        CliRunner.Result r = source().run("--profile", "other", "import", file.toString(), "--replace");
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().startsWith("skillradar: cannot import " + file + ": at /ratings/"), r.err());
        assertTrue(r.err().contains("level 7 is outside 0 to 5"), r.err());
        assertEquals(1, r.err().lines().count(), "one sentence, no stack trace");
        assertEquals(historyBefore, source().run("history", "--format", "json").out());
        assertTrue(!source().run("profiles").out().contains("other"), "no profile was created");
        assertArrayEquals(dbBefore, Files.readAllBytes(dir.resolve("a").resolve("skillradar.db")));

        Files.writeString(file, "{\"format\": 1,");
        CliRunner.Result malformed = source().run("import", file.toString());
        assertEquals(3, malformed.exit());
        assertTrue(malformed.err().contains("line 1, column"), malformed.err());
        assertEquals(3, source().run("import", dir.resolve("missing.json").toString()).exit());
    }

    /** The command line's wording of import problems is a contract: the window's translations leave it as it was. */
    @Test
    void importProblemsKeepTheirEnglishWordForWord() throws Exception {
        rateSome(source());
        Path file = dir.resolve("me.json");
        source().run("export", file.toString());
        String valid = Files.readString(file);
        String[][] cases = {
            {valid.replace("\"skill\" : \"python\"", "\"skill\" : \"pythn\""), "at /ratings/1/skill: unknown skill 'pythn'"},
            {valid.replace("\"level\" : 5", "\"level\" : 7"), "at /ratings/1/level: level 7 is outside 0 to 5"},
            {valid.replace("\"format\" : 2", "\"format\" : 3"),
                "at /format: format version 3 is not supported (this version of SkillRadar reads format 2)"},
            {"{\"format\": 1,\n \"app\": \"sk", "line 2, column 12: malformed JSON: Unexpected end-of-input in VALUE_STRING"},
            {"{\"format\": 1, \"format\": 1}", "line 1, column 23: malformed JSON: duplicate key 'format'"},
            {"[1]", "at the top level: expected an object, found ["},
            {"", "the file is empty"}};
        for (String[] c : cases) {
            Files.writeString(file, c[0]);
            CliRunner.Result r = fresh().run("import", file.toString());
            assertEquals(3, r.exit(), r::toString);
            assertEquals("skillradar: cannot import " + file + ": " + c[1] + "\n", r.err());
        }
    }

    @Test
    void exportIntoAMissingFolderIsAUsageErrorAndLeavesNoFile() {
        CliRunner.Result r = source().run("export", dir.resolve("no/such/dir/me.json").toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void backupAndRestoreBringBackEarlierRatings() throws Exception {
        CliRunner cli = source();
        cli.run("rate", "python", "2");
        CliRunner.Result backup = cli.run("backup", dir.resolve("copy.db").toString());
        assertEquals(0, backup.exit(), backup::toString);
        assertEquals(dir.resolve("copy.db").toString(), backup.out().strip());
        assertTrue(Files.size(dir.resolve("copy.db")) > 0);
        CliRunner.Result rotated = cli.run("backup");
        assertEquals(0, rotated.exit(), rotated::toString);
        assertTrue(Files.exists(Path.of(rotated.out().strip())));
        assertTrue(Path.of(rotated.out().strip()).startsWith(dir.resolve("a").resolve("backups")));

        cli.run("rate", "python", "5");
        CliRunner.Result restored = cli.run("restore", dir.resolve("copy.db").toString());
        assertEquals(0, restored.exit(), restored::toString);
        JsonNode score = JSON.readTree(cli.run("history", "--format", "json").out()).get("history");
        assertEquals(1, score.size(), "the history is back to the single first rating");
        assertEquals(2, cli.run("restore", dir.resolve("nothing.db").toString()).exit());
    }
}
