package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.chart.BundledFont;
import dev.skillradar.report.pdf.Block.Paragraph;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The bundled DejaVu Sans is the only font, embedded as subsets, and every character either shows or is counted. */
class FontEmbeddingTest {
    @Test
    void everyFontOnEveryPageIsOneOfTwoEmbeddedType0DejaVuSubsets() throws Exception {
        RenderedPdf pdf = Pdfs.render(SampleReport.everything(SampleReport.Lang.DE));
        Set<Object> fonts = Collections.newSetFromMap(new IdentityHashMap<>());
        try (PDDocument doc = pdf.load()) {
            assertTrue(doc.getNumberOfPages() > 2);
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                int onPage = 0;
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertInstanceOf(PDType0Font.class, font, name.getName());
                    assertFalse(font.isStandard14());
                    assertTrue(font.isEmbedded());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"), font.getName());
                    PDCIDFontType2 cid = assertInstanceOf(PDCIDFontType2.class, ((PDType0Font) font).getDescendantFont());
                    assertNotNull(cid.getFontDescriptor().getFontFile2(), "TrueType program embedded");
                    fonts.add(font.getCOSObject());
                    onPage++;
                }
                assertTrue(onPage > 0);
                assertTrue(resources.getXObjectNames().iterator().hasNext() == false, "no XObjects (no images, no forms)");
            }
        }
        assertEquals(2, fonts.size(), "one font object per face for the whole document");
    }

    @Test
    void germanLettersAndTypographicPunctuationAreShownAndExtracted() {
        String text = "Größe € 75.000 – „Äpfel“ und “quotes” ä ö ü ß Ä Ö Ü … fertig";
        RenderedPdf pdf = Pdfs.render(Pdfs.document(Paragraph.of(text), Paragraph.of(Run.bold(text))));
        assertEquals(0, pdf.unshownCharacters());
        String extracted = Pdfs.text(pdf);
        assertEquals(2, extracted.split(java.util.regex.Pattern.quote(text), -1).length - 1, extracted);
    }

    @Test
    void noLigaturesReplaceLettersSoThatWordsCanBeFoundAndCopied() throws Exception {
        String text = "Profil schaffen fließend Effizienz Fluss official waffle";
        RenderedPdf pdf = Pdfs.render(Pdfs.document(Paragraph.of(text), Block.Heading.h1(text)));
        String extracted = Pdfs.text(pdf);
        assertEquals(2, extracted.split(text, -1).length - 1, extracted);
        // PDFTextStripper undoes ligatures when it writes text, so look at the glyphs themselves
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument doc = pdf.load()) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.append(t.getUnicode());
                }
            }.getText(doc);
        }
        assertTrue(glyphs.toString().contains(text), glyphs.toString());
        assertTrue(glyphs.codePoints().noneMatch(cp -> cp >= 0xFB00 && cp <= 0xFB06), "a ligature glyph: " + glyphs);
    }

    @Test
    void charactersTheFontLacksBecomeBoxesAreCountedAndNoteTheirNumber() {
        RenderedPdf pdf = Pdfs.render(ReportDocument.builder(SampleReport.info(SampleReport.Lang.EN))
                .missingGlyphNote(n -> n + " characters could not be shown")
                .add(Paragraph.of("before " + SampleReport.MISSING + " middle" + SampleReport.LONE_SURROGATE + " after"))
                .build());
        assertEquals(5, pdf.unshownCharacters(), "robot, two ideographs, BEL, lone surrogate");
        String text = Pdfs.words(Pdfs.text(pdf));
        assertTrue(text.contains("before \u25A1 \u25A1\u25A1 \u25A1 middle\u25A1 after"), text);
        assertTrue(text.contains("5 characters could not be shown"), text);
    }

    @Test
    void theFootnoteIsLeftOutWhenEveryCharacterCanBeShown() {
        RenderedPdf pdf = Pdfs.render(ReportDocument.builder(SampleReport.info(SampleReport.Lang.EN))
                .missingGlyphNote(n -> n + " characters could not be shown")
                .add(Paragraph.of("nothing missing here: \uD83D\uDE00 is in DejaVu Sans")).build());
        assertEquals(0, pdf.unshownCharacters());
        assertFalse(Pdfs.text(pdf).contains("could not be shown"));
    }

    @Test
    void textInFiguresHeadingsTablesAndTheHeaderIsCountedOnce() {
        String robot = "\uD83E\uDD16";
        Figure figure = new Figure(100, 40, c -> {
            c.textWidth("label " + robot, BundledFont.REGULAR, 8); // measuring is not showing
            c.text("label " + robot, 2, 20, BundledFont.REGULAR, 8, Rgb.BLACK);
        }, "");
        ReportDocument doc = ReportDocument.builder(SampleReport.info(SampleReport.Lang.EN))
                .running(new RunningText("Anna " + robot, "", "", (n, m) -> n + "/" + m))
                .add(Block.Heading.h1("Heading " + robot), figure,
                        new Table(List.of(Table.Column.left("Skill " + robot, 1)), List.of(Table.row("cell " + robot))),
                        new Block.PageBreak(), Paragraph.of("second page"))
                .build();
        RenderedPdf pdf = Pdfs.render(doc);
        assertEquals(2, pdf.pageCount());
        assertEquals(5, pdf.unshownCharacters(), "header once (not per page), heading, figure, table header, cell");
        assertTrue(Pdfs.text(pdf).contains("label \u25A1"), "the figure's text is drawn with its box");
    }

    @Test
    void controlCharactersTabsAndLineBreaksNeverBreakShowText() {
        RenderedPdf pdf = Pdfs.render(Pdfs.document(Paragraph.of("a\tb\r\nc\u000Bd\u0000e\u2028f"),
                new Block.KeyFigure("1\n2", "x\ty", "z\u0007"), Bars.of("cap\ntion", Bars.Bar.of("l\u0000", 50, "5\t0"))));
        assertEquals(3, pdf.unshownCharacters(), "NUL twice and BEL; tabs and line breaks are not missing");
        String text = Pdfs.text(pdf);
        assertTrue(text.contains("a b"), text);
        assertTrue(text.contains("d\u25A1e"), text);
    }

    @Test
    void bothFacesHaveTheReplacementBoxAndEveryGermanCharacter() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = Fonts.embed(doc, BundledFont::open);
            for (BundledFont face : BundledFont.values()) {
                for (int cp : "□€äöüßÄÖÜ„“”–—…•\u00A0\u202F".codePoints().toArray()) {
                    assertTrue(fonts.canShow(face, cp), face + " U+" + Integer.toHexString(cp));
                }
                for (int cp : (SampleReport.MISSING.replace(" ", "")).codePoints().toArray()) {
                    assertFalse(fonts.canShow(face, cp), face + " has U+" + Integer.toHexString(cp));
                }
            }
        }
    }
}
