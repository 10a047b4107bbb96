package dev.skillradar.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.cli.CliMain;
import dev.skillradar.storage.ReliabilityFigures;
import dev.skillradar.storage.ReliabilityFigures.Category;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad profile file of {@link ProfileImporterRejectsBadInputTest}, and a too large and a missing one, given
 * to {@code skillradar import FILE --replace} (the real command line, in-process) against a data folder that
 * holds ratings: each exits with 3 and one line naming the problem, and the database stays byte for byte the
 * same, with the same history and profiles. The packaged jar is checked the same way by {@code CliEndToEndIT}.
 */
@ExtendWith(ReliabilityFigures.class)
class ImportRefusedByTheCommandLineTest {
    private static final String OUTCOME = "refused by `skillradar import --replace` with exit 3, the database unchanged";

    @TempDir
    static Path dir;
    private static Path data;
    private static Path roadmap;
    private static byte[] databaseBefore;
    private static List<String> filesBefore;
    private static String historyBefore;
    private static String profilesBefore;

    private record Outcome(int exit, String out, String err) {
    }

    @BeforeAll
    static void aDataFolderWithRatings() throws IOException {
        data = dir.resolve("data");
        roadmap = copyMiniRoadmap(dir);
        assertEquals(0, cli(data, "rate", "python", "3", "--note", "pandas at work").exit());
        assertEquals(0, cli(data, "rate", "sql", "2").exit());
        assertEquals(0, cli(data, "rate", "python", "4").exit());
        databaseBefore = Files.readAllBytes(database(data));
        filesBefore = files(data);
        historyBefore = cli(data, "history", "--format", "json").out();
        profilesBefore = cli(data, "profiles", "--format", "json").out();
        assertTrue(historyBefore.contains("\"sql\""), historyBefore);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> badDocuments() {
        return ProfileImporterRejectsBadInputTest.badDocuments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    @ReliabilityFigures.Case(value = Category.BAD_INPUT, outcome = OUTCOME)
    void isRefusedWithExit3AndTheDatabaseUnchanged(String name, byte[] document, String place, String fragment)
            throws IOException {
        Path file = dir.resolve("bad.json");
        Files.write(file, document);
        assertRefusedAndUnchanged(file, fragment);
    }

    @Test
    @ReliabilityFigures.Case(value = Category.BAD_INPUT, outcome = OUTCOME, label = "a file over 64 MiB")
    void aFileOverTheSizeLimitIsRefusedAndTheDatabaseUnchanged() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ExchangeFormat.MAX_DOCUMENT_BYTES + 1); // sparse: no disk space used
        }
        try {
            assertRefusedAndUnchanged(file, "the file is too large");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    @ReliabilityFigures.Case(value = Category.BAD_INPUT, outcome = OUTCOME, label = "a missing file")
    void aMissingFileIsRefusedAndTheDatabaseUnchanged() throws IOException {
        assertRefusedAndUnchanged(dir.resolve("no-such-file.json"), "no-such-file.json");
    }

    /** The control: the base document itself is imported, so the refusals above are due to their defects. */
    @Test
    void theValidBaseDocumentIsImported(@TempDir Path other) throws IOException {
        Path otherData = other.resolve("data");
        assertEquals(0, cli(otherData, "rate", "python", "1").exit());
        byte[] before = Files.readAllBytes(database(otherData));
        Path file = other.resolve("good.json");
        Files.writeString(file, ProfileImporterRejectsBadInputTest.VALID);
        Outcome r = cli(otherData, "import", file.toString(), "--replace");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(cli(otherData, "history", "--format", "json").out().contains("\"sql\""));
        assertFalse(Arrays.equals(before, Files.readAllBytes(database(otherData))), "the import was stored");
    }

    private static void assertRefusedAndUnchanged(Path file, String fragment) throws IOException {
        Outcome r = cli(data, "import", file.toString(), "--replace");
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().startsWith("skillradar: cannot import "), r::toString);
        assertTrue(r.err().contains(fragment), () -> "should contain '" + fragment + "': " + r.err());
        assertEquals(1, r.err().lines().count(), r::toString);
        assertEquals("", r.out());
        assertArrayEquals(databaseBefore, Files.readAllBytes(database(data)), "database bytes unchanged");
        assertEquals(filesBefore, files(data), "no file added or removed in the data folder");
        assertEquals(historyBefore, cli(data, "history", "--format", "json").out());
        assertEquals(profilesBefore, cli(data, "profiles", "--format", "json").out());
    }

    private static Outcome cli(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--roadmap", roadmap.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CliMain.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path database(Path dataDir) {
        return dataDir.resolve("skillradar.db");
    }

    /** Every file and folder below the data folder, as relative paths. */
    private static List<String> files(Path dataDir) throws IOException {
        try (Stream<Path> walk = Files.walk(dataDir)) {
            return walk.map(p -> dataDir.relativize(p).toString()).sorted().toList();
        }
    }

    private static Path copyMiniRoadmap(Path folder) throws IOException {
        Path target = folder.resolve("mini-roadmap.json");
        try (InputStream in = ImportRefusedByTheCommandLineTest.class.getResourceAsStream(TestRoadmaps.MINI)) {
            Files.copy(in, target);
        }
        return target;
    }
}
