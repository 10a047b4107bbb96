package dev.skillradar.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.storage.ReliabilityFigures;
import dev.skillradar.storage.ReliabilityFigures.Category;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Locales, charsets and storage trouble, seen from outside the process. */
@ExtendWith(ReliabilityFigures.class)
class CliRobustnessIT {
    private static final Pattern JSON_NUMBER = Pattern.compile("\"readiness\" : (-?[0-9][^,\\s]*)");

    @TempDir
    Path dir;

    private SkillRadarProcess skillradar() {
        return new SkillRadarProcess(dir.resolve("data"));
    }

    @Test
    void outputIsUtf8UnderThePosixLocale() {
        SkillRadarProcess.Outcome utf8 = skillradar().env("LANG", "C.UTF-8").env("LC_ALL", "C.UTF-8")
                .run("roadmap", "--lang", "de");
        SkillRadarProcess.Outcome posix = skillradar().env("LANG", "C").env("LC_ALL", "C").run("roadmap", "--lang", "de");
        assertEquals(0, posix.exit(), posix::toString);
        assertEquals("", posix.err());
        String text = new String(posix.stdout(), StandardCharsets.UTF_8);
        assertTrue(text.contains("55.000–75.000 €") && text.contains("Schätzung"), text);
        assertFalse(text.contains("?"), "no character was replaced");
        assertArrayEquals(utf8.stdout(), posix.stdout(), "byte for byte the same as under a UTF-8 locale");

        // Typed under a UTF-8 locale: under LANG=C the JVM itself cannot decode non-ASCII arguments.
        assertEquals(0, skillradar().env("LANG", "C.UTF-8").env("LC_ALL", "C.UTF-8")
                .run("rate", "german", "4", "--note", "Prüfung B2 – bestanden").exit());
        SkillRadarProcess.Outcome json = skillradar().env("LANG", "C").env("LC_ALL", "C").run("score", "--format", "json");
        assertTrue(JSON_NUMBER.matcher(json.out()).find(), json::toString);
        SkillRadarProcess.Outcome export = skillradar().env("LANG", "C").env("LC_ALL", "C")
                .run("export", dir.resolve("p.json").toString());
        assertEquals(0, export.exit(), export::toString);
        try {
            assertTrue(Files.readString(dir.resolve("p.json"), StandardCharsets.UTF_8).contains("Prüfung B2 – bestanden"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aGermanDefaultLocaleChangesNeitherNumbersNorBytes() {
        SkillRadarProcess german = skillradar().env("LANG", "de_DE.UTF-8")
                .env("JAVA_TOOL_OPTIONS", "-Duser.language=de -Duser.country=DE");
        assertEquals(0, german.run("rate", "python", "3").exit());
        assertEquals(0, german.run("rate", "numpy", "1").exit());
        SkillRadarProcess.Outcome json = german.run("score", "--format", "json");
        assertEquals(0, json.exit(), json::toString);
        Matcher m = JSON_NUMBER.matcher(json.out());
        assertTrue(m.find(), json::toString);
        assertTrue(m.group(1).matches("\\d+\\.\\d"), "a '.' decimal point: " + m.group(1));
        assertFalse(json.out().matches("(?s).*\\d,\\d.*"), "no decimal commas in JSON");
        SkillRadarProcess.Outcome plain = skillradar().run("score", "--format", "json");
        assertArrayEquals(plain.stdout(), json.stdout());
        SkillRadarProcess.Outcome text = german.run("roadmap");
        assertTrue(text.out().contains("€55,000–75,000"), "English text keeps English number format: " + text.out());
        SkillRadarProcess.Outcome de = german.run("roadmap", "--lang", "de");
        assertTrue(de.out().contains("ä") && de.out().contains("55.000–75.000 €"), de::toString);
    }

    @Test
    @ReliabilityFigures.Case(value = Category.NEWER_SCHEMA, outcome = "refused, file untouched",
            label = "packaged jar: exit 4 and one line")
    void aDatabaseFromANewerVersionExits4AndIsLeftUntouched() throws Exception {
        assertEquals(0, skillradar().run("rate", "python", "3").exit());
        Path db = dir.resolve("data").resolve("skillradar.db");
        SqliteHeader.setUserVersion(db, 4242);
        byte[] before = Files.readAllBytes(db);
        SkillRadarProcess.Outcome r = skillradar().run("rate", "python", "4");
        assertEquals(4, r.exit(), r::toString);
        assertTrue(r.err().startsWith("skillradar: ") && r.err().contains("newer version"), r.err());
        assertEquals(1, r.err().lines().count(), r::toString);
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    @ReliabilityFigures.Case(value = Category.DAMAGED_FILE, outcome = "moved aside and recovered, with a notice",
            label = "packaged jar on a garbage file: exit 0, notice on stderr")
    void aCorruptDatabaseIsRecoveredWithANoticeOnStderr() throws Exception {
        assertEquals(0, skillradar().run("rate", "python", "3").exit());
        Path db = dir.resolve("data").resolve("skillradar.db");
        byte[] junk = new byte[16384];
        Arrays.fill(junk, (byte) 0x42);
        Files.write(db, junk);
        SkillRadarProcess.Outcome r = skillradar().run("score", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().startsWith("skillradar: notice: "), r.err());
        assertTrue(r.err().contains("moved aside"), r.err());
        assertTrue(r.out().contains("\"readiness\""));
    }

    @Test
    @ReliabilityFigures.Case(value = Category.SECOND_PROCESS,
            label = "packaged jar while another process holds the write lock: exit 4 after the busy timeout, then works")
    void aSecondProcessWhileTheDatabaseIsWriteLockedExits4AfterTheBusyTimeout() throws Exception {
        assertEquals(0, skillradar().run("rate", "python", "3").exit());
        Path db = dir.resolve("data").resolve("skillradar.db");
        Process holder = holdWriteLock(db);
        try {
            long start = System.nanoTime();
            SkillRadarProcess.Outcome r = skillradar().run("rate", "python", "4");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(4, r.exit(), r::toString);
            assertTrue(r.err().startsWith("skillradar: ") && r.err().contains("busy"), r.err());
            assertEquals(1, r.err().lines().count(), r::toString);
            assertTrue(seconds < 45, "gave up after the busy timeout, not never: " + seconds + " s");
        } finally {
            holder.getOutputStream().close(); // lets the holder roll back and end
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the lock holder ended");
        }
        assertTrue(skillradar().run("history").out().contains("- → 3"), "the first rating is intact");
        assertEquals(0, skillradar().run("rate", "python", "4").exit(), "works again once the lock is gone");
    }

    /**
     * Starts a second process that holds SQLite's write lock (BEGIN IMMEDIATE) on {@code db}, and returns
     * once it has the lock. It runs {@code HoldWriteLock.java} in java's source-file mode with the SQLite
     * driver the packaged app ships in its lib folder.
     */
    private static Process holdWriteLock(Path db) throws Exception {
        Path source = Path.of(CliRobustnessIT.class.getResource("/dev/skillradar/it/HoldWriteLock.java").toURI());
        Path driver;
        try (var libs = Files.list(SkillRadarProcess.jar().getParent().resolve("lib"))) {
            driver = libs.filter(f -> f.getFileName().toString().startsWith("sqlite-jdbc")).findFirst().orElseThrow();
        }
        Process p = new ProcessBuilder(SkillRadarProcess.java().toString(), "-cp", driver.toString(), source.toString(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"locked".equals(line)) {
            p.destroyForcibly();
            throw new AssertionError("the lock holder did not get the lock: " + line);
        }
        return p;
    }
}
