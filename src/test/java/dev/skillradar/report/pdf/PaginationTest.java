package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.report.pdf.Block.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How blocks flow onto pages: running text, repeated table headers, rows that split, things kept together. */
class PaginationTest {
    private static Table numberedTable(int rows) {
        List<Table.Row> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(Table.row("row " + i, "value " + i));
        }
        return new Table(List.of(Table.Column.left("Skillname", 2), Table.Column.right("Levelvalue", 1)), body);
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyPageSaysItsNumberOfTheTotalInTheCallersWording() {
        ReportDocument doc = ReportDocument.builder(SampleReport.info(SampleReport.Lang.DE))
                .running(SampleReport.running(SampleReport.Lang.DE)).add(numberedTable(150)).build();
        List<String> pages = Pdfs.pageTexts(Pdfs.render(doc));
        assertTrue(pages.size() >= 4, pages.size() + " pages");
        for (int p = 0; p < pages.size(); p++) {
            String label = "Seite " + (p + 1) + " von " + pages.size();
            assertEquals(1, count(pages.get(p), label), "page " + (p + 1) + ": " + pages.get(p));
            assertEquals(1, count(pages.get(p), "SkillRadar · Bereitschaftsbericht · Jürgen Weiß"));
            assertEquals(1, count(pages.get(p), "1. Dezember 2026"));
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPageAndShowsEachRowOnce() {
        RenderedPdf pdf = Pdfs.render(Pdfs.document(Paragraph.of("Before the table."), numberedTable(100)));
        List<String> pages = Pdfs.pageTexts(pdf);
        assertTrue(pages.size() >= 3, pages.size() + " pages");
        for (String page : pages) {
            assertEquals(1, count(page, "Skillname"), page);
            assertEquals(1, count(page, "Levelvalue"), page);
        }
        String all = String.join("\n", pages);
        for (int i = 1; i <= 100; i++) {
            assertEquals(1, count(all, "row " + i + " value " + i + "\n"), "row " + i);
        }
        // rows fill a page rather than leaving gaps: 39 rows of 17.2 pt and the 19 pt header fill A4's 690 pt body
        assertEquals(39, count(pages.get(1), "row "), "rows on page 2");
    }

    @Test
    void aRowTallerThanAPageBreaksInsideAndContinuesUnderTheRepeatedHeader() {
        String note = SampleReport.NOTE_4000;
        Table table = new Table(List.of(Table.Column.left("Skillname", 1), Table.Column.left("Notetext", 1.4)),
                List.of(Table.row("short", "first"), Table.row(Paragraph.of("Kubernetes"), Paragraph.of(note)),
                        Table.row("after", "last")));
        RenderedPdf pdf = Pdfs.render(Pdfs.document(table));
        List<String> pages = Pdfs.pageTexts(pdf);
        assertTrue(pages.size() >= 2, pages.size() + " pages");
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertEquals(1, count(page, "Skillname Notetext"), "header on page " + (p + 1));
            for (String line : page.split("\n")) {
                if (!line.startsWith("Header left") && !line.startsWith("Footer left") && !line.startsWith("Skillname")) {
                    body.append(line).append(' ');
                }
            }
        }
        String words = Pdfs.words(body.toString());
        assertTrue(words.startsWith("short first Kubernetes " + note.substring(0, 30)), words);
        assertTrue(words.endsWith("after last"), words);
        assertEquals(Pdfs.words(note), Pdfs.words(words.substring("short first Kubernetes ".length(),
                words.length() - " after last".length())), "the note whole and in order across the pages");
    }

    @Test
    void aRowThatFitsOnAPageIsNeverSplit() {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(Table.row(Paragraph.of("item " + i), Paragraph.of(SampleReport.longWords(300) + " end" + i)));
        }
        List<String> pages = Pdfs.pageTexts(Pdfs.render(Pdfs.document(
                new Table(List.of(Table.Column.left("Skillname", 1), Table.Column.left("Notetext", 3)), rows))));
        assertTrue(pages.size() >= 2);
        for (String page : pages) {
            assertEquals(count(page, "item "), count(page, " end"), "every row on the page is whole: " + page);
        }
    }

