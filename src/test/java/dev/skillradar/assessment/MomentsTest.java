package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The time rules under two far-apart zones: Auckland (UTC+12/+13) and Los Angeles (UTC−8/−7). */
class MomentsTest {
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
        // a date means up to the start of the next local day
        "2026-03-01, Pacific/Auckland,    2026-03-01T11:00:00Z",
        "2026-03-01, America/Los_Angeles, 2026-03-02T08:00:00Z",
        // Los Angeles springs forward on 2026-03-08: a day of 23 hours
        "2026-03-07, America/Los_Angeles, 2026-03-08T08:00:00Z",
        "2026-03-08, America/Los_Angeles, 2026-03-09T07:00:00Z",
        // Auckland falls back on 2026-04-05: a day of 25 hours
        "2026-04-04, Pacific/Auckland,    2026-04-04T11:00:00Z",
        "2026-04-05, Pacific/Auckland,    2026-04-05T12:00:00Z"})
    void aDateIsEverythingBeforeTheNextLocalDay(String date, ZoneId zone, Instant nextDay) throws Exception {
        assertEquals(nextDay, Moments.startOfNextDay(LocalDate.parse(date), zone));
        assertEquals(nextDay.minusNanos(1), Moments.parse(date, zone, LATER));
        assertEquals(nextDay.minusNanos(1), Moments.ofDate(LocalDate.parse(date), zone, LATER));
    }

    @Test
    void theSameDateEndsTwentyOneHoursLaterInLosAngelesThanInAuckland() throws Exception {
        Duration apart = Duration.between(Moments.parse("2026-03-01", AUCKLAND, LATER),
                Moments.parse("2026-03-01", LOS_ANGELES, LATER));
        assertEquals(Duration.ofHours(21), apart);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-01T09:30:00Z,          2026-03-01T09:30:00Z",
        "2026-03-01T09:30Z,             2026-03-01T09:30:00Z",
        "2026-03-01T22:30:00+13:00,     2026-03-01T09:30:00Z",
        "2026-03-01T01:30:00-08:00,     2026-03-01T09:30:00Z",
        "' 2026-03-01T09:30:00.120Z ',  2026-03-01T09:30:00.120Z"})
    void anInstantHasZOrAnOffsetAndIsTheSameInEveryZone(String text, Instant expected) throws Exception {
        assertEquals(expected, Moments.parse(text, AUCKLAND, LATER));
        assertEquals(expected, Moments.parse(text, LOS_ANGELES, LATER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "2026-02-30", "2026-3-1", "01.03.2026", "2026-03-01T09:30:00",
            "2026-03-01 09:30:00Z", "1772357400"})
    void anythingElseIsAnErrorNamingTheText(String text) {
        MomentException e = assertThrows(MomentException.class, () -> Moments.parse(text, AUCKLAND, LATER));
        assertEquals(MomentException.Kind.NOT_A_MOMENT, e.kind());
        assertEquals(text, e.text());
        assertTrue(e.getMessage().startsWith("'" + text + "' is neither a date"), e.getMessage());
    }

    @Test
    void aMomentAfterNowIsInTheFuture() {
        Clock now = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        MomentException e = assertThrows(MomentException.class, () -> Moments.parse("2026-06-01T00:00:01Z", AUCKLAND, now));
        assertEquals(MomentException.Kind.IN_THE_FUTURE, e.kind());
        assertEquals("'2026-06-01T00:00:01Z' is in the future", e.getMessage());
    }

    @Test
    void todayMeansNowAndWhetherADayHasBegunDependsOnTheZone() throws Exception {
        Clock now = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        // It is noon of 1 June in Auckland, and 17:00 of 31 May in Los Angeles.
        assertEquals(now.instant(), Moments.parse("2026-06-01", AUCKLAND, now));
        assertEquals(MomentException.Kind.IN_THE_FUTURE,
                assertThrows(MomentException.class, () -> Moments.parse("2026-06-01", LOS_ANGELES, now)).kind());
        assertEquals(now.instant(), Moments.parse("2026-05-31", LOS_ANGELES, now));
        assertEquals(MomentException.Kind.IN_THE_FUTURE,
                assertThrows(MomentException.class, () -> Moments.parse("2026-06-02", AUCKLAND, now)).kind());
    }

    @Test
    void theStateAtADateHoldsTheChangesOfThatLocalDayAndNotOfTheNext() throws Exception {
        HistoryReplay replay = HistoryReplay.ofAllSkills(List.of(
                new RatingChange(1, "python", null, 1, Instant.parse("2026-03-01T10:59:59.999Z"), ChangeOrigin.APP),
                new RatingChange(2, "python", 1, 2, Instant.parse("2026-03-01T11:00:00Z"), ChangeOrigin.APP)));
        // 23:59:59.999 and 00:00 in Auckland (NZDT, +13)
        assertEquals(Map.of("python", 1), replay.stateAt(Moments.parse("2026-03-01", AUCKLAND, LATER)));
        assertEquals(Map.of("python", 2), replay.stateAt(Moments.parse("2026-03-02", AUCKLAND, LATER)));
        assertEquals(Map.of(), replay.stateAt(Moments.parse("2026-02-28", LOS_ANGELES, LATER)));
        assertEquals(Map.of("python", 2), replay.stateAt(Moments.parse("2026-03-01", LOS_ANGELES, LATER)),
                "02:59:59.999 and 03:00 of 1 March in Los Angeles");
    }
}
