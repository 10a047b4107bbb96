package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Roadmap roadmap = TestRoadmaps.small();
    private final ReadinessCalculator calc = new ReadinessCalculator(roadmap);
    private final Trend trend = new Trend(calc);
    private final Role junior = roadmap.role("junior").orElseThrow();

    private static RatingChange change(long seq, String skill, int level, String at) {
        return new RatingChange(seq, skill, null, level, Instant.parse(at), ChangeOrigin.CLI);
    }

    private List<TrendPoint> of(TrendPeriod every, ZoneId zone, RatingChange... history) {
        return trend.of(HistoryReplay.of(List.of(history), roadmap), junior, every, zone);
    }

    @Test
    void noHistoryGivesNoPoints() {
        assertEquals(List.of(), of(TrendPeriod.MONTH, UTC));
    }

    @Test
    void onePointPerPeriodWithChangesWithTheReadinessAtTheEndOfThatPeriod() {
        RatingChange[] history = {
                change(1, "a", 3, "2026-03-01T08:00:00Z"),
                change(2, "a", 1, "2026-03-01T20:00:00Z"),
                change(3, "b", 2, "2026-03-03T09:00:00Z"),
                change(4, "a", 3, "2026-04-10T09:00:00Z")};
        List<TrendPoint> days = of(TrendPeriod.DAY, UTC, history);
        assertEquals(List.of("2026-03-01", "2026-03-03", "2026-04-10"), ids(days), "days without a change have no point");
        assertEquals(List.of(2, 1, 1), days.stream().map(TrendPoint::changes).toList());
        assertEquals(calc.scores(junior, Map.of("a", 1)).overall(), days.get(0).readiness().overall(),
                "the end of the day, after the second change");
        assertEquals(calc.scores(junior, Map.of("a", 1, "b", 2)).byArea(), days.get(1).readiness().byArea());
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), days.get(0).end());

        List<TrendPoint> months = of(TrendPeriod.MONTH, UTC, history);
        assertEquals(List.of("2026-03", "2026-04"), ids(months));
        assertEquals(LocalDate.parse("2026-03-01"), months.get(0).periodStart());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), months.get(0).end());
        assertEquals(calc.scores(junior, Map.of("a", 1, "b", 2)).overall(), months.get(0).readiness().overall());
        assertEquals(calc.scores(junior, Map.of("a", 3, "b", 2)).overall(), months.get(1).readiness().overall());
    }

    @Test
    void isoWeeksAreNamedByTheirWeekBasedYearAcrossTheYearBoundary() {
        List<TrendPoint> weeks = of(TrendPeriod.WEEK, UTC,
                change(1, "a", 1, "2025-12-29T12:00:00Z"),  // Monday: week 1 of 2026
                change(2, "a", 2, "2026-12-31T12:00:00Z"),  // Thursday of 2026's 53rd week
                change(3, "b", 1, "2027-01-01T12:00:00Z"),  // Friday: still 2026-W53
                change(4, "b", 2, "2027-01-04T00:00:00Z")); // Monday: 2027-W01
        assertEquals(List.of("2026-W01", "2026-W53", "2027-W01"), ids(weeks));
        assertEquals(2, weeks.get(1).changes());
        assertEquals(LocalDate.parse("2026-12-28"), weeks.get(1).periodStart());
        assertEquals(Instant.parse("2027-01-04T00:00:00Z"), weeks.get(1).end());
    }

    @ParameterizedTest
    @CsvSource({
        "DAY,   2026-03-01, 2026-03-01",
        "WEEK,  2026-03-01, 2026-W09",
        "WEEK,  2024-12-30, 2025-W01",
        "WEEK,  2027-01-03, 2026-W53",
        "MONTH, 2026-03-31, 2026-03"})
    void periodIds(TrendPeriod period, LocalDate date, String id) {
        assertEquals(id, period.periodId(date));
    }

    @Test
    void periodsAreLocalDaysOfTheGivenZone() {
        RatingChange lateEvening = change(1, "a", 2, "2026-03-01T23:30:00Z");
        assertEquals(List.of("2026-03-01"), ids(of(TrendPeriod.DAY, UTC, lateEvening)));
        assertEquals(List.of("2026-03-02"), ids(of(TrendPeriod.DAY, BERLIN, lateEvening)), "00:30 in Berlin");
    }

    @Test
    void aDaylightSavingDayEndsAtTheNextLocalMidnight() {
        // Berlin springs forward on 2026-03-29: that day has 23 hours.
        List<TrendPoint> days = of(TrendPeriod.DAY, BERLIN,
                change(1, "a", 1, "2026-03-28T22:59:59Z"),  // 23:59:59 CET on the 28th
                change(2, "a", 2, "2026-03-29T21:59:59Z"),  // 23:59:59 CEST on the 29th
                change(3, "a", 3, "2026-03-29T22:00:00Z")); // midnight: the 30th
        assertEquals(List.of("2026-03-28", "2026-03-29", "2026-03-30"), ids(days));
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), days.get(0).end());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), days.get(1).end());
        assertEquals(calc.scores(junior, Map.of("a", 2)).overall(), days.get(1).readiness().overall(),
                "the change at the period's end belongs to the next period");
    }

    @Test
    void whereDaylightSavingSkipsMidnightTheDayStartsAtTheFirstValidTime() {
        // Sao Paulo went from 00:00 straight to 01:00 on 2018-11-04.
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        assertEquals(Instant.parse("2018-11-04T03:00:00Z"), TrendPeriod.DAY.end(LocalDate.parse("2018-11-03"), saoPaulo));
        List<TrendPoint> days = of(TrendPeriod.DAY, saoPaulo,
                change(1, "a", 1, "2018-11-04T02:59:00Z"), change(2, "a", 2, "2018-11-04T03:00:00Z"));
        assertEquals(List.of("2018-11-03", "2018-11-04"), ids(days));
    }

    @Test
    void everyPointIsExactlyTheScoreOfTheReplayedStateAtItsPeriodsEnd() {
        java.util.Random rnd = new java.util.Random(5);
        String[] skills = {"a", "b", "c", "d", "e", "lang-de", "gone"};
        for (int round = 0; round < 50; round++) {
            List<RatingChange> history = new ArrayList<>();
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 1; i <= 60; i++) {
                t = t.plusSeconds(rnd.nextInt(5 * 86_400));
                history.add(new RatingChange(i, skills[rnd.nextInt(skills.length)], null, rnd.nextInt(6), t, ChangeOrigin.APP));
            }
            HistoryReplay replay = HistoryReplay.of(history, roadmap);
            for (Role role : roadmap.roles()) {
                for (TrendPeriod every : TrendPeriod.values()) {
                    for (TrendPoint p : trend.of(replay, role, every, BERLIN)) {
                        assertEquals(calc.scores(role, replay.stateAt(p.end().minusNanos(1))), p.readiness(),
                                every + " " + p.periodId());
                    }
                }
            }
        }
    }

    @Test
    void fiveYearsOfDailyChangesGiveOnePointPerMonth() {
        List<RatingChange> history = new ArrayList<>();
        String[] skills = {"a", "b", "c", "d", "e"};
        Instant start = Instant.parse("2021-01-01T12:00:00Z");
        for (int day = 0; day < 1826; day++) {
            history.add(new RatingChange(day + 1, skills[day % 5], null, day % 6, start.plusSeconds(86_400L * day),
                    ChangeOrigin.APP));
        }
        List<TrendPoint> months = trend.of(HistoryReplay.of(history, roadmap), junior, TrendPeriod.MONTH, UTC);
        assertEquals(60, months.size());
        assertEquals(1826, months.stream().mapToInt(TrendPoint::changes).sum());
        assertEquals(1826, trend.of(HistoryReplay.of(history, roadmap), junior, TrendPeriod.DAY, UTC).size());
    }

    private static List<String> ids(List<TrendPoint> points) {
        return points.stream().map(TrendPoint::periodId).toList();
    }
}
