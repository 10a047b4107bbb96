package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text (and JSON) output of {@code roadmap}, {@code score} and {@code history}, byte for byte, in English and
 * German, against files recorded before the text layer was shared with the window: wording and formatting stay
 * the user's contract even when the code behind them moves. To record anew after a deliberate change, run with
 * {@code -Dskillradar.golden.record=src/test/resources/dev/skillradar/cli/golden} and review the diff.
 */
class GoldenOutputTest {
    @TempDir
    static Path dir;

    /** A short history at fixed times: two profiles, notes, a group, the optional German, an import with --replace. */
    @BeforeAll
    static void history() {
        step("2026-01-10T08:00:00Z", "rate", "python", "3", "--note", "Daily pandas work");
        step("2026-01-10T08:05:00Z", "rate", "pytorch", "2");
        step("2026-01-12T19:30:00Z", "rate", "sql", "4", "--evidence", "https://github.com/me/etl");
        step("2026-02-01T10:00:00Z", "rate", "aws-sagemaker", "1");
        step("2026-02-03T10:00:00Z", "rate", "german", "3");
        step("2026-02-20T17:45:00Z", "rate", "python", "4");
        step("2026-02-21T09:00:00Z", "rate", "docker", "0");
        step("2026-02-22T09:00:00Z", "export", dir.resolve("default.json").toString());
        step("2026-02-23T09:00:00Z", "--profile", "anna", "import", dir.resolve("default.json").toString());
        step("2026-02-24T09:00:00Z", "--profile", "anna", "rate", "mlflow", "2");
        step("2026-02-25T09:00:00Z", "--profile", "anna", "import", dir.resolve("default.json").toString(), "--replace");
        step("2026-02-26T09:00:00Z", "--profile", "anna", "rate", "rag", "1");
    }

    private static void step(String at, String... args) {
        CliRunner.Result r = new CliRunner(dir, Clock.fixed(Instant.parse(at), ZoneOffset.UTC)).run(args);
        assertEquals(0, r.exit(), r::toString);
    }

    static List<List<String>> commands() {
        return List.of(
                List.of("roadmap"), List.of("roadmap", "--lang", "de"), List.of("roadmap", "--format", "json"),
                List.of("score"), List.of("score", "--lang", "de"), List.of("score", "--format", "json"),
                List.of("score", "--role", "senior"), List.of("score", "--role", "senior", "--lang", "de"),
                List.of("history"), List.of("history", "--lang", "de"), List.of("history", "--format", "json"),
                List.of("--profile", "anna", "history"), List.of("--profile", "anna", "history", "--lang", "de"),
                List.of("--profile", "anna", "score", "--lang", "de"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void outputIsByteForByteAsRecorded(List<String> command) throws IOException {
        CliRunner.Result r = new CliRunner(dir, Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC))
                .run(command.toArray(String[]::new));
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        String name = String.join("_", command).replace("--", "").replace(' ', '_') + ".txt";
        String record = System.getProperty("skillradar.golden.record");
        if (record != null) {
            Files.createDirectories(Path.of(record));
            Files.write(Path.of(record, name), r.outBytes());
            return;
        }
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new AssertionError("no recorded output golden/" + name + " (record it, see the class comment)");
            }
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, new String(r.outBytes(), StandardCharsets.UTF_8), "output of " + command);
        }
    }
}
