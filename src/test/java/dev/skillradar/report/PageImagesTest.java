package dev.skillradar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Language;
import dev.skillradar.report.pdf.RenderedPdf;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The preview's pages come from the saved bytes, one at a time, on one thread. */
class PageImagesTest {
    @Test
    void aPageIsRenderedAtTheAskedResolutionAndOnlyOnItsThread() throws Exception {
        RenderedPdf pdf = ReadinessReportTest.render(DemoProfile.input(Language.EN));
        try (PageImages pages = new PageImages(pdf.bytes())) {
            assertEquals(pdf.pageCount(), pages.pageCount());
            BufferedImage first = pages.render(0, 72);
            assertEquals(595, first.getWidth(), 1);
            assertEquals(842, first.getHeight(), 1);
            assertEquals(2 * first.getWidth(), pages.render(0, 144).getWidth(), 2);
            assertTrue(dark(first) > 1000, "the page has ink");
            assertThrows(IndexOutOfBoundsException.class, () -> pages.render(pdf.pageCount(), 72));
            ExecutionException other = assertThrows(ExecutionException.class,
                    () -> CompletableFuture.supplyAsync(pages::pageCount).get());
            assertTrue(other.getCause() instanceof IllegalStateException, other.toString());
        }
    }

    private static int dark(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
