package dev.skillradar.cli;

import dev.skillradar.it.SqliteHeader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version, exit codes and error reporting common to all commands. */
class GeneralCliTest {
    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir);
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRunner.Result r = cli().runRaw("--help");
        assertEquals(0, r.exit());
        for (Command c : CliMain.COMMANDS) {
            assertTrue(r.out().contains("  " + c.spec().name() + " "), c.spec().name());
        }
        assertTrue(r.out().contains("Exit codes: 0 ok"));
        assertEquals("", r.err());
        assertEquals(r.out(), cli().runRaw("help").out());
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (Command c : CliMain.COMMANDS) {
            CliRunner.Result r = cli().runRaw(c.spec().name(), "--help");
            assertEquals(0, r.exit(), c.spec().name());
            assertTrue(r.out().startsWith("Usage: skillradar [global options] " + c.spec().synopsis()), r.out());
            assertEquals(r.out(), cli().runRaw("help", c.spec().name()).out());
            assertEquals(r.out(), cli().runRaw("--help", c.spec().name()).out());
        }
        assertFalse(Files.exists(dir.resolve("skillradar.db")), "help opens no database");
    }

    @Test
    void versionPrintsTheAppVersion() {
        CliRunner.Result r = cli().runRaw("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("skillradar \\S+\n"), r.out());
    }

    @Test
    void usageErrorsExitWith2AndOneSentence() {
        String[][] cases = {{"frobnicate"}, {"scor"}, {"--bogus", "score"}, {"--data-dir"}, {"--profile"}, {}};
        for (String[] args : cases) {
            CliRunner.Result r = cli().runRaw(args);
            assertEquals(2, r.exit(), () -> Arrays.toString(args) + r);
            assertTrue(r.err().startsWith("skillradar: ") || args.length == 0, r.err());
        }
        assertEquals("skillradar: unknown command 'scor'; did you mean 'score'? (see skillradar --help)\n",
                cli().runRaw("scor").err());
    }

    @Test
    void aNewerDatabaseIsRefusedWithExit4AndLeftUntouched() throws Exception {
        assertEquals(0, cli().run("rate", "python", "3").exit());
        Path db = dir.resolve("skillradar.db");
        SqliteHeader.setUserVersion(db, 999);
        byte[] before = Files.readAllBytes(db);
        CliRunner.Result r = cli().run("score");
        assertEquals(4, r.exit(), r::toString);
        assertTrue(r.err().startsWith("skillradar: ") && r.err().contains("newer version of SkillRadar"), r.err());
        assertEquals(1, r.err().lines().count(), "no stack trace without --debug");
        assertArrayEquals(before, Files.readAllBytes(db));
        CliRunner.Result debug = cli().run("--debug", "score");
        assertEquals(4, debug.exit());
        assertTrue(debug.err().contains("StorageException") && debug.err().contains("\tat "), "--debug adds the trace");
    }

    @Test
    void aDamagedDatabaseIsRecoveredWithANoticeAndTheCommandRuns() throws Exception {
        Files.createDirectories(dir);
        byte[] garbage = new byte[8192];
        Arrays.fill(garbage, (byte) 0x5a);
        Files.write(dir.resolve("skillradar.db"), garbage);
        CliRunner.Result r = cli().run("score", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().startsWith("skillradar: notice: The SkillRadar database ")
                && r.err().contains("was damaged") && r.err().contains("moved aside"), r.err());
        assertTrue(r.out().contains("\"readiness\""));
        CliRunner.Result again = cli().run("score");
        assertEquals("", again.err(), "the notice is given once");
    }

    @Test
    void errorsBeyondStorageAndUsageAreExit1WithoutATrace() {
        // A file where the data directory should be: the database cannot be created.
        Path notADir = dir.resolve("file");
        CliRunner.Result r = new CliRunner(notADir).runRaw("--data-dir", notADir.toString(), "roadmap");
        assertEquals(0, r.exit(), "roadmap needs no data directory");
        try {
            Files.writeString(notADir, "x");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRunner.Result bad = new CliRunner(notADir).runRaw("--data-dir", notADir.toString(), "score");
        assertTrue(bad.exit() == 4 || bad.exit() == 1, bad::toString);
        assertTrue(bad.err().startsWith("skillradar: "), bad.err());
        assertFalse(bad.err().contains("\tat "), bad.err());
    }
}
