package dev.skillradar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillradar.assessment.MonthsRange;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.LocalizedText;
import dev.skillradar.catalog.Role;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    private static Role role(Integer yearsMax, Integer salaryMax) {
        return new Role("r", LocalizedText.of("R", "R"), 5, yearsMax, 100_000, salaryMax, "EUR", Map.of(),
                LocalizedText.of("n", "n"));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0.2, 1", "57.4, 57", "57.5, 58", "99.4, 99", "99.6, 99", "100, 100"})
    void percentagesRoundToTheNearestButNeverClaimAllOrNothingFalsely(double value, int shown) {
        assertEquals(shown, Formats.roundWholePercent(value));
    }

    @ParameterizedTest
    @CsvSource({"EN, 57%, 57.3%, '500.5 KB', '1 Mar 2026', 1.5 MiB", "DE, 57 %, '57,3 %', '500,5 KB', 01.03.2026, '1,5 MiB'"})
    void numbersSizesAndDatesFollowTheLanguage(Language lang, String whole, String oneDecimal, String size, String date,
                                               String limit) {
        Formats f = Texts.of(lang).formats();
        assertEquals(whole, f.wholePercent(57.0));
        assertEquals(oneDecimal, f.percentOneDecimal(57.25));
        assertEquals(size, f.size(512_512));
        assertEquals(limit, f.binarySize(1024 * 1536));
        assertEquals(date, f.date(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EN|€100,000–140,000|€100,000+|5–8 years|5+ years of experience|1 month|3–6 months|Ready now|no target",
            "DE|100.000–140.000 €|ab 100.000 €|5–8 Jahre|ab 5 Jahren Berufserfahrung|1 Monat|3–6 Monate|Jetzt bereit|kein Ziel"})
    void moneyRangesAndDurationsAreWordedOnceForEveryFrontDoor(Language lang, String band, String open, String years,
                                                               String experience, String oneMonth, String months,
                                                               String none, String noTarget) {
        Formats f = Texts.of(lang).formats();
        assertEquals(band, f.salary(role(8, 140_000)));
        assertEquals(open, f.salary(role(null, null)));
        assertEquals(years, f.years(role(8, null)));
        assertEquals(experience, f.experience(role(null, null)));
        assertEquals(oneMonth, f.months(new MonthsRange(1, 1)));
        assertEquals(months, f.months(new MonthsRange(3, 6)));
        assertEquals(none, f.months(MonthsRange.NONE));
        assertEquals(noTarget, f.wholePercent(null));
    }
}
