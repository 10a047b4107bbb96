package dev.skillradar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time is the same everywhere (CLI, date pickers, History, report): a DATE is a local day of the computer's time
 * zone, up to the start of the next local day; periods are local days. CI runs in UTC, which would hide a mix-up
 * of UTC and local time, so the packaged jar runs here under two far-apart zones, on a change made at 20:00 UTC
 * on 1 March 2026: already 2 March in Auckland (UTC+13), still 1 March in Los Angeles (UTC−8).
 */
class TimeZonesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENING_UTC = "2026-03-01T20:00:00Z";

    @TempDir
    Path dir;

    private SkillRadarProcess in(String zone, Path data) {
        return new SkillRadarProcess(data).env("TZ", zone).jvm("-Duser.timezone=" + zone);
    }

    private Path profileFile() throws Exception {
        Path file = dir.resolve("lena.json");
        Files.writeString(file, """
                {"format": 1, "app": "skillradar", "appVersion": "0.1.0", "roadmapId": "ml-engineer-germany-2026",
                 "exportedAt": "2026-11-30T12:00:00Z", "profile": {"name": "Lena", "targetRole": "junior"},
                 "ratings": [{"skill": "sql", "level": 3, "note": null, "evidence": null, "updatedAt": "%s"}],
                 "history": [
                   {"seq": 1, "at": "2026-02-20T10:00:00Z", "skill": "sql", "oldLevel": null, "newLevel": 1, "origin": "app"},
                   {"seq": 2, "at": "%s", "skill": "sql", "oldLevel": 1, "newLevel": 3, "origin": "app"}]}
                """.formatted(EVENING_UTC, EVENING_UTC));
        return file;
    }

    private JsonNode json(SkillRadarProcess p, String... args) throws Exception {
        SkillRadarProcess.Outcome o = p.run(args);
        assertEquals(0, o.exit(), o::toString);
        assertEquals("", o.err(), o::toString);
        return JSON.readTree(o.out());
    }

    @Test
    void aDateIsALocalDayAndPeriodsAreLocalDaysInEveryZone() throws Exception {
        Path file = profileFile();
        List<Double> onFirstMarch = new ArrayList<>();
        for (String zone : List.of("Pacific/Auckland", "America/Los_Angeles")) {
            Path data = dir.resolve(zone.replace('/', '-'));
            assertEquals(0, in(zone, data).run("import", file.toString()).exit());
            SkillRadarProcess p = in(zone, data);
            ZoneId z = ZoneId.of(zone);
            // the DATE means up to the start of the next local day: the same as the instant just before it
            String lastMoment = LocalDate.parse("2026-03-01").plusDays(1).atStartOfDay(z).minusNanos(1_000_000)
                    .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            JsonNode byDate = json(p, "--profile", "Lena", "score", "--format", "json", "--at", "2026-03-01");
            JsonNode byInstant = json(p, "--profile", "Lena", "score", "--format", "json", "--at", lastMoment);
            assertEquals(byInstant.get("readiness"), byDate.get("readiness"), zone);
            onFirstMarch.add(byDate.get("readiness").asDouble());

            JsonNode trend = json(p, "--profile", "Lena", "trend", "--every", "day", "--format", "json");
            String evening = zone.startsWith("Pacific") ? "2026-03-02" : "2026-03-01";
            assertEquals(evening, trend.get("points").get(1).get("period").asText(), zone + ": the local day of the change");
            assertEquals(LocalDate.parse(evening).plusDays(1).atStartOfDay(z).toInstant().toString(),
                    trend.get("points").get(1).get("end").asText(), zone + ": a day ends at the next local midnight");

            JsonNode radar = json(p, "--profile", "Lena", "radar", "--format", "json", "--compare-date", "2026-03-01");
            assertEquals("1 March 2026", radar.get("series").get(2).get("label").asText());
        }
        assertNotEquals(onFirstMarch.get(0), onFirstMarch.get(1),
                "by the end of 1 March the change had happened in Los Angeles but not yet in Auckland");
    }
}