    @Test
    void aHeadingNeverEndsAPageWithoutWhatFollowsIt() {
        for (int lines = 40; lines < 60; lines++) {
            StringBuilder filler = new StringBuilder();
            for (int i = 0; i < lines; i++) {
                filler.append("filler line ").append(i).append('\n');
            }
            List<String> pages = Pdfs.pageTexts(Pdfs.render(Pdfs.document(Paragraph.of(filler.toString()),
                    Block.Heading.h1("Heading"), Paragraph.of("first line\nsecond line\nthird line"))));
            String headingPage = pages.stream().filter(p -> p.contains("Heading\n")).findFirst().orElseThrow();
            assertTrue(headingPage.contains("first line") && headingPage.contains("second line"),
                    lines + " filler lines: " + headingPage);
        }
    }

    @Test
    void aPageBreakStartsANewPageButNeverAnEmptyOne() {
        RenderedPdf pdf = Pdfs.render(Pdfs.document(new Block.PageBreak(), Paragraph.of("one"), new Block.PageBreak(),
                new Block.PageBreak(), Paragraph.of("two"), new Block.PageBreak()));
        List<String> pages = Pdfs.pageTexts(pdf);
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).contains("one") && !pages.get(0).contains("two"));
        assertTrue(pages.get(1).contains("two"));
    }

    @Test
    void keepTogetherMovesItsBlocksToTheNextPageWhenTheyDoNotFit() {
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < 45; i++) {
            filler.append("filler ").append(i).append('\n');
        }
        Figure figure = new Figure(200, 150, c -> c.rect(0, 0, 200, 150).fill(Rgb.BLACK), "");
        List<String> pages = Pdfs.pageTexts(Pdfs.render(Pdfs.document(Paragraph.of(filler.toString()),
                Block.KeepTogether.of(Paragraph.of("Caption above"), figure, Paragraph.of("Caption below")))));
        assertEquals(2, pages.size());
        assertTrue(pages.get(1).contains("Caption above") && pages.get(1).contains("Caption below"), pages.get(1));
    }

    @Test
    void aFigureAllowedToShrinkDoesSoToStayWithWhatItIsKeptWithButNeverBelowItsFraction() {
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < 36; i++) {
            filler.append("filler ").append(i).append('\n');
        }
        Figure figure = new Figure(200, 300, c -> c.rect(0, 0, 200, 300).fill(Rgb.BLACK), "");
        java.util.function.Function<Figure, List<String>> pages = f -> Pdfs.pageTexts(Pdfs.render(Pdfs.document(
                Paragraph.of(filler.toString()),
                Block.KeepTogether.of(Paragraph.of("Caption above"), f, Paragraph.of("Caption below")))));

        List<String> fixed = pages.apply(figure);
        assertEquals(2, fixed.size(), "at full size the figure and its captions do not fit under the filler");
        assertTrue(fixed.get(1).contains("Caption above"), fixed.get(1));

        List<String> shrunk = pages.apply(figure.shrinkableTo(0.4));
        assertEquals(1, shrunk.size(), String.join("\n---\n", shrunk));
        assertTrue(shrunk.get(0).contains("Caption above") && shrunk.get(0).contains("Caption below"), shrunk.get(0));

        List<String> notEnough = pages.apply(figure.shrinkableTo(0.95));
        assertEquals(2, notEnough.size(), "5 % smaller is not enough: the chain moves, at full size");
        assertTrue(notEnough.get(1).contains("Caption above"), notEnough.get(1));
    }

    @Test
    void anEmptyDocumentIsOneEmptyPage() {
        RenderedPdf pdf = Pdfs.render(Pdfs.document());
        assertEquals(1, pdf.pageCount());
        assertTrue(Pdfs.text(pdf).contains("Page 1 of 1"));
    }
}
