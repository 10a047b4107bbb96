package dev.skillradar.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    private static DejaVuMeasure measure;

    @BeforeAll
    static void load() {
        measure = DejaVuMeasure.load();
    }

    private static TextWrap.Wrapped wrap(String text, double maxWidth, int lines) {
        return TextWrap.wrap(measure, BundledFont.REGULAR, 12, text, maxWidth, lines);
    }

    private static double width(String s) {
        return measure.width(BundledFont.REGULAR, 12, s);
    }

    @Test
    void shortTextStaysOnOneLine() {
        TextWrap.Wrapped w = wrap("Docker", 200, 3);
        assertEquals(List.of("Docker"), w.lines());
        assertFalse(w.truncated());
        assertEquals(width("Docker"), w.width(), 1e-9);
    }

    @Test
    void wrapsAtSpacesWithinTheWidth() {
        TextWrap.Wrapped w = wrap("Bereitstellung und Überwachung von Modellen", width("Bereitstellung und") + 1, 3);
        assertEquals(List.of("Bereitstellung und", "Überwachung von", "Modellen"), w.lines());
        assertFalse(w.truncated());
        w.lines().forEach(l -> assertTrue(width(l) <= width("Bereitstellung und") + 1));
    }

    @Test
    void tooManyLinesEndWithAnEllipsisWithinTheWidth() {
        double max = width("Bereitstellung und") + 1;
        TextWrap.Wrapped w = wrap("Bereitstellung und Überwachung von Modellen", max, 2);
        assertEquals(2, w.lines().size());
        assertTrue(w.truncated());
        assertTrue(w.lines().get(1).endsWith(TextWrap.ELLIPSIS));
        assertTrue(width(w.lines().get(1)) <= max);
    }

    @Test
    void theFirstWordIsNeverCutEvenWhenWiderThanTheLine() {
        TextWrap.Wrapped w = wrap("Wahrscheinlichkeitsrechnung und Statistik", 60, 1);
        assertEquals(List.of("Wahrscheinlichkeitsrechnung" + TextWrap.ELLIPSIS), w.lines());
        assertTrue(w.truncated());
        assertTrue(w.width() > 60, "it overflows rather than lose its first word");
        assertEquals(List.of("Wahrscheinlichkeitsrechnung"), wrap("Wahrscheinlichkeitsrechnung", 60, 2).lines());
    }

    @Test
    void aLaterWordWiderThanALineIsCutByCharacters() {
        TextWrap.Wrapped w = wrap("Daten Versionierungswerkzeuge", width("Daten Vers"), 3);
        assertEquals("Daten", w.lines().get(0));
        assertTrue(w.lines().get(1).startsWith("Versi") && w.lines().get(1).endsWith(TextWrap.ELLIPSIS), w.lines().get(1));
        assertTrue(w.truncated());
    }

    @org.junit.jupiter.api.Test
    void aLongCompoundBreaksAfterAHyphenRatherThanBeingCut() {
        DejaVuMeasure m = DejaVuMeasure.load();
        double narrow = m.width(BundledFont.REGULAR, 11, "Plattformen") + 1;
        TextWrap.Wrapped w = TextWrap.wrap(m, BundledFont.REGULAR, 11, "Cloud-ML-Plattformen", narrow, 3);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Cloud-ML-", "Plattformen"), w.lines());
        org.junit.jupiter.api.Assertions.assertFalse(w.truncated());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("scikit-learn"),
                TextWrap.wrap(m, BundledFont.REGULAR, 11, "scikit-learn", 200, 3).lines(), "a break only where needed");
    }
}
