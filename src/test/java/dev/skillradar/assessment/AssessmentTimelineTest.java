package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ratings and ticks replayed together: the scored levels of every basis at past moments, the trend on a basis,
 * the drift over time, tick-history markers, and stale ratings by calendar months.
 */
class AssessmentTimelineTest {
    private static final Roadmap ROADMAP = new CatalogLoader().loadBuiltIn();
    private static final CheckCatalogue CHECKS = ROADMAP.checks().orElseThrow();
    private static final ReadinessCalculator CALC = new ReadinessCalculator(ROADMAP);
    private static final Role JUNIOR = ROADMAP.role("junior").orElseThrow();
    private static final ZoneId UTC = ZoneOffset.UTC;

    private long seq;

    private RatingChange rate(String skill, int level, String at) {
        return new RatingChange(++seq, skill, null, level, Instant.parse(at), ChangeOrigin.CLI);
    }

    private RatingChange confirm(String skill, int level, String at) {
        return new RatingChange(++seq, skill, level, level, Instant.parse(at), ChangeOrigin.CONFIRM);
    }

    private List<TickChange> tick(String skill, int level, String at) {
        List<TickChange> out = new ArrayList<>();
        for (int l = 1; l <= level; l++) {
            for (CheckStatement s : CHECKS.of(skill, l)) {
                out.add(new TickChange(++seq, s.id(), true, null, null, Instant.parse(at), ChangeOrigin.APP));
            }
        }
        return out;
    }

    private TickChange untick(String id, String at) {
        return new TickChange(++seq, id, false, null, null, Instant.parse(at), ChangeOrigin.APP);
    }

    private static AssessmentTimeline timeline(List<RatingChange> ratings, List<TickChange> ticks) {
        return AssessmentTimeline.of(HistoryReplay.of(ratings, ROADMAP), TickReplay.of(ticks), CHECKS);
    }

    @Test
    void pastMomentsReplayTheTicksToo() {
        List<RatingChange> ratings = List.of(rate("python", 4, "2026-01-05T10:00:00Z"));
        List<TickChange> ticks = new ArrayList<>(tick("python", 2, "2026-01-10T10:00:00Z"));
        String level2 = CHECKS.of("python", 2).get(0).id();
        ticks.add(untick(level2, "2026-02-01T10:00:00Z"));
        AssessmentTimeline t = timeline(ratings, ticks);

        AssessmentTimeline.Snapshot jan7 = t.at(Instant.parse("2026-01-07T00:00:00Z"));
        assertEquals(Map.of("python", 4), jan7.self());
        assertEquals(Map.of(), jan7.scored(Basis.CHECKS));
        assertEquals(Map.of("python", 0), jan7.scored(Basis.LOWER));

        AssessmentTimeline.Snapshot jan20 = t.at(Instant.parse("2026-01-20T00:00:00Z"));
        assertEquals(Map.of("python", 2), jan20.scored(Basis.CHECKS));
        assertEquals(Map.of("python", 2), jan20.scored(Basis.LOWER));
        assertEquals(Map.of("python", 4), jan20.scored(Basis.SELF));

        assertEquals(Map.of("python", 1), t.last().scored(Basis.CHECKS), "an untick lowers the level again");
        assertEquals(Map.of("python", 1), t.at(Instant.parse("2026-02-01T10:00:00Z")).checked(), "at the moment itself");
    }

    @Test
    void aTickHistoryMarkerStartsTheTicksAnew() {
        List<TickChange> ticks = new ArrayList<>(tick("sql", 3, "2026-01-01T10:00:00Z"));
        ticks.add(new TickChange(++seq, null, null, null, null, Instant.parse("2026-03-01T10:00:00Z"),
                ChangeOrigin.IMPORT_REPLACE));
        ticks.addAll(tick("sql", 1, "2025-12-01T10:00:00Z")); // an import keeps the file's older times
        TickReplay replay = TickReplay.of(ticks);
        assertEquals(HistoryReplay.Standing.REPLACED, replay.standing(ticks.get(0)));
        assertEquals(HistoryReplay.Standing.MARKER, replay.standing(ticks.get(ticks.size() - CHECKS.of("sql", 1).size() - 1)));
        assertEquals(Map.of("sql", 1), timeline(List.of(), ticks).last().checked());
    }

