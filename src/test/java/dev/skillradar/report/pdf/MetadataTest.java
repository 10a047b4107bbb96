package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/** What the file says about itself, as document information and as XMP, and that it is reproducible. */
class MetadataTest {
    @Test
    void documentInformationAndXmpSayTheSameThings() throws Exception {
        DocumentInfo info = SampleReport.info(SampleReport.Lang.DE);
        try (PDDocument doc = Pdfs.render(SampleReport.standard(SampleReport.Lang.DE)).load()) {
            PDDocumentInformation di = doc.getDocumentInformation();
            assertEquals("Bereitschaftsbericht – Jürgen Weiß", di.getTitle());
            assertEquals("Jürgen Weiß", di.getAuthor());
            assertEquals(info.subject(), di.getSubject());
            assertEquals("SkillRadar, ML Engineer, Bereitschaft", di.getKeywords());
            assertEquals("SkillRadar 0.1.0", di.getCreator());
            assertEquals("SkillRadar 0.1.0 (Apache PDFBox 3.0.8)", di.getProducer());
            assertEquals(SampleReport.CREATED, di.getCreationDate().toInstant());
            assertEquals(SampleReport.CREATED, di.getModificationDate().toInstant());

            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertEquals(di.getTitle(), dc.getTitle());
            assertEquals(List.of(di.getAuthor()), dc.getCreators());
            assertEquals(di.getSubject(), dc.getDescription());
            AdobePDFSchema pdf = xmp.getAdobePDFSchema();
            assertEquals(di.getKeywords(), pdf.getKeywords());
            assertEquals(di.getProducer(), pdf.getProducer());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            assertEquals(di.getCreator(), basic.getCreatorTool());
            assertEquals(di.getCreationDate().toInstant(), basic.getCreateDate().toInstant());
            assertEquals(di.getModificationDate().toInstant(), basic.getModifyDate().toInstant());
            assertEquals(di.getModificationDate().toInstant(), basic.getMetadataDate().toInstant());
            PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
            assertEquals(2, pdfa.getPart());
            assertEquals("B", pdfa.getConformance());

            assertEquals("de-DE", catalog.getLanguage());
            List<PDOutputIntent> intents = catalog.getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
            assertEquals(3, intents.get(0).getDestOutputIntent().getInt(COSName.N));
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertNotNull(id, "file identifier");
            assertEquals(16, ((COSString) id.get(0)).getBytes().length);
        }
    }

    @Test
    void theSameReportMadeTwiceIsTheSameFileAndOtherContentGetsAnotherIdentifier() throws Exception {
        byte[] first = Pdfs.render(SampleReport.everything(SampleReport.Lang.EN)).bytes();
        byte[] second = new PdfTypesetter().render(SampleReport.everything(SampleReport.Lang.EN)).bytes();
        assertArrayEquals(first, second);
        ReportDocument other = ReportDocument.builder(SampleReport.info(SampleReport.Lang.EN))
                .addAll(SampleReport.standard(SampleReport.Lang.EN).blocks()).add(Block.Paragraph.of("one more line"))
                .build();
        try (PDDocument a = Pdfs.render(SampleReport.standard(SampleReport.Lang.EN)).load();
             PDDocument b = Pdfs.render(other).load()) {
            assertFalse(java.util.Arrays.equals(trailerId(a), trailerId(b)));
        }
    }

    private static byte[] trailerId(PDDocument doc) {
        return ((COSString) doc.getDocument().getTrailer().getCOSArray(COSName.ID).get(0)).getBytes();
    }

    @Test
    void theCreationTimeIsKeptToTheSecondAndTheLanguageMustBeATag() {
        DocumentInfo info = new DocumentInfo("t", "", "", List.of(), "", "", Instant.parse("2026-12-01T09:30:00.789Z"), "en-GB");
        assertEquals(Instant.parse("2026-12-01T09:30:00Z"), info.created());
        assertThrows(IllegalArgumentException.class,
                () -> new DocumentInfo("t", "", "", List.of(), "", "", Instant.EPOCH, "not a tag!"));
    }

    @Test
    void aProfileNameWithAnEmojiOrABrokenCharacterStillMakesValidMetadata() throws Exception {
        DocumentInfo info = new DocumentInfo("Report", "Anna \uD83D\uDE80 \uD800x\u0007", "", List.of("a\nb"), "", "",
                SampleReport.CREATED, "en-GB");
        try (PDDocument doc = Pdfs.render(ReportDocument.builder(info).build()).load()) {
            assertEquals("Anna \uD83D\uDE80 \u25A1x\u25A1", doc.getDocumentInformation().getAuthor());
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(List.of("Anna \uD83D\uDE80 \u25A1x\u25A1"), xmp.getDublinCoreSchema().getCreators());
            assertEquals("a b", xmp.getAdobePDFSchema().getKeywords());
        }
    }
}
