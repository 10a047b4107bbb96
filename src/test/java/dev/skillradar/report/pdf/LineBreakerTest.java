package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.chart.BundledFont;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Word wrapping with measured widths. */
class LineBreakerTest {
    private static final float SIZE = 9.5f;
    private static PDDocument doc;
    private static Fonts fonts;

    @BeforeAll
    static void fonts() throws Exception {
        doc = new PDDocument();
        fonts = Fonts.embed(doc, BundledFont::open);
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
    }

    private static List<Line> wrap(float width, Span... spans) {
        return LineBreaker.wrap(List.of(spans), fonts, SIZE, width);
    }

    private static Span plain(String s) {
        return new Span(s, BundledFont.REGULAR, null);
    }

    @ParameterizedTest
    @ValueSource(floats = {60, 120, 200, 481})
    void noLineIsWiderThanItsWidthAndNoWordIsLostOrReordered(float width) {
        String text = SampleReport.longNote(SampleReport.Lang.DE);
        List<Line> lines = wrap(width, plain(text));
        assertTrue(lines.size() > 1);
        for (Line line : lines) {
            assertTrue(line.width() <= width + 0.01f, line.text() + " is " + line.width());
            assertEquals(line.width(), fonts.width(line.text(), BundledFont.REGULAR, SIZE), 0.01f, "measured width");
        }
        String joined = lines.stream().map(Line::text).collect(Collectors.joining(" "));
        assertEquals(text.replace(" ", "").replace("-", ""), joined.replace(" ", "").replace("-", ""),
                "every character, in order (plus the hyphens of words split inside)");
        boolean everyWordFits = java.util.Arrays.stream(text.split(" "))
                .allMatch(w -> fonts.width(w, BundledFont.REGULAR, SIZE) <= width);
        if (everyWordFits) {
            assertEquals(text.replaceAll(" +", " "), joined, "lines end only at spaces");
        }
    }

    @Test
    void wordsBreakAtSpacesWhenTheyFit() {
        float width = Math.max(fonts.width("alpha beta", BundledFont.REGULAR, SIZE), fonts.width("gamma delta", BundledFont.REGULAR, SIZE));
        List<Line> lines = wrap(width + 1, plain("alpha beta gamma delta"));
        assertEquals(List.of("alpha beta", "gamma delta"), lines.stream().map(Line::text).toList());
    }

    @Test
    void aTokenLongerThanTheLineBreaksWithAHyphenAndFillsEachLine() {
        String token = "x".repeat(300);
        float width = 100;
        List<Line> lines = wrap(width, plain("see " + token + " end"));
        for (Line line : lines.subList(0, lines.size() - 2)) {
            assertTrue(line.text().endsWith("x-"), "split inside letters, with a hyphen: " + line.text());
        }
        String joined = lines.stream().map(l -> l.text().replaceAll("-$", "")).collect(Collectors.joining());
        assertEquals("see " + token + "end", joined.replace(token + " end", token + "end"));
        assertTrue(lines.size() >= 6, lines.size() + " lines");
        float oneX = fonts.width("x-", BundledFont.REGULAR, SIZE);
        for (Line line : lines.subList(1, lines.size() - 2)) {
            assertTrue(line.width() <= width && line.width() > width - oneX, "a full line: " + line.width());
        }
        assertTrue(lines.get(0).text().startsWith("see xxx"), "the token starts on the first line");
    }

    @Test
    void aGermanCompoundTooWideForItsColumnIsSplitAfterItsJointWithAHyphen() {
        String word = "Wahrscheinlichkeitsrechnung";
        float width = fonts.width("Wahrscheinlichkeitsrech", BundledFont.REGULAR, SIZE);
        List<Line> lines = wrap(width, plain(word + " und Statistik"));
        assertEquals(List.of("Wahrscheinlichkeits-", "rechnung und Statistik"), lines.stream().map(Line::text).toList());
    }

    @Test
    void aSplitPrefersTheCompoundJointToTheLastLetterThatFits() {
        String word = "Datenbereitstellungsplattform";
        float width = fonts.width("Datenbereitstellungsplattfor", BundledFont.REGULAR, SIZE);
        List<String> lines = wrap(width, plain(word)).stream().map(Line::text).toList();
        assertEquals(List.of("Datenbereitstellungs-", "plattform"), lines);
    }

    @Test
    void aLongLinkBreaksAfterPunctuationAndKeepsItsTargetOnEveryPiece() {
        String url = "https://huggingface.co/docs/transformers/index?utm_source=skillradar&utm_medium=report";
        List<Line> lines = wrap(150, plain("Start here: "), new Span(url, BundledFont.REGULAR, url));
        assertTrue(lines.size() >= 3);
        StringBuilder link = new StringBuilder();
        for (Line line : lines) {
            for (Line.Frag f : line.frags()) {
                if (f.uri() != null) {
                    assertEquals(url, f.uri());
                    link.append(f.text());
                }
            }
        }
        assertEquals(url, link.toString());
        assertTrue(lines.get(0).text().startsWith("Start here: https:"), "the link begins on the first line");
        for (Line middle : lines.subList(1, lines.size() - 1)) {
            String t = middle.text();
            assertTrue("/-_?&=#.,;:".indexOf(t.charAt(t.length() - 1)) >= 0,
                    "full lines of an address end after a break character: " + lines.stream().map(Line::text).toList());
        }
    }

    @Test
    void aShortLinkMovesToTheNextLineWhole() {
        List<Line> lines = wrap(fonts.width("aaaa bbbb cc", BundledFont.REGULAR, SIZE),
                plain("aaaa bbbb "), new Span("Kaggle", BundledFont.REGULAR, "https://www.kaggle.com/"));
        assertEquals(List.of("aaaa bbbb", "Kaggle"), lines.stream().map(Line::text).toList());
    }

    @Test
    void newlinesStartLinesAndBlankLinesInsideAreKeptButNotAtTheEnds() {
        List<Line> lines = wrap(400, plain("\n\none\ntwo\n\nthree\n\n"));
        assertEquals(List.of("one", "two", "", "three"), lines.stream().map(Line::text).toList());
    }

    @Test
    void runsJoinWithoutASpaceAndKeepTheirFace() {
        List<Line> lines = wrap(400, new Span("Python", BundledFont.BOLD, null), plain(": 3 of 4"));
        assertEquals(1, lines.size());
        assertEquals(List.of("Python", ": 3 of 4"), lines.get(0).frags().stream().map(Line.Frag::text).toList());
        assertEquals(BundledFont.BOLD, lines.get(0).frags().get(0).face());
        assertEquals(fonts.width("Python", BundledFont.BOLD, SIZE), lines.get(0).frags().get(1).x(), 0.001f);
    }

    @Test
    void aNonBreakingSpaceKeepsANumberWithItsUnit() {
        float width = fonts.width("readiness 62", BundledFont.REGULAR, SIZE) + 1;
        List<Line> lines = wrap(width, plain("readiness 62\u00A0%"));
        assertEquals(List.of("readiness", "62\u00A0%"), lines.stream().map(Line::text).toList());
    }
}
