package dev.skillradar.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored times: the hand-written fast paths give exactly what DateTimeFormatter.ISO_INSTANT and Instant.parse give. */
class TimesTest {
    @Test
    void writingAndReadingAgreeWithIsoInstantAcrossAndBeyondFourDigitYears() {
        Random rnd = new Random(24);
        long min = Instant.parse("-2000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long second = min + (long) (rnd.nextDouble() * (max - min));
            Instant at = Instant.ofEpochSecond(second, i % 3 == 0 ? 0 : rnd.nextInt(1_000_000_000));
            check(at);
        }
        for (String edge : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999Z", "2026-03-02T09:00:00.001Z", "2024-02-29T23:00:00Z", "+10000-01-01T00:00:00Z",
                "-0001-12-31T23:59:59.5Z"}) {
            check(Instant.parse(edge));
        }
    }

    private static void check(Instant at) {
        Instant stored = at.truncatedTo(ChronoUnit.MILLIS);
        String text = Times.format(at);
        assertEquals(DateTimeFormatter.ISO_INSTANT.format(stored), text, at::toString);
        assertEquals(stored, Times.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T09:00:00.123456Z", "2026-03-02T09:00:00.5Z", "2016-12-31T23:59:60Z",
            "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"})
    void otherIsoShapesAreReadAsInstantParseReadsThem(String text) {
        assertEquals(Instant.parse(text), Times.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T09:00:00Z", "2026-13-02T09:00:00Z", "2026-03-02 09:00:00Z", "2026-03-02T09:00:00",
            "٢٠٢٦-03-02T09:00:00Z", "", "yesterday"})
    void textThatIsNoInstantIsReportedAsSuch(String text) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Times.parse(text));
        assertEquals("stored time is not ISO-8601: " + text, e.getMessage());
    }
}
