package dev.skillradar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.assessment.TickReplay;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.text.Texts;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report's calibration section, read back with PDFBox in English and German: the basis used, the drift overall
 * and per area, the check-based levels beside the self-ratings, the stale ratings, and that the statements are
 * SkillRadar's judgement; the scores follow the basis.
 */
class CalibrationSectionTest {
    private static final CheckCatalogue CHECKS = DemoProfile.ROADMAP.checks().orElseThrow();
    private static final Instant TICKED = DemoProfile.NOW.minus(Duration.ofDays(20));

    /** Lena has ticked Python to level 2 (rated 4) and SQL to level 3 (rated 3); Python and German are stale. */
    static ReportInput withChecks(Language lang, Basis basis) {
        Map<String, Tick> ticks = new HashMap<>();
        List<TickChange> history = new ArrayList<>();
        long seq = 1;
        for (String[] upTo : new String[][] {{"python", "2"}, {"sql", "3"}}) {
            for (int l = 1; l <= Integer.parseInt(upTo[1]); l++) {
                for (CheckStatement s : CHECKS.of(upTo[0], l)) {
                    ticks.put(s.id(), new Tick(s.id(), null, null, TICKED));
                    history.add(new TickChange(seq++, s.id(), true, null, null, TICKED, ChangeOrigin.APP));
                }
            }
        }
        List<RatingChange> ratings = new ArrayList<>(DemoProfile.history());
        long next = ratings.stream().mapToLong(RatingChange::seq).max().orElse(0) + 1;
        ratings.add(new RatingChange(next, "sql", 3, 3, DemoProfile.NOW.minus(Duration.ofDays(1)), ChangeOrigin.CONFIRM));
        ReportInput plain = DemoProfile.input(lang);
        return new ReportInput(plain.roadmap(), plain.profile(), plain.role(), lang, PageSetup.Paper.A4, plain.ratings(),
                HistoryReplay.of(ratings, DemoProfile.ROADMAP), Optional.empty(), DemoProfile.NOW, DemoProfile.ZONE,
                "SkillRadar 0.1.0", basis, ticks, TickReplay.of(history), 3);
    }

    private static String words(ReportInput in) {
        return ReportPdfs.words(ReadinessReportTest.render(in).bytes());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSectionShowsTheBasisTheDriftTheChecksAndTheStaleRatings(Language lang) {
        Texts t = Texts.of(lang);
        String words = words(withChecks(lang, Basis.LOWER));
        assertTrue(ReportPdfs.bookmarks(ReadinessReportTest.render(withChecks(lang, Basis.LOWER)).bytes())
                .contains(t.get("report.calibration.heading")), "the section is bookmarked");
        assertTrue(words.contains(t.get("report.calibration.heading")));
        String basis = t.get("basis.lower");
        assertTrue(words.contains(t.get("report.key.basis")) && words.contains(basis), "the summary names the basis");
        assertTrue(words.contains(lang == Language.EN ? "SkillRadar’s own judgement, not the article’s"
                : "eine eigene Einschätzung von SkillRadar, nicht die des Artikels"), "whose statements they are");
        // python 4 - 2 = +2, sql 3 - 3 = 0: overall +1 over 2 skills, Python & data tools +2, SQL 0
        String overall = lang == Language.EN ? "+1.00 levels over 2 skills: rated higher than the checks show"
                : "+1,00 Stufen über 2 Kompetenzen: höher eingeschätzt, als der Selbstcheck zeigt";
        assertTrue(words.contains(overall), overall + " in " + words);
        assertTrue(words.contains(lang == Language.EN ? "Python & data tools +2.00 1" : "+2,00 1"), "the area's drift");
        assertTrue(words.contains(t.get("report.col.checked")) && words.contains(t.get("report.col.self")));
        assertTrue(words.contains(lang == Language.EN ? "Python 4 (Proficient) 2 (Guided) +2" : "+2"), "python's row");
        assertTrue(words.contains(t.get("report.calibration.stale")));
        assertTrue(words.contains(t.get("report.calibration.stale.intro", 3)), "stale after the data folder's 3 months");
        assertTrue(words.contains(t.get("report.origin.confirm")), "the confirmation among the recent changes");
    }

    @Test
    void theScoresFollowTheBasis() {
        ReportInput self = withChecks(Language.EN, Basis.SELF);
        ReportInput lower = withChecks(Language.EN, Basis.LOWER);
        var calc = ReadinessReportTest.CALCULATOR;
        String selfFigure = Texts.of(Language.EN).formats().percentOneDecimal(calc.evaluate(self.role(), self.scoredLevels()).overall());
        String lowerFigure = Texts.of(Language.EN).formats().percentOneDecimal(calc.evaluate(lower.role(), lower.scoredLevels()).overall());
        assertFalse(selfFigure.equals(lowerFigure), selfFigure);
        assertEquals(self.levels(), self.scoredLevels());
        assertEquals(Integer.valueOf(2), lower.scoredLevels().get("python"));
        assertEquals(Integer.valueOf(0), lower.scoredLevels().get("pandas"), "rated 3, nothing ticked: the lower is 0");
        assertTrue(words(self).contains(selfFigure));
        String lowerWords = words(lower);
        assertTrue(lowerWords.contains(lowerFigure) && !lowerWords.contains(selfFigure), lowerFigure);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void withoutTicksTheSectionSaysSoAndTheScoreIsUnchanged(Language lang) {
        Texts t = Texts.of(lang);
        String words = words(DemoProfile.input(lang));
        assertTrue(words.contains(t.get("report.calibration.overallNone")));
        assertTrue(words.contains(t.get("basis.self")));
        assertTrue(words.contains(t.get("report.calibration.stale.none", 6)), "nothing is older than six months");
    }

    @Test
    void aFormat1RoadmapSaysItHasNoChecksAndStillListsStaleRatings() throws Exception {
        Roadmap formatOne;
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.BUILT_IN)) {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            tree.put("format", 1).remove("checks");
            formatOne = new CatalogLoader().load(new java.io.ByteArrayInputStream(tree.toString().getBytes()), "f1.json");
        }
        ReportInput plain = DemoProfile.input(Language.EN);
        ReportInput in = new ReportInput(formatOne, plain.profile(), formatOne.role("junior").orElseThrow(), Language.EN,
                PageSetup.Paper.A4, plain.ratings(), HistoryReplay.of(DemoProfile.history(), formatOne), Optional.empty(),
                DemoProfile.NOW, DemoProfile.ZONE, "SkillRadar", Basis.SELF, Map.of(), TickReplay.empty(), 1);
        var report = new ReadinessReport(new dev.skillradar.assessment.ReadinessCalculator(formatOne),
                dev.skillradar.chart.DejaVuMeasure.load());
        String words = ReportPdfs.words(ReadinessReportTest.TYPESETTER.render(report.document(in)).bytes());
        Texts t = Texts.of(Language.EN);
        assertTrue(words.contains(t.get("report.calibration.noChecks")));
        assertTrue(words.contains(t.get("report.calibration.stale.intro", 1)), "ratings a month old are stale");
    }
}
