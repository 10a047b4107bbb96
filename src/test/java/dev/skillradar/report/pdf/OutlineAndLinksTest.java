package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.report.pdf.Block.Heading;
import dev.skillradar.report.pdf.Block.Paragraph;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

/** Bookmarks for the headings and clickable links. */
class OutlineAndLinksTest {
    @Test
    void headingsBecomeBookmarksNestedByLevelPointingAtTheirPage() throws Exception {
        RenderedPdf pdf = Pdfs.render(Pdfs.document(Heading.h1("Summary"), Heading.h2("Readiness"),
                Paragraph.of("text"), new Heading(2, "Not in the outline", false), new Block.PageBreak(),
                Heading.h1("Skills"), Heading.h3("Phase 1"), Heading.h2("Phase 2"), Paragraph.of("more")));
        try (PDDocument doc = pdf.load()) {
            PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
            List<String> tree = new ArrayList<>();
            for (PDOutlineItem top : outline.children()) {
                tree.add(top.getTitle() + "@" + page(doc, top));
                for (PDOutlineItem child : top.children()) {
                    tree.add("  " + child.getTitle() + "@" + page(doc, child));
                    child.children().forEach(c -> tree.add("    " + c.getTitle()));
                }
            }
            assertEquals(List.of("Summary@0", "  Readiness@0", "Skills@1", "  Phase 1@1", "  Phase 2@1"), tree);
            PDPageXYZDestination dest = (PDPageXYZDestination) outline.getFirstChild().getDestination();
            PDRectangle media = dest.getPage().getMediaBox();
            assertTrue(dest.getTop() > media.getHeight() - 150 && dest.getTop() <= media.getHeight(), "near the top");
        }
    }

    @Test
    void aDocumentWithoutHeadingsHasNoOutline() throws Exception {
        try (PDDocument doc = Pdfs.render(Pdfs.document(Paragraph.of("plain"))).load()) {
            assertNull(doc.getDocumentCatalog().getDocumentOutline());
        }
    }

    private static int page(PDDocument doc, PDOutlineItem item) throws Exception {
        return doc.getPages().indexOf(((PDPageXYZDestination) item.getDestination()).getPage());
    }

    @Test
    void aLinkIsClickableOverItsTextOnEveryLineItWrapsTo() throws Exception {
        String url = "https://huggingface.co/docs/transformers/index?utm_source=skillradar&utm_medium=report&utm_campaign=x";
        RenderedPdf pdf = Pdfs.render(Pdfs.document(Paragraph.of(Run.plain("Read "), Run.link("the documentation", url),
                Run.plain(" or open "), Run.link(url), Run.plain(" in a browser.")),
                Paragraph.of(Run.link("Mode SQL Tutorial", "https://mode.com/sql-tutorial/"))));
        try (PDDocument doc = pdf.load()) {
            PDPage page = doc.getPage(0);
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                links.add((PDAnnotationLink) a);
            }
            List<PDAnnotationLink> long_ = links.stream().filter(l -> url.equals(uri(l))).toList();
            assertTrue(long_.size() >= 3, "the short link text and the wrapped address: " + long_.size());
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                float h = page.getMediaBox().getHeight();
                stripper.addRegion("l" + i, new Rectangle2D.Float(r.getLowerLeftX() - 0.5f, h - r.getUpperRightY() - 0.5f,
                        r.getWidth() + 1, r.getHeight() + 1));
                assertTrue(links.get(i).isPrinted(), "print flag");
                assertEquals(0, links.get(i).getBorderStyle().getWidth(), 0.0, "no border");
            }
            stripper.extractRegions(page);
            StringBuilder address = new StringBuilder();
            for (int i = 0; i < links.size(); i++) {
                String under = stripper.getTextForRegion("l" + i).strip();
                if (under.startsWith("https://") || address.length() > 0 && !under.equals("Mode SQL Tutorial")
                        && !under.equals("the documentation")) {
                    address.append(under);
                }
            }
            assertEquals(url, address.toString(), "the rectangles cover exactly the address, piece by piece");
            assertEquals("the documentation", stripper.getTextForRegion("l0").strip());
            assertEquals("Mode SQL Tutorial", stripper.getTextForRegion("l" + (links.size() - 1)).strip());
            assertEquals("https://mode.com/sql-tutorial/", uri(links.get(links.size() - 1)));
        }
    }

    private static String uri(PDAnnotationLink link) {
        return ((PDActionURI) link.getAction()).getURI();
    }

    @Test
    void onlyWebAndMailLinksAreAccepted() {
        Run.link("a", "mailto:anna@example.org");
        for (String bad : new String[] {"javascript:alert(1)", "file:///etc/passwd", "relative/path", "http://bad url"}) {
            try {
                Run.link("x", bad);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains(bad.substring(0, 4)));
            }
        }
    }
}
