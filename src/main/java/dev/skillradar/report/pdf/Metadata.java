package dev.skillradar.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes the file archivable (PDF/A-2b) and findable: document information and the same facts as XMP, the
 * document language, an sRGB output intent for the DeviceRGB colours, and a file identifier derived from the
 * content's description (not from the clock), so that the same report made twice is byte for byte the same.
 */
final class Metadata {
    static final String SRGB = "sRGB IEC61966-2.1";

    private Metadata() {
    }

    static void apply(PDDocument doc, DocumentInfo info) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(info.created().toEpochMilli());
        String author = clean(info.author());
        String title = clean(info.title());
        String subject = clean(info.subject());
        String keywords = clean(info.keywordLine());

        PDDocumentInformation di = doc.getDocumentInformation();
        di.setTitle(title);
        if (!author.isEmpty()) {
            di.setAuthor(author);
        }
        if (!subject.isEmpty()) {
            di.setSubject(subject);
        }
        if (!keywords.isEmpty()) {
            di.setKeywords(keywords);
        }
        if (!info.creator().isEmpty()) {
            di.setCreator(clean(info.creator()));
        }
        if (!info.producer().isEmpty()) {
            di.setProducer(clean(info.producer()));
        }
        di.setCreationDate(when);
        di.setModificationDate(when);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(info, title, author, subject, keywords, when));
        catalog.setMetadata(metadata);
        catalog.setLanguage(info.languageTag());

        PDOutputIntent intent = new PDOutputIntent(doc,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

    }

    private static byte[] xmp(DocumentInfo info, String title, String author, String subject, String keywords,
                              Calendar when) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        if (!author.isEmpty()) {
            dc.addCreator(author);
        }
        if (!subject.isEmpty()) {
            dc.setDescription(subject);
        }
        for (String k : info.keywords()) {
            dc.addSubject(clean(k));
        }
        dc.addLanguage(info.languageTag());
        dc.setFormat("application/pdf");

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        if (!keywords.isEmpty()) {
            pdf.setKeywords(keywords);
        }
        if (!info.producer().isEmpty()) {
            pdf.setProducer(clean(info.producer()));
        }

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        if (!info.creator().isEmpty()) {
            basic.setCreatorTool(clean(info.creator()));
        }
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        basic.setMetadataDate(when);

        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // the JDK's own XML implementation, not whichever a jar on the class path registers (veraPDF's Saxon
            // in the tests): the same report is then the same file wherever it is made
            new XmpSerializer(TransformerFactory.newDefaultInstance(), DocumentBuilderFactory.newDefaultInstance())
                    .serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("XMP metadata could not be written", e);
        }
        return out.toByteArray();
    }

    /** Metadata may hold emoji (text strings are UTF-16), but no lone surrogate or control, which XML forbids. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.SURROGATE || (type == Character.CONTROL && cp != '\t')) {
                out.append(cp == '\n' || cp == '\r' ? ' ' : '\u25A1');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString().strip();
    }

    /**
     * Sets the trailer's file identifier (PDF/A requires one) to a digest of the document information and of
     * the pages' content, so that it changes with the content and not with the clock.
     */
    static void identify(PDDocument doc, DocumentInfo info, MessageDigest contentDigest) {
        String key = String.join("\u0000", info.title(), info.author(), info.subject(), info.keywordLine(),
                info.created().toString(), info.languageTag());
        contentDigest.update(key.getBytes(StandardCharsets.UTF_8));
        byte[] id = java.util.Arrays.copyOf(contentDigest.digest(), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
