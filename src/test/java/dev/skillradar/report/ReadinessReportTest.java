package dev.skillradar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.PdfTypesetter;
import dev.skillradar.report.pdf.RenderedPdf;
import dev.skillradar.text.RadarTexts;
import dev.skillradar.text.Texts;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The report's "Must show", read back with PDFBox in English and German, on the demo learner. */
class ReadinessReportTest {
    static final ReadinessCalculator CALCULATOR = new ReadinessCalculator(DemoProfile.ROADMAP);
    static final ReadinessReport REPORT = new ReadinessReport(CALCULATOR, DejaVuMeasure.load());
    static final PdfTypesetter TYPESETTER = new PdfTypesetter();

    static RenderedPdf render(ReportInput in) {
        return TYPESETTER.render(REPORT.document(in));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theReadinessFigureIsScoresOneDecimalFigureAndEverySkillIsNamed(Language lang) {
        ReportInput in = DemoProfile.input(lang);
        byte[] pdf = render(in).bytes();
        String words = ReportPdfs.words(pdf);
        Double overall = CALCULATOR.evaluate(in.role(), in.levels()).overall();
        String figure = Texts.of(lang).formats().percentOneDecimal(overall);
        assertTrue(words.contains(figure), "the headline " + figure);
        assertEquals(lang == Language.EN ? "76.8%" : "76,8 %", figure, "the demo learner's score, as score prints it");
        for (Skill s : DemoProfile.ROADMAP.skills()) {
            assertTrue(words.contains(s.name().get(lang)), "skill " + s.name().get(lang));
        }
        var at = CALCULATOR.evaluate(in.role(), in.levels()).atTarget();
        assertTrue(words.contains(lang == Language.EN ? at.met() + " of " + at.of() + " skills at target"
                : at.met() + " von " + at.of() + " Kompetenzen am Ziel"), "units at target");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSummarysRadarIsOnTheFirstPageOnA4AndLetterWithTheScoringBasisNamed(Language lang) {
        String heading = lang == Language.EN ? "Skill profile" : "Kompetenzprofil";
        Comparison mentor = new Comparison(new RadarTexts.OtherProfile(DemoProfile.MENTOR.name()), DemoProfile.mentorLevels());
        for (PageSetup.Paper paper : PageSetup.Paper.values()) {
            // with a comparison the summary has one line more (US Letter is the shorter page)
            for (Optional<Comparison> compared : List.of(Optional.<Comparison>empty(), Optional.of(mentor))) {
                List<String> pages = ReportPdfs.pageTexts(render(DemoProfile.input(lang, paper, compared)).bytes());
                assertTrue(pages.get(0).contains(heading),
                        paper + (compared.isPresent() ? " with a comparison" : "") + ": the radar belongs to the summary\n" + pages.get(0));
                assertTrue(pages.get(0).contains(lang == Language.EN ? "Scored on" : "Bewertungsgrundlage"), pages.get(0));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSalaryBandsTheSourceAndTheUmlautsAreThere(Language lang) {
        String words = ReportPdfs.words(render(DemoProfile.input(lang)).bytes());
        for (Role role : DemoProfile.ROADMAP.roles()) {
            String band = Texts.of(lang).formats().salary(role);
            assertTrue(band.contains("€"), band);
            assertTrue(words.contains(band), "salary band " + band);
        }
        assertTrue(words.contains(DemoProfile.ROADMAP.source().citation().get(lang)), "the source sentence");
        assertTrue(words.contains("Lena Müller"));
        assertTrue(words.contains("größere Datensätze"), "a note with umlauts and ß");
        if (lang == Language.DE) {
            assertTrue(words.contains("Bereitschaftsbericht") && words.contains("Kompetenzen"));
        }
        assertTrue(words.contains(DemoProfile.ROADMAP.market().languageNote().get(lang)), "the note on German");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPageSaysPageNOfMAndTheFileIsVectorWithEmbeddedFontsMetadataAndBookmarks(Language lang) throws Exception {
        RenderedPdf rendered = render(DemoProfile.input(lang));
        byte[] pdf = rendered.bytes();
        List<String> pages = ReportPdfs.pageTexts(pdf);
        assertEquals(rendered.pageCount(), pages.size());
        assertTrue(pages.size() >= 6, "six sections on " + pages.size() + " pages");
        for (int i = 0; i < pages.size(); i++) {
            String label = lang == Language.EN ? "Page " + (i + 1) + " of " + pages.size()
                    : "Seite " + (i + 1) + " von " + pages.size();
            assertTrue(pages.get(i).contains(label), "page " + (i + 1) + ": " + label);
            assertTrue(pages.get(i).contains("Lena Müller"), "running header names the profile on page " + (i + 1));
        }
        List<String> fonts = ReportPdfs.fonts(pdf);
        assertFalse(fonts.isEmpty());
        assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVuSans") && !f.contains("NOT EMBEDDED")), fonts.toString());
        assertEquals(0, ReportPdfs.images(pdf), "charts are vector paths, no image");
        try (PDDocument doc = ReportPdfs.load(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals(lang == Language.EN ? "Readiness report – Lena Müller" : "Bereitschaftsbericht – Lena Müller",
                    info.getTitle());
            assertEquals("Lena Müller", info.getAuthor());
            assertTrue(info.getKeywords().contains("SkillRadar"));
            assertEquals(DemoProfile.NOW, info.getCreationDate().toInstant());
            assertEquals(lang == Language.EN ? "en-GB" : "de-DE", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMetadata() != null, "XMP metadata");
        }
        List<String> marks = ReportPdfs.bookmarks(pdf);
        Texts t = Texts.of(lang);
        for (String key : List.of("report.summary.heading", "report.bars.heading", "report.gaps.heading",
                "report.skills.heading", "report.progress.heading", "report.context.heading")) {
            assertTrue(marks.contains(t.get(key)), "bookmark " + t.get(key) + " in " + marks);
        }
    }

    @Test
    void theReportMarksSkillRadarsJudgementsWhereTheyAppear() {
        String words = ReportPdfs.words(render(DemoProfile.input(Language.EN)).bytes());
        assertTrue(words.contains("Target (SkillRadar)"), "the targets column");
        assertTrue(words.contains("(SkillRadar’s judgement)"), "the radar's target");
        assertTrue(words.contains("% estimate"), "estimated demand in the table");
        assertTrue(words.contains("(SkillRadar’s estimate)"), "estimated demand of a gap");
        assertTrue(words.contains("(address added by SkillRadar)"), "addresses SkillRadar added");
        assertTrue(words.contains("not verified") || words.contains("has verified them"), "self-ratings are unverified");
    }

    @Test
    void anEmptyProfileReadsWellNothingRatedNoHistory() {
        String words = ReportPdfs.words(render(DemoProfile.empty(Language.EN)).bytes());
        assertTrue(words.contains("0.0%"));
        assertTrue(words.contains("0 of 29 skills at target"));
        assertTrue(words.contains("Nothing is rated yet"));
        assertTrue(words.contains("No rating has been recorded yet"));
        assertTrue(words.contains("No rating changed in the last 90 days."));
        assertTrue(words.contains("Raise Python from 0 (No exposure) to 3 (Independent)."), "the first next step");
    }

    @Test
    void someoneAtEveryTargetHasNoGapsAndAHistoryOfOneDayIsSaidToBeSo() {
        Role junior = DemoProfile.ROADMAP.role("junior").orElseThrow();
        java.util.Map<String, dev.skillradar.assessment.Rating> all = new java.util.HashMap<>();
        List<dev.skillradar.assessment.RatingChange> oneDay = new java.util.ArrayList<>();
        long seq = 1;
        for (Skill s : DemoProfile.ROADMAP.skills()) {
            int level = Math.max(1, junior.target(s.id()));
            all.put(s.id(), new dev.skillradar.assessment.Rating(s.id(), level, null, null, DemoProfile.NOW));
            oneDay.add(new dev.skillradar.assessment.RatingChange(seq++, s.id(), null, level,
                    DemoProfile.NOW.minusSeconds(3600 - seq), dev.skillradar.assessment.ChangeOrigin.APP));
        }
        ReportInput in = new ReportInput(DemoProfile.ROADMAP, DemoProfile.LENA, junior, Language.EN, PageSetup.Paper.A4,
                all, dev.skillradar.assessment.HistoryReplay.of(oneDay, DemoProfile.ROADMAP), Optional.empty(),
                DemoProfile.NOW, DemoProfile.ZONE, "SkillRadar test");
        String words = ReportPdfs.words(render(in).bytes());
        assertTrue(words.contains("100.0%"));
        assertTrue(words.contains("29 of 29 skills at target"));
        assertTrue(words.contains("You meet every target for Junior ML Engineer."), "no gaps");
        assertTrue(words.contains("All ratings so far were made on 1 December 2026"), "a history of one day");
        assertTrue(words.contains("Ready now"));
    }

    @Test
    void aComparisonWithAMentorOrADateIsNamedAndShown() {
        Comparison mentor = new Comparison(new RadarTexts.OtherProfile(DemoProfile.MENTOR.name()), DemoProfile.mentorLevels());
        String words = ReportPdfs.words(render(DemoProfile.input(Language.EN, PageSetup.Paper.US_LETTER,
                Optional.of(mentor))).bytes());
        assertTrue(words.contains("Jörg Weiß (joerg.json) (someone else’s view of you"), "the comparison is named");
        assertTrue(words.contains("dotted: Jörg Weiß (joerg.json)"), "and drawn on the radar");
        assertTrue(words.contains("Compared"), "the table's comparison column");

        Comparison past = new Comparison(new RadarTexts.AtMoment(java.time.Instant.parse("2026-09-01T12:00:00Z"),
                DemoProfile.ZONE), java.util.Map.of("python", 2));
        String de = ReportPdfs.words(render(DemoProfile.input(Language.DE, PageSetup.Paper.A4, Optional.of(past))).bytes());
        assertTrue(de.contains("Ihren eigenen Bewertungen vom 1. September 2026"), de.substring(0, 600));
    }

    @Test
    void usLetterIsLaidOutOnLetterPagesNotShrunk() throws Exception {
        byte[] pdf = render(DemoProfile.input(Language.EN, PageSetup.Paper.US_LETTER, Optional.empty())).bytes();
        try (PDDocument doc = ReportPdfs.load(pdf)) {
            assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(792, doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
    }

    @Test
    void theSameInputGivesTheSameFile() {
        assertEquals(java.util.Arrays.hashCode(render(DemoProfile.input(Language.DE)).bytes()),
                java.util.Arrays.hashCode(render(DemoProfile.input(Language.DE)).bytes()));
    }
}
