package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillradar.chart.BundledFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the cleaner makes of strings PDFBox could not show as they are. */
class TextCleanerTest {
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain German               | Größe Maß Äpfel                  | Größe Maß Äpfel | 0",
        "decomposed umlaut (NFD)    | Gro\u0308\u00DFe                  | Größe           | 0",
        "robot emoji                | a\uD83E\uDD16b                    | a□b             | 1",
        "two CJK ideographs         | \u6F22\u5B57                      | □□              | 2",
        "ZWJ family is one box      | \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67x | □x | 1",
        "skin tone joins its emoji  | \uD83E\uDD16\uD83C\uDFFD!         | □!              | 1",
        "a flag is one box          | \uD83C\uDDE9\uD83C\uDDEA.         | □.              | 1",
        "two flags are two boxes    | \uD83C\uDDE9\uD83C\uDDEA\uD83C\uDDEB\uD83C\uDDF7 | □□ | 2",
        "mark on a missing base     | \u6F22\u0301x                     | □x              | 1",
        "lone high surrogate        | a\uD800b                          | a□b             | 1",
        "lone low surrogate         | a\uDC00b                          | a□b             | 1",
        "control characters         | a\u0000b\u0007c\u001Bd            | a□b□c□d         | 3",
        "C1 control                 | a\u0090b                          | a□b             | 1",
        "tab is a space             | a\tb                              | a b             | 0",
        "invisible format dropped   | soft\u00ADhy\u200Bphen\u202E\uFEFF | softhyphen     | 0",
        "variation selector dropped | \u2764\uFE0F                      | \u2764          | 0",
    })
    void cleansOneLine(String description, String raw, String expected, int boxes) {
        TextCleaner cleaner = new TextCleaner(fonts);
        assertEquals(expected, cleaner.line(raw, BundledFont.REGULAR), description);
        assertEquals(boxes, cleaner.replaced(), description);
    }

    @Test
    void lineBreaksOfEveryKindAreKeptInTextAndBecomeSpacesOnOneLine() {
        TextCleaner cleaner = new TextCleaner(fonts);
        String raw = "a\r\nb\rc\nd\u2028e\u2029f\u000Bg\u000Ch\u0085i";
        assertEquals("a\nb\nc\nd\ne\nf\ng\nh\ni", cleaner.text(raw, BundledFont.BOLD));
        assertEquals("a b c d e f g h i", cleaner.line(raw, BundledFont.BOLD));
        assertEquals(0, cleaner.replaced());
    }
}
