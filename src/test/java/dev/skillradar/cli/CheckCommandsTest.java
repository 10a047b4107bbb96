package dev.skillradar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-check commands end to end on a temporary data folder: checks, check (and --clear), confirm, basis,
 * score --basis, calibration and settings, their happy paths and refusals with exit codes (nothing changed on a
 * refusal), and a format-1 roadmap, which has no statements.
 */
class CheckCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CheckCatalogue CHECKS = new CatalogLoader().loadBuiltIn().checks().orElseThrow();

    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir.resolve("data"));
    }

    private CliRunner at(String instant) {
        return new CliRunner(dir.resolve("data"), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static List<String> ids(String skill, int upTo) {
        List<String> out = new ArrayList<>();
        for (int l = 1; l <= upTo; l++) {
            CHECKS.of(skill, l).stream().map(CheckStatement::id).forEach(out::add);
        }
        return out;
    }

    private static JsonNode json(CliRunner.Result r) throws Exception {
        assertEquals(0, r.exit(), r::toString);
        return JSON.readTree(r.out());
    }

    private CliRunner.Result ok(CliRunner runner, String... args) {
        CliRunner.Result r = runner.run(args);
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private static void assertRefused(CliRunner.Result r, String fragment) {
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("skillradar: ") && r.err().contains(fragment), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
    }

    private String[] check(String skill, List<String> ids, String... more) {
        List<String> all = new ArrayList<>(List.of("check", skill));
        all.addAll(ids);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    // ---------------------------------------------------------------- checks

    @Test
    void checksListsTheStatementsByLevelWithTheirIdsAndTheSameJsonInEveryLanguage() throws Exception {
        JsonNode doc = json(cli().run("checks", "docker", "--format", "json"));
        assertEquals(List.of("skill", "levels"), names(doc));
        assertEquals("docker", doc.get("skill").textValue());
        assertEquals(5, doc.get("levels").size());
        for (int l = 0; l < 5; l++) {
            JsonNode level = doc.get("levels").get(l);
            assertEquals(List.of("level", "checks"), names(level));
            assertEquals(l + 1, level.get("level").intValue());
            List<CheckStatement> expected = CHECKS.of("docker", l + 1);
            assertEquals(expected.size(), level.get("checks").size());
            for (int i = 0; i < expected.size(); i++) {
                JsonNode c = level.get("checks").get(i);
                assertEquals(List.of("id", "text", "ticked"), names(c));
                assertEquals(expected.get(i).id(), c.get("id").textValue());
                assertEquals(expected.get(i).text().en(), c.get("text").get("en").textValue());
                assertEquals(List.of("en", "de"), names(c.get("text")));
                assertFalse(c.get("ticked").booleanValue());
            }
        }
        assertEquals(cli().run("checks", "docker", "--format", "json").out(),
                cli().run("checks", "docker", "--format", "json", "--lang", "de").out());

        String en = ok(cli(), "checks", "docker").out();
        assertTrue(en.startsWith("Check yourself: Docker (docker), profile \"default\"\nCheck-based level: 0 · self-rating: not rated\n"), en);
        assertTrue(en.contains("SkillRadar’s own judgement"), en);
        assertTrue(en.contains("Level 3 · ") && en.contains("  [ ] docker-3-a"), en);
        String de = ok(cli(), "checks", "docker", "--lang", "de").out();
        assertTrue(de.startsWith("Selbstcheck: Docker (docker), Profil „default“"), de);
        assertTrue(de.contains(CHECKS.of("docker", 2).get(0).text().get(dev.skillradar.catalog.Language.DE)), de);
    }

    @Test
    void checkTicksWithANoteAndLinkAndTheLevelFollowsTheRuleClearUnticks() throws Exception {
        ok(cli(), "rate", "docker", "3");
        CliRunner.Result r = ok(cli(), check("docker", ids("docker", 2), "--note", "thesis repo", "--evidence",
                "https://github.com/me/thesis"));
        assertTrue(r.out().startsWith("Ticked " + ids("docker", 2).size() + " statements of Docker (docker) in profile \"default\": "), r.out());
        assertTrue(r.out().endsWith("Check-based level 2, self-rating 3.\n"), r.out());
        JsonNode doc = json(cli().run("checks", "docker", "--format", "json"));
        assertTrue(doc.get("levels").get(1).get("checks").get(0).get("ticked").booleanValue());
        assertFalse(doc.get("levels").get(2).get("checks").get(0).get("ticked").booleanValue());
        assertTrue(ok(cli(), "checks", "docker").out().contains("note: thesis repo"));

        String level1 = ids("docker", 1).get(0);
        CliRunner.Result cleared = ok(cli(), "check", "docker", level1, "--clear");
        assertTrue(cleared.out().startsWith("Unticked 1 of 1 statement of Docker"), cleared.out());
        assertTrue(cleared.out().endsWith("Check-based level 0, self-rating 3.\n"), "cumulative: " + cleared.out());
        JsonNode score = json(cli().run("score", "--format", "json", "--basis", "checks"));
        assertEquals(0, skill(score, "docker").get("checkedLevel").intValue());
        assertEquals(3, skill(score, "docker").get("level").intValue());
    }

    @Test
    void unknownStatementIdsAreNamedAndNothingIsChanged() throws Exception {
        List<String> mixed = new ArrayList<>(ids("sql", 1));
        mixed.add("sql-9-z");
        mixed.add(ids("python", 1).get(0));
        assertRefused(cli().run(check("sql", mixed)), "unknown statement ids 'sql-9-z', '" + ids("python", 1).get(0)
                + "' for the skill sql");
        assertRefused(cli().run("check", "sql"), "'check' needs ID...");
        assertRefused(cli().run("check", "cobol", "sql-1-a"), "unknown skill 'cobol'");
        assertRefused(cli().run(check("sql", ids("sql", 1), "--evidence", "javascript:alert(1)")), "is not accepted");
        assertRefused(cli().run(check("sql", ids("sql", 1), "--note", "x".repeat(4001))), "longer than 4000");
        assertRefused(cli().run(check("sql", ids("sql", 1), "--clear", "--note", "x")), "takes no --note");
        assertRefused(cli().run("checks", "dl-framework"), "is a group");
        JsonNode doc = json(cli().run("checks", "sql", "--format", "json"));
        doc.get("levels").forEach(l -> l.get("checks").forEach(c -> assertFalse(c.get("ticked").booleanValue())));
    }

    @Test
    void aComparisonProfileIsNeverTickedOrConfirmed() throws Exception {
        CliRunner mentor = new CliRunner(dir.resolve("mentor"));
        ok(mentor, "rate", "sql", "4");
        Path file = dir.resolve("mentor.json");
        ok(mentor, "export", file.toString());
        ok(cli(), "import", file.toString(), "--as-comparison");
        String name = JSON.readTree(ok(cli(), "profiles", "--format", "json").out()).findValues("name").stream()
                .map(JsonNode::textValue).filter(n -> n.contains("mentor.json")).findFirst().orElseThrow();
        assertRefused(cli().run(check("sql", ids("sql", 1), "--profile", name)), "is a comparison");
        assertRefused(cli().run("confirm", "sql", "--profile", name), "is a comparison");
        assertRefused(cli().run("basis", "lower", "--profile", name), "is a comparison");
    }

    @Test
    void importSaysHowManyTickedStatementsItBroughtAndStaysWordedAsBeforeWithoutAny() throws Exception {
        CliRunner learner = new CliRunner(dir.resolve("learner"));
        ok(learner, "rate", "sql", "3");
        Path plain = dir.resolve("plain.json");
        ok(learner, "export", plain.toString());
        assertEquals("Imported 1 rating and 1 history entry into profile \"plain\" (new profile).\n",
                ok(cli(), "import", plain.toString(), "--profile", "plain").out());

        ok(learner, check("sql", ids("sql", 2)));
        Path ticked = dir.resolve("ticked.json");
        ok(learner, "export", ticked.toString());
        String out = ok(cli(), "import", ticked.toString(), "--profile", "ticked").out();
        assertEquals("Imported 1 rating, 1 history entry and " + ids("sql", 2).size()
                + " ticked statements into profile \"ticked\" (new profile).\n", out);
    }

    // ---------------------------------------------------------------- basis and score

    @Test
    void theBasisIsTheProfilesSettingAndScoreSaysWhichWasUsed() throws Exception {
        ok(cli(), "rate", "python", "4");
        ok(cli(), "rate", "sql", "2");
        ok(cli(), check("python", ids("python", 1)));
        ok(cli(), check("sql", ids("sql", 3)));
        assertEquals("Profile \"default\" is scored on your self-ratings (self).\n", ok(cli(), "basis").out());

        JsonNode self = json(cli().run("score", "--format", "json"));
        assertEquals("self", self.get("basis").textValue());
        assertEquals(List.of("skill", "level", "checkedLevel", "scored"), names(skill(self, "python")));
        assertEquals(4, skill(self, "python").get("scored").intValue());
        assertEquals(1, skill(self, "python").get("checkedLevel").intValue());
        assertTrue(skill(self, "numpy").get("level").isNull());
        assertEquals(0, skill(self, "numpy").get("scored").intValue());
        assertEquals(33, self.get("skills").size());

        JsonNode checks = json(cli().run("score", "--format", "json", "--basis", "checks"));
        assertEquals(1, skill(checks, "python").get("scored").intValue());
        assertEquals(3, skill(checks, "sql").get("scored").intValue());
        assertTrue(self.get("readiness").doubleValue() != checks.get("readiness").doubleValue());

        assertEquals("Profile \"default\" is now scored on the lower of self-rating and checks (lower).\n",
                ok(cli(), "basis", "lower").out());
        JsonNode lower = json(cli().run("score", "--format", "json"));
        assertEquals("lower", lower.get("basis").textValue());
        assertEquals(1, skill(lower, "python").get("scored").intValue());
        assertEquals(2, skill(lower, "sql").get("scored").intValue());
        assertTrue(ok(cli(), "score").out().contains("\nScored on: the lower of self-rating and checks\n"));
        assertTrue(ok(cli(), "score", "--lang", "de").out().contains(
                "\nBewertungsgrundlage: der niedrigere Wert aus Selbsteinschätzung und Selbstcheck\n"));
        assertEquals("self", json(cli().run("score", "--format", "json", "--basis", "self")).get("basis").textValue(),
                "--basis applies to this one command");
        assertEquals("lower", json(cli().run("trend", "--format", "json")).get("basis").textValue());
        assertEquals("lower", json(cli().run("radar", "--format", "json")).get("basis").textValue());

        assertRefused(cli().run("score", "--basis", "mentor"), "unknown basis 'mentor' (use self, checks or lower)");
        assertRefused(cli().run("basis", "both"), "unknown basis 'both'");
    }

    @Test
    void scoreAtAPastMomentReplaysTheTicks() throws Exception {
        ok(at("2026-01-10T08:00:00Z"), "rate", "python", "3");
        ok(at("2026-01-15T08:00:00Z"), check("python", ids("python", 2)));
        ok(at("2026-02-15T08:00:00Z"), check("python", ids("python", 1), "--clear"));
        assertEquals(2, skill(json(cli().run("score", "--format", "json", "--basis", "checks", "--at", "2026-01-31")),
                "python").get("scored").intValue());
        assertEquals(0, skill(json(cli().run("score", "--format", "json", "--basis", "checks", "--at", "2026-01-12")),
                "python").get("scored").intValue());
        assertEquals(0, skill(json(cli().run("score", "--format", "json", "--basis", "checks")), "python")
                .get("scored").intValue(), "a level-1 statement open: 0, whatever is ticked above");
        JsonNode trend = json(cli().run("trend", "--format", "json", "--every", "month"));
        assertEquals("self", trend.get("basis").textValue());
        assertEquals(1, trend.get("points").size(), "ticks do not move a self-scored trend");
    }

    // ---------------------------------------------------------------- confirm and calibration

    @Test
    void confirmAddsAConfirmEntryAndAStaleRatingIsListedUntilConfirmed() throws Exception {
        ok(at("2026-01-10T08:00:00Z"), "rate", "python", "3", "--note", "first");
        ok(at("2026-01-10T08:00:00Z"), "rate", "sql", "2");
        CliRunner july = at("2026-07-10T09:00:00Z");
        ok(july, "rate", "python", "3", "--note", "edited, not confirmed");
        JsonNode cal = json(july.run("calibration", "--format", "json"));
        assertEquals(List.of("overall", "areas", "stale"), names(cal));
        assertEquals(List.of("python", "sql"), texts(cal.get("stale")));

        CliRunner.Result confirmed = ok(july, "confirm", "python");
        assertEquals("Confirmed 1 rating in profile \"default\": Python (python) 3.\n", confirmed.out());
        assertEquals(List.of("sql"), texts(json(july.run("calibration", "--format", "json")).get("stale")));
        JsonNode history = json(july.run("history", "--format", "json")).get("history");
        JsonNode last = history.get(history.size() - 1);
        assertEquals("confirm", last.get("origin").textValue());
        assertEquals(3, last.get("oldLevel").intValue());
        assertEquals(3, last.get("newLevel").intValue());
        assertTrue(ok(july, "history").out().contains("python                      3 → 3"));

        ok(july, "settings", "confirm-months", "12");
        assertEquals(List.of(), texts(json(july.run("calibration", "--format", "json")).get("stale")));
        assertTrue(ok(july, "settings", "confirm-months").out().startsWith("Ratings are asked again after 12 months"));
        ok(july, "settings", "confirm-months", "1");
        assertEquals("Confirmed 2 ratings in profile \"default\": Python (python) 3, SQL (sql) 2.\n",
                ok(july, "confirm", "--all").out());
    }

    @Test
    void confirmRefusesUnknownAndUnratedSkillsAndConfirmsNothingThen() throws Exception {
        ok(cli(), "rate", "python", "3");
        int before = json(cli().run("history", "--format", "json")).get("history").size();
        assertRefused(cli().run("confirm", "python", "sql"), "not rated yet, so nothing to confirm: sql");
        assertRefused(cli().run("confirm", "python", "cobol"), "unknown skill 'cobol'");
        assertRefused(cli().run("confirm"), "'confirm' needs SKILL... or --all");
        assertRefused(cli().run("confirm", "python", "--all"), "not both");
        assertEquals(before, json(cli().run("history", "--format", "json")).get("history").size(), "nothing confirmed");
        assertRefused(cli().run("settings", "confirm-months", "25"), "from 1 to 24, not '25'");
        assertRefused(cli().run("settings", "theme"), "unknown setting 'theme'");
    }

    @Test
    void calibrationGivesTheDriftPerAreaAndOverallInBothLanguages() throws Exception {
        ok(cli(), "rate", "python", "4");
        ok(cli(), "rate", "numpy", "1");
        ok(cli(), "rate", "sql", "3");
        ok(cli(), check("python", ids("python", 2)));
        ok(cli(), check("numpy", ids("numpy", 3)));
        ok(cli(), check("linear-algebra", ids("linear-algebra", 1))); // ticked but not rated: no drift
        JsonNode cal = json(cli().run("calibration", "--format", "json"));
        assertEquals(0.0, cal.get("overall").doubleValue());
        JsonNode first = cal.get("areas").get(0);
        assertEquals(List.of("id", "drift", "skills"), names(first));
        assertEquals("python-data", first.get("id").textValue());
        assertEquals(0.0, first.get("drift").doubleValue());
        assertEquals(2, first.get("skills").intValue());
        JsonNode sql = cal.get("areas").get(2);
        assertEquals("sql", sql.get("id").textValue());
        assertTrue(sql.get("drift").isNull());
        assertEquals(0, sql.get("skills").intValue());
        assertEquals(cli().run("calibration", "--format", "json").out(),
                cli().run("calibration", "--format", "json", "--lang", "de").out());

        ok(cli(), "rate", "numpy", "3");
        assertEquals(1.0, json(cli().run("calibration", "--format", "json")).get("overall").doubleValue(),
                "(4 - 2 + 3 - 3) / 2");
        String en = ok(cli(), "calibration").out();
        assertTrue(en.contains("Overall drift: +1.00 levels over 2 skills (rated higher than the checks show)"), en);
        assertTrue(en.contains("Python & data tools") && en.contains("+1.00   2 skills"), en);
        String de = ok(cli(), "calibration", "--lang", "de").out();
        assertTrue(de.contains("Abweichung insgesamt: +1,00 Stufen über 2 Kompetenzen (höher eingeschätzt, als der Selbstcheck zeigt)"), de);
    }

    // ---------------------------------------------------------------- history

    @Test
    void historyListsTheTicksAfterTheRatingsWithTheLevelAnEntryMoved() throws Exception {
        ok(at("2026-03-01T09:00:00Z"), "rate", "sql", "2");
        String before = ok(cli(), "history").out();
        JsonNode plain = json(cli().run("history", "--format", "json"));
        assertFalse(plain.has("ticks"), "no tick history, no key: " + plain);

        List<String> level1 = ids("sql", 1);
        ok(at("2026-03-02T09:00:00Z"), check("sql", level1));
        ok(at("2026-03-03T09:00:00Z"), check("sql", level1.subList(0, 1), "--note", "course project"));
        ok(at("2026-03-04T09:00:00Z"), check("sql", level1.subList(1, 2), "--clear"));
        String text = ok(cli(), "history").out();
        assertTrue(text.startsWith(before + "\nTicks of profile \"default\" (times in UTC;"), text);
        List<String> rows = text.lines().skip(before.lines().count() + 2).toList();
        assertEquals(level1.size() + 2, rows.size(), text);
        assertEquals(String.format("%6d  %-24s  %-28s%-8s%-10s  cli", 1, "2026-03-02T09:00:00Z", level1.get(0), "tick", ""),
                rows.get(0));
        assertTrue(rows.get(level1.size() - 1).contains("tick    0 → 1"), "the last of level 1 completes it: " + text);
        assertTrue(rows.get(level1.size()).contains("edit    "), text);
        assertTrue(rows.get(level1.size() + 1).contains("untick  1 → 0"), text);
        assertTrue(ok(cli(), "history", "--lang", "de").out().contains("\nHäkchen im Profil „default“ (Zeiten in UTC;"));

        JsonNode doc = json(cli().run("history", "--format", "json"));
        assertEquals(plain.get("history"), doc.get("history"), "the ratings' array is as it was");
        JsonNode ticks = doc.get("ticks");
        assertEquals(level1.size() + 2, ticks.size());
        JsonNode completing = ticks.get(level1.size() - 1);
        assertEquals(level1.get(level1.size() - 1), completing.get("statement").textValue());
        assertEquals("sql", completing.get("skill").textValue());
        assertEquals(1, completing.get("level").intValue());
        assertEquals("tick", completing.get("event").textValue());
        assertEquals(List.of(0, 1), List.of(completing.get("oldCheckedLevel").intValue(),
                completing.get("newCheckedLevel").intValue()));
        assertEquals("cli", completing.get("origin").textValue());
        assertEquals("edit", ticks.get(level1.size()).get("event").textValue());
        assertEquals("untick", ticks.get(level1.size() + 1).get("event").textValue());
    }

    // ---------------------------------------------------------------- format-1 roadmap and a missing checks file

    private Path catalogueCopy(boolean formatOne) throws Exception {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUILT_IN)) {
            ObjectNode tree = (ObjectNode) JSON.readTree(in);
            if (formatOne) {
                tree.put("format", 1).remove("checks");
            }
            Path file = dir.resolve(formatOne ? "format-1.json" : "no-checks-beside-it.json");
            Files.writeString(file, JSON.writeValueAsString(tree), StandardCharsets.UTF_8);
            return file;
        }
    }

    @Test
    void aFormat1RoadmapHasNoChecksSoTheyAndTheBasesWithChecksExit2() throws Exception {
        ok(cli(), "rate", "python", "3");
        ok(cli(), check("python", ids("python", 1)));
        ok(cli(), "basis", "checks");
        String roadmap = catalogueCopy(true).toString();
        assertRefused(cli().run("--roadmap", roadmap, "checks", "python"), "has no check statements (catalogue format 1)");
        assertRefused(cli().run("--roadmap", roadmap, "check", "python", "python-1-a"), "has no check statements");
        assertRefused(cli().run("--roadmap", roadmap, "score", "--basis", "checks"), "the basis checks needs check statements");
        assertRefused(cli().run("--roadmap", roadmap, "score", "--basis", "lower"), "the basis lower needs check statements");
        assertRefused(cli().run("--roadmap", roadmap, "basis", "lower"), "needs check statements");

        CliRunner.Result score = cli().run("--roadmap", roadmap, "score", "--format", "json");
        assertEquals(0, score.exit(), score::toString);
        assertTrue(score.err().contains("notice: profile \"default\" is scored on checks, but the roadmap"), score.err());
        JsonNode doc = JSON.readTree(score.out());
        assertEquals("self", doc.get("basis").textValue());
        assertTrue(skill(doc, "python").get("checkedLevel").isNull(), "no statements: no check-based level");
        assertEquals("checks", ok(cli(), "basis").out().replaceAll(".*\\((\\w+)\\)\\.\\n", "$1"), "nothing was written");
        String cal = ok(cli(), "--roadmap", roadmap, "calibration").out();
        assertTrue(cal.contains("This roadmap has no check statements"), cal);
        JsonNode tick = json(cli().run("--roadmap", roadmap, "history", "--format", "json")).get("ticks").get(0);
        assertTrue(tick.get("skill").isNull() && tick.get("newCheckedLevel").isNull(), "listed, but means nothing: " + tick);
    }

    @Test
    void aMissingChecksFileIsExit3OnlyWhereATickNeedsIt() throws Exception {
        String roadmap = catalogueCopy(false).toString();
        ok(cli(), "rate", "python", "3");
        ok(cli(), "--roadmap", roadmap, "score"); // nothing ticked: the statements are not needed
        CliRunner.Result checks = cli().run("--roadmap", roadmap, "checks", "python");
        assertEquals(3, checks.exit(), checks::toString);
        assertTrue(checks.err().contains("check statements cannot be used") && checks.err().contains("file not found"),
                checks.err());
        ok(cli(), check("python", ids("python", 1)));
        assertEquals(3, cli().run("--roadmap", roadmap, "score").exit());
        assertEquals(3, cli().run("--roadmap", roadmap, "calibration").exit());
    }

    // ---------------------------------------------------------------- export and import

    @Test
    void ticksTheirHistoryAndTheBasisTravelInTheExport() throws Exception {
        ok(cli(), "rate", "docker", "3");
        ok(cli(), check("docker", ids("docker", 2), "--note", "repo"));
        ok(cli(), "check", "docker", ids("docker", 2).get(0), "--clear");
        ok(cli(), "basis", "lower");
        ok(cli(), "confirm", "docker");
        Path file = dir.resolve("me.json");
        ok(cli(), "export", file.toString());
        JsonNode doc = JSON.readTree(file.toFile());
        assertEquals(2, doc.get("format").intValue());
        assertEquals("lower", doc.get("basis").textValue());
        assertEquals(ids("docker", 2).size() - 1, doc.get("ticks").size());
        assertEquals(ids("docker", 2).size() + 1, doc.get("tickHistory").size());

        CliRunner fresh = new CliRunner(dir.resolve("fresh"));
        ok(fresh, "import", file.toString());
        assertEquals(cli().run("checks", "docker", "--format", "json").out(), fresh.run("checks", "docker", "--format", "json").out());
        assertEquals(cli().run("score", "--format", "json").out(), fresh.run("score", "--format", "json").out());
        assertEquals(cli().run("calibration", "--format", "json").out(), fresh.run("calibration", "--format", "json").out());
    }

    private static JsonNode skill(JsonNode score, String id) {
        for (JsonNode s : score.get("skills")) {
            if (s.get("skill").textValue().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no skill " + id);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }
}
