package dev.skillradar.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillradar.catalog.Language;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "0.2, 1", "57.4, 57", "57.5, 58", "99.4, 99", "99.6, 99", "100, 100"})
    void percentagesRoundToTheNearestButNeverClaimAllOrNothingFalsely(double value, int shown) {
        assertEquals(shown, Formats.wholePercent(value));
    }

    @ParameterizedTest
    @CsvSource({"EN, 57%, '500.5 KB', 'Mar 1, 2026'", "DE, 57 %, '500,5 KB', 01.03.2026"})
    void numbersSizesAndDatesFollowTheLanguage(Language lang, String percent, String size, String date) {
        Formats f = new Formats(new Messages(lang), ZoneOffset.UTC);
        assertEquals(percent, f.percent(57.0));
        assertEquals(size, f.size(512_512));
        assertEquals(date, f.date(Instant.parse("2026-03-01T10:00:00Z")));
    }
}
