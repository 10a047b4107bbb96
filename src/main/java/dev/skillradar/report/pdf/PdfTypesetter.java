package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Typesets a {@link ReportDocument} into a PDF/A-2b file: lays the blocks out on pages, draws them with the
 * bundled DejaVu Sans (embedded as subsets, never a standard-14 font), adds the running header and footer with
 * "page N of M", bookmarks for the headings, link annotations and the metadata. No images, no transparency.
 * A typesetter holds no state between documents and may be shared; one document is made on one thread.
 */
public final class PdfTypesetter {
    private final Fonts.FontFiles fontFiles;

    public PdfTypesetter() {
        this(BundledFont::open);
    }

    PdfTypesetter(Fonts.FontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    /**
     * The finished file. Subset fonts are written when the document is saved, so the bytes are the only
     * form of the report to preview, print or store.
     *
     * @throws UncheckedIOException if the fonts cannot be read (a broken jar)
     */
    public RenderedPdf render(ReportDocument report) {
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.7f);
            try (Fonts fonts = Fonts.embed(doc, fontFiles)) {
                return render(report, doc, fonts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RenderedPdf render(ReportDocument report, PDDocument doc, Fonts fonts) throws IOException {
        TextCleaner cleaner = new TextCleaner(fonts);
        Frame frame = new Frame(report.page());

        Layout layout = new Layout(fonts, cleaner, frame.bodyWidth, frame.bodyHeight);
        report.blocks().forEach(layout::add);
        RunningLine running = new RunningLine(report.running(), fonts, cleaner, frame.bodyWidth);
        int missing = cleaner.replaced();
        if (missing > 0 && report.missingGlyphNote() != null) {
            layout.add(new Block.Spacer(6));
            layout.add(Block.Paragraph.small(report.missingGlyphNote().apply(missing)));
        }
        Paginator paginator = new Paginator(frame.bodyHeight).paginate(layout.items());

        List<List<Paginator.Placed>> pages = paginator.pages();
        MessageDigest digest = Metadata.sha256();
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = new PDPage(new PDRectangle(frame.pageWidth, frame.pageHeight));
            doc.addPage(page);
            PageDraw draw;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                draw = new PageDraw(cs, fonts, frame.left, frame.bodyTop);
                running.drawHeader(draw);
                for (Paginator.Placed placed : pages.get(p)) {
                    placed.item().draw(draw, placed.top());
                }
                running.drawFooter(draw, frame.bodyHeight, p + 1, pages.size());
            }
            if (!draw.annotations().isEmpty()) {
                page.setAnnotations(draw.annotations());
            }
            digest(page, digest);
        }
        outline(doc, paginator.marks(), frame);
        Metadata.apply(doc, report.info());
        Metadata.identify(doc, report.info(), digest);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return new RenderedPdf(out.toByteArray(), pages.size(), missing);
    }

    /**
     * Renders and discards a one-page document with every kind of block, so that the first real report in this
     * process does not pay for loading PDFBox's classes, parsing the fonts and the XML machinery of the
     * metadata (together most of a second on a slow machine). Meant for a background thread, for example when
     * the report screen opens; harmless to call more than once.
     */
    public void warmUp() {
        Figure.Painter painter = c -> {
            c.circle(20, 20, 10).fillAndStroke(Rgb.WHITE, Stroke.dashed(Rgb.BLACK, 1, 2, 2));
            c.text("a", 40, 20, BundledFont.BOLD, 8, Rgb.BLACK, Align.CENTER);
        };
        render(ReportDocument.builder(new DocumentInfo("warm-up", "", "", java.util.List.of("a"), "", "",
                        java.time.Instant.EPOCH, "en"))
                .missingGlyphNote(n -> "\u25A1 " + n)
                .add(new Block.Title("Title", "subtitle"), Block.Heading.h1("Heading"),
                        Block.Paragraph.of(Run.plain("plain \uD83E\uDD16 "), Run.bold("bold "), Run.link("https://example.org/")),
                        Block.BulletList.of("item"), Block.KeyValues.of(Block.KeyValues.entry("key", "value")),
                        new Block.KeyFigure("1", "label", "caption"), Bars.of("caption", Bars.Bar.of("bar", 50, "50")),
                        new Table(java.util.List.of(Table.Column.left("a", 1), Table.Column.right("b", 1)),
                                java.util.List.of(Table.group("group"), Table.row("1", "2"))),
                        new Figure(60, 40, painter, "caption"))
                .build());
    }

    /** Renders and writes the file to {@code out} (which is not closed). */
    public RenderedPdf write(ReportDocument report, OutputStream out) throws IOException {
        RenderedPdf pdf = render(report);
        pdf.writeTo(out);
        return pdf;
    }

    private static void digest(PDPage page, MessageDigest digest) throws IOException {
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            try (InputStream in = streams.next().getCOSObject().createRawInputStream()) {
                digest.update(in.readAllBytes());
            }
        }
    }

    private static void outline(PDDocument doc, List<Paginator.Mark> marks, Frame frame) {
        if (marks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem[] open = new PDOutlineItem[4];
        for (Paginator.Mark m : marks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(m.title());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(doc.getPage(m.page()));
            dest.setTop(Math.round(frame.bodyTop - m.top() + 8));
            dest.setLeft(0);
            item.setDestination(dest);
            PDOutlineNode parent = outline;
            for (int level = m.level() - 1; level >= 1; level--) {
                if (open[level] != null) {
                    parent = open[level];
                    break;
                }
            }
            parent.addLast(item);
            open[m.level()] = item;
            for (int level = m.level() + 1; level < open.length; level++) {
                open[level] = null;
            }
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /** The page's geometry in points: the body between the margins less the header and footer bands. */
    private static final class Frame {
        final float pageWidth;
        final float pageHeight;
        final float left;
        final float bodyTop;
        final float bodyWidth;
        final float bodyHeight;

        Frame(PageSetup setup) {
            pageWidth = setup.paper().width;
            pageHeight = setup.paper().height;
            left = setup.left();
            bodyTop = pageHeight - setup.top() - Theme.HEADER_BAND;
            bodyWidth = pageWidth - setup.left() - setup.right();
            bodyHeight = bodyTop - setup.bottom() - Theme.FOOTER_BAND;
        }
    }
}