    @Test
    void theTrendOnSelfIsTheTrendOfTheRatingsAndConfirmationsAddNoPoint() {
        List<RatingChange> ratings = List.of(rate("python", 2, "2026-01-05T10:00:00Z"),
                rate("sql", 3, "2026-02-05T10:00:00Z"), confirm("python", 2, "2026-03-05T10:00:00Z"));
        Trend trend = new Trend(CALC);
        List<TrendPoint> viaTimeline = trend.of(timeline(ratings, tick("docker", 2, "2026-04-01T10:00:00Z")), Basis.SELF,
                JUNIOR, TrendPeriod.MONTH, UTC);
        List<TrendPoint> viaReplay = trend.of(HistoryReplay.of(ratings, ROADMAP), JUNIOR, TrendPeriod.MONTH, UTC);
        assertEquals(viaReplay, viaTimeline, "ticks do not move a self-scored trend");
        assertEquals(List.of("2026-01", "2026-02"), viaTimeline.stream().map(TrendPoint::periodId).toList(),
                "March has only a confirmation");
    }

    @Test
    void theTrendOnChecksHasAPointPerPeriodWithTicksScoredAsReplayed() {
        List<RatingChange> ratings = List.of(rate("python", 4, "2026-01-05T10:00:00Z"));
        List<TickChange> ticks = new ArrayList<>(tick("python", 1, "2026-02-10T10:00:00Z"));
        ticks.addAll(tick("python", 3, "2026-04-02T10:00:00Z"));
        AssessmentTimeline t = timeline(ratings, ticks);
        List<TrendPoint> checks = new Trend(CALC).of(t, Basis.CHECKS, JUNIOR, TrendPeriod.MONTH, UTC);
        assertEquals(List.of("2026-02", "2026-04"), checks.stream().map(TrendPoint::periodId).toList());
        assertEquals(CALC.scores(JUNIOR, Map.of("python", 1)).overall(), checks.get(0).readiness().overall(), 1e-12);
        assertEquals(CALC.scores(JUNIOR, Map.of("python", 3)).overall(), checks.get(1).readiness().overall(), 1e-12);

        List<TrendPoint> lower = new Trend(CALC).of(t, Basis.LOWER, JUNIOR, TrendPeriod.MONTH, UTC);
        assertEquals(List.of("2026-01", "2026-02", "2026-04"), lower.stream().map(TrendPoint::periodId).toList());
        assertEquals(CALC.scores(JUNIOR, Map.of()).overall(), lower.get(0).readiness().overall(), 1e-12,
                "rated 4, nothing ticked: the lower is 0");
        for (TrendPoint p : lower) {
            Map<String, Integer> then = t.at(p.end().minusNanos(1)).scored(Basis.LOWER);
            assertEquals(CALC.scores(JUNIOR, then).overall(), p.readiness().overall(), 1e-12, p.periodId());
        }
    }

    @Test
    void withoutStatementsTicksCountForNothing() {
        AssessmentTimeline t = AssessmentTimeline.of(HistoryReplay.of(List.of(rate("sql", 2, "2026-01-01T00:00:00Z")),
                ROADMAP), TickReplay.of(tick("sql", 2, "2026-01-02T00:00:00Z")), null);
        assertEquals(Map.of(), t.last().checked());
        assertEquals(List.of(), t.steps(Basis.CHECKS));
    }

