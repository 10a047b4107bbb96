package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.Ink;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code radar}, {@code score --at} and {@code trend}: headless, on a short history at fixed times. */
class RadarAndTrendCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRunner at(String instant) {
        return new CliRunner(dir.resolve("data"), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private CliRunner now() {
        return new CliRunner(dir.resolve("data")); // 2026-03-01T09:30:00Z
    }

    @BeforeEach
    void aShortHistory() {
        assertEquals(0, at("2026-01-10T08:00:00Z").run("rate", "python", "2").exit());
        assertEquals(0, at("2026-01-20T08:00:00Z").run("rate", "sql", "3").exit());
        assertEquals(0, at("2026-02-25T08:00:00Z").run("rate", "python", "4").exit());
        assertEquals(0, at("2026-02-26T08:00:00Z").run("rate", "aws-sagemaker", "2").exit());
    }

    private JsonNode json(CliRunner.Result r) throws Exception {
        assertEquals(0, r.exit(), r::toString);
        return JSON.readTree(r.out());
    }

    @Test
    void aPngOfTheCurrentAndTargetPolygonsIsWrittenAtTheAskedSize() throws Exception {
        for (String skill : List.of("numpy", "linear-algebra", "logistic-regression", "cnn", "feature-engineering",
                "docker", "rag", "german")) {
            assertEquals(0, now().run("rate", skill, "2").exit());
        }
        Path png = dir.resolve("radar.png");
        CliRunner.Result r = now().run("radar", png.toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(1200, image.getHeight());
        ChartPalette palette = ChartPalette.light();
        assertTrue(count(image, palette.hex(Ink.CURRENT)) > 3000, "the current line is drawn clearly");
        assertTrue(count(image, palette.hex(Ink.CURRENT_FILL)) > 10_000, "and its light fill");
        assertTrue(count(image, palette.hex(Ink.TARGET)) > 3000, "the target outline too");

        Path small = dir.resolve("small.png");
        assertEquals(0, now().run("radar", small.toString(), "--size", "1000x700", "--theme", "dark", "--lang", "de").exit());
        BufferedImage dark = ImageIO.read(small.toFile());
        assertEquals(1000, dark.getWidth());
        assertEquals(700, dark.getHeight());
        assertEquals(Integer.parseInt(ChartPalette.dark().hex(Ink.BACKGROUND).substring(1), 16), dark.getRGB(2, 2) & 0xffffff);
    }

    /** Pixels within a small distance of the colour (lines are antialiased). */
    private static int count(BufferedImage image, String hex) {
        int want = Integer.parseInt(hex.substring(1), 16);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int d = Math.abs(((rgb >> 16) & 255) - ((want >> 16) & 255)) + Math.abs(((rgb >> 8) & 255) - ((want >> 8) & 255))
                        + Math.abs((rgb & 255) - (want & 255));
                if (d <= 24) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theJsonHasTheAxesInCatalogueOrderAndUnroundedValues() throws Exception {
        JsonNode root = json(now().run("radar", "--format", "json"));
        assertEquals("junior", root.get("role").asText());
        assertTrue(root.get("area").isNull());
        assertEquals("python-data", root.get("axes").get(0).get("id").asText());
        assertTrue(root.get("axes").get(root.get("axes").size() - 1).get("optional").asBoolean(), "Language is optional");
        assertEquals(List.of("current", "target"), List.of(root.get("series").get(0).get("id").asText(),
                root.get("series").get(1).get("id").asText()));
        assertEquals(2, root.get("series").size(), "no comparison chosen: no compare series");
        JsonNode current = root.get("series").get(0).get("values");
        assertEquals(4 / 4.0, current.get(0).asDouble(), 1e-9, "python 4, numpy, pandas, matplotlib unrated: (4+0+0+0)/4");
        assertTrue(current.get(1).isNull(), "nothing of Mathematics is rated: missing, not 0");

        JsonNode drilled = json(now().run("radar", "--format", "json", "--area", "cloud", "--compare-date", "2026-02-01"));
        assertEquals("cloud", drilled.get("area").asText());
        assertEquals("cloud-platform", drilled.get("axes").get(0).get("id").asText(), "an any-of group is one axis");
        assertEquals("ML cloud platform (at least one) — best of 3", drilled.get("axes").get(0).get("name").asText());
        JsonNode compare = drilled.get("series").get(2);
        assertEquals("compare", compare.get("id").asText());
        assertEquals("1 February 2026", compare.get("label").asText());
        assertTrue(compare.get("values").get(0).isNull(), "on 1 February no cloud platform was rated yet");
        assertEquals(2.0, drilled.get("series").get(0).get("values").get(0).asDouble(), 1e-9);
    }

    @Test
    void anotherProfileCanBeTheComparison() throws Exception {
        assertEquals(0, now().run("--profile", "default", "export", dir.resolve("me.json").toString()).exit());
        assertEquals(0, now().run("--profile", "anna", "import", dir.resolve("me.json").toString()).exit());
        JsonNode root = json(now().run("radar", "--format", "json", "--compare-profile", "anna"));
        assertEquals("anna", root.get("series").get(2).get("label").asText());
        assertEquals(root.get("series").get(0).get("values"), root.get("series").get(2).get("values"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown area|--area|nowhere|unknown area 'nowhere'",
            "unknown profile|--compare-profile|nobody|no profile named 'nobody'",
            "malformed date|--compare-date|2026-13-01|is neither a date",
            "future date|--compare-date|2026-03-02|is in the future",
            "malformed size|--size|12x|not WIDTHxHEIGHT",
            "size too large|--size|9000x9000|each side must be 200 to 8000",
            "unknown theme|--theme|pink|unknown theme"})
    void badInputIsAUsageErrorAndWritesNoFile(String what, String option, String value, String message) {
        Path png = dir.resolve("bad.png");
        CliRunner.Result r = now().run("radar", png.toString(), option, value);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(message), r.err());
        assertFalse(Files.exists(png), "no file for " + what);
    }

    @Test
    void theFileAndItsFolderAndTheOptionsMustFitTogether() throws Exception {
        assertEquals(2, now().run("radar", dir.resolve("no/such/folder/r.png").toString()).exit());
        assertEquals(4, now().run("radar", dir.toString()).exit(), "a folder at the path cannot be written: exit 4");
        assertEquals(2, now().run("radar", dir.resolve("r.png").toString(), "--format", "json").exit());
        assertEquals(2, now().run("radar").exit(), "neither a file nor --format json");
        assertEquals(2, now().run("radar", "--format", "json", "--compare-date", "2026-02-01",
                "--compare-profile", "default").exit());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("data"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void scoreAtNowIsScoreAndBeforeTheFirstRatingNothingWasRated() throws Exception {
        ObjectNode now = (ObjectNode) json(now().run("score", "--format", "json"));
        ObjectNode atNow = (ObjectNode) json(now().run("score", "--format", "json", "--at", "2026-03-01T09:30:00Z"));
        assertEquals("2026-03-01T09:30:00Z", atNow.remove("at").asText());
        assertEquals(now, atNow);

        JsonNode before = json(now().run("score", "--format", "json", "--at", "2026-01-01"));
        assertEquals(0.0, before.get("readiness").asDouble());
        JsonNode then = json(now().run("score", "--format", "json", "--at", "2026-01-15"));
        JsonNode later = json(now().run("score", "--format", "json", "--at", "2026-02-27"));
        assertTrue(then.get("readiness").asDouble() < later.get("readiness").asDouble());

        CliRunner.Result text = now().run("score", "--at", "2026-02-01");
        assertTrue(text.out().startsWith("Readiness of profile \"default\" for Junior ML Engineer on 1 February 2026: "),
                text.out());
        assertEquals(2, now().run("score", "--at", "tomorrow").exit());
        assertEquals(2, now().run("score", "--at", "2027-01-01").exit());
    }

    @Test
    void theTrendHasOnePointPerPeriodWithAChange() throws Exception {
        JsonNode month = json(now().run("trend", "--format", "json"));
        assertEquals("month", month.get("every").asText());
        assertEquals(List.of("2026-01", "2026-02"), List.of(month.get("points").get(0).get("period").asText(),
                month.get("points").get(1).get("period").asText()));
        assertEquals("2026-02-01T00:00:00Z", month.get("points").get(0).get("end").asText(),
                "the end of January in this zone");
        JsonNode score = json(now().run("score", "--format", "json"));
        assertEquals(score.get("readiness"), month.get("points").get(1).get("readiness"), "the last point is today's score");

        JsonNode week = json(now().run("trend", "--format", "json", "--every", "week"));
        assertEquals("2026-W02", week.get("points").get(0).get("period").asText());
        assertEquals(3, week.get("points").size(), "weeks 2, 4 and 9");
        assertEquals(2, now().run("trend", "--every", "year").exit());

        CliRunner.Result empty = new CliRunner(dir.resolve("fresh")).run("trend", "--format", "json");
        assertEquals(0, empty.exit());
        assertEquals(0, JSON.readTree(empty.out()).get("points").size());
        assertNull(JSON.readTree(empty.out()).get("points").get(0));
    }
}
