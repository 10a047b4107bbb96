package dev.skillradar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Language;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.text.RadarTexts;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF finds the real readiness report PDF/A-2b compliant: both languages, A4 and Letter with a comparison. */
class ReportPdfATest {
    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theReadinessReportIsPdfA2b(Language lang) throws Exception {
        Comparison mentor = new Comparison(new RadarTexts.OtherProfile(DemoProfile.MENTOR.name()), DemoProfile.mentorLevels());
        for (ReportInput in : new ReportInput[] {DemoProfile.input(lang), DemoProfile.empty(lang),
                DemoProfile.input(lang, PageSetup.Paper.US_LETTER, Optional.of(mentor))}) {
            byte[] pdf = ReadinessReportTest.render(in).bytes();
            ValidationResult result;
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
                result = validator.validate(parser);
            }
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertEquals(PDFAFlavour.PDFA_2_B, result.getPDFAFlavour());
            assertTrue(result.isCompliant(), in.paper() + " " + in.profile().name() + ": veraPDF failed rules:\n" + failures);
        }
    }
}