    @Test
    void driftOverTimeFollowsRatingsAndTicks() {
        List<RatingChange> ratings = List.of(rate("docker", 4, "2026-01-05T10:00:00Z"),
                rate("docker", 2, "2026-03-05T10:00:00Z"));
        List<TickChange> ticks = tick("docker", 2, "2026-02-05T10:00:00Z");
        List<DriftTrend.Point> points = new DriftTrend(ROADMAP).of(timeline(ratings, ticks), TrendPeriod.MONTH, UTC);
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), points.stream().map(DriftTrend.Point::periodId).toList());
        assertNull(points.get(0).drift().overall(), "rated, nothing ticked yet");
        assertEquals(2.0, points.get(1).drift().overall(), 1e-12);
        assertEquals(2.0, points.get(1).drift().area("mlops"), 1e-12);
        assertEquals(0.0, points.get(2).drift().overall(), 1e-12, "rated down to what the checks say");
    }

    // ---------------------------------------------------------------- re-confirmation

    @Test
    void aRatingIsStaleAfterNCalendarMonthsWithoutAChangeOrAConfirmation() {
        seq = 0;
        List<RatingChange> history = List.of(rate("python", 3, "2026-01-10T08:00:00Z"),
                rate("sql", 2, "2026-01-31T08:00:00Z"), rate("docker", 1, "2026-01-10T08:00:00Z"),
                confirm("docker", 1, "2026-05-01T08:00:00Z"));
        Map<String, Rating> ratings = Map.of(
                "python", new Rating("python", 3, "edited in June", null, Instant.parse("2026-06-30T08:00:00Z")),
                "sql", new Rating("sql", 2, null, null, Instant.parse("2026-01-31T08:00:00Z")),
                "docker", new Rating("docker", 1, null, null, Instant.parse("2026-01-10T08:00:00Z")));
        HistoryReplay replay = HistoryReplay.of(history, ROADMAP);
        assertEquals(List.of(), stale(ratings, replay, 6, "2026-07-09T23:59:00Z"));
        List<Reconfirmation.Stale> july10 = Reconfirmation.stale(ROADMAP, ratings, replay, 6,
                Instant.parse("2026-07-10T00:00:00Z"), UTC);
        assertEquals(List.of("python"), july10.stream().map(Reconfirmation.Stale::skillId).toList(),
                "the note edited in June does not confirm");
        assertEquals(LocalDate.parse("2026-07-10"), july10.get(0).dueSince());
        assertEquals(Instant.parse("2026-01-10T08:00:00Z"), july10.get(0).lastConfirmed());
        assertEquals(List.of("python", "sql"), stale(ratings, replay, 1, "2026-02-28T12:00:00Z"),
                "31 January plus a month is 28 February");
        assertEquals(List.of("python"), stale(ratings, replay, 1, "2026-02-27T12:00:00Z"));
        assertEquals(List.of("python", "sql", "docker"), stale(ratings, replay, 1, "2026-06-01T00:00:00Z"),
                "a confirmation on 1 May holds for one month");
        assertEquals(List.of("python", "sql"), stale(ratings, replay, 1, "2026-05-31T00:00:00Z"));
    }

    @Test
    void theMonthsAreOneToTwentyFour() {
        assertEquals(6, Reconfirmation.DEFAULT_MONTHS);
        assertEquals(LocalDate.parse("2028-01-10"), Reconfirmation.due(Instant.parse("2026-01-10T00:00:00Z"), 24, UTC));
        for (int bad : new int[] {0, 25, -1}) {
            assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Reconfirmation.checkMonths(bad)).getMessage().contains("1 to 24"));
        }
    }

    @Test
    void calendarMonthsAreCountedInTheLocalZone() {
        Instant lateEvening = Instant.parse("2026-01-31T23:30:00Z"); // 1 February in Berlin
        assertEquals(LocalDate.parse("2026-03-01"), Reconfirmation.due(lateEvening, 1, ZoneId.of("Europe/Berlin")));
        assertEquals(LocalDate.parse("2026-02-28"), Reconfirmation.due(lateEvening, 1, UTC));
    }

    private static List<String> stale(Map<String, Rating> ratings, HistoryReplay replay, int months, String now) {
        return Reconfirmation.stale(ROADMAP, ratings, replay, months, Instant.parse(now), UTC).stream()
                .map(Reconfirmation.Stale::skillId).toList();
    }

    @Test
    void aStoredTickOnAnUnknownIdIsKeptButIgnored() {
        List<TickChange> ticks = List.of(new TickChange(1, "retired-1-a", true, null, null,
                Instant.parse("2026-01-01T00:00:00Z"), ChangeOrigin.IMPORT));
        assertEquals(Set.of("retired-1-a"), TickReplay.of(ticks).finalState());
        assertEquals(Map.of(), timeline(List.of(), ticks).last().checked());
    }
}
