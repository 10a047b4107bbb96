package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, finds the report PDF/A-2b compliant in both languages. */
class PdfAComplianceTest {
    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(SampleReport.Lang.class)
    void theReportWithEveryBlockTypeAndHardCaseIsPdfA2b(SampleReport.Lang lang) throws Exception {
        RenderedPdf pdf = Pdfs.render(SampleReport.everything(lang));
        assertTrue(pdf.unshownCharacters() > 0, "the document exercises missing glyphs");
        ValidationResult result = validate(pdf.bytes());
        String failures = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                        + " @ " + a.getLocation().getContext())
                .distinct()
                .collect(Collectors.joining("\n"));
        assertEquals(PDFAFlavour.PDFA_2_B, result.getPDFAFlavour());
        assertTrue(result.isCompliant(), "veraPDF failed rules:\n" + failures);
    }

    @Test
    void theValidatorRejectsTheSameFileWithoutItsOutputIntentAndWithAStandardFont() throws Exception {
        byte[] good = Pdfs.render(SampleReport.standard(SampleReport.Lang.EN)).bytes();
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(good)) {
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(0), PDPageContentStream.AppendMode.APPEND, true)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                cs.showText("not embedded");
                cs.endText();
            }
            doc.save(bad);
        }
        ValidationResult result = validate(bad.toByteArray());
        assertFalse(result.isCompliant());
        Set<String> clauses = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause()).collect(Collectors.toSet());
        assertTrue(clauses.contains("6.2.4.3"), "DeviceRGB without an output intent: " + clauses);
        assertTrue(clauses.contains("6.2.11.4.1"), "font not embedded: " + clauses);
    }

    static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            return validator.validate(parser);
        }
    }
}
