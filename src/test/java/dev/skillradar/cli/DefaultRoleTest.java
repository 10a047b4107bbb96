package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One default role, the catalogue's first: for a new profile, and for a stored role that a roadmap lacks. */
class DefaultRoleTest {
    @TempDir
    Path dir;

    /** The built-in catalogue with its roles renamed, so that it has no "junior". */
    private Path roadmapWithoutJunior() throws IOException {
        String json;
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUILT_IN)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        json = json.replace("\"id\": \"junior\"", "\"id\": \"apprentice\"");
        assertTrue(json.contains("\"apprentice\""), "the role id was renamed");
        Path file = dir.resolve("other-roadmap.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aNewProfileAimsForTheFirstRoleOfTheRoadmapInUse() throws IOException {
        Path roadmap = roadmapWithoutJunior();
        CliRunner cli = new CliRunner(dir.resolve("data"));
        CliRunner.Result r = cli.run("--roadmap", roadmap.toString(), "profiles", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("\"targetRole\" : \"apprentice\""), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aStoredRoleTheRoadmapLacksIsScoredAsTheDefaultRoleWithANotice() throws IOException {
        Path roadmap = roadmapWithoutJunior();
        CliRunner cli = new CliRunner(dir.resolve("data"));
        assertEquals(0, cli.run("rate", "python", "3").exit(), "the built-in roadmap: the profile aims for junior");
        CliRunner.Result r = cli.run("--roadmap", roadmap.toString(), "score", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("\"role\" : \"apprentice\""), r.out());
        assertEquals("skillradar: notice: profile \"default\" aims for the role 'junior', which this roadmap does not "
                + "have; using 'apprentice' (Junior ML Engineer)\n", r.err());
        CliRunner.Result again = cli.run("profiles", "--format", "json");
        assertTrue(again.out().contains("\"targetRole\" : \"junior\""), "nothing was written: " + again.out());
    }
}
