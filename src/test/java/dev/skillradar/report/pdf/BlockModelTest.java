package dev.skillradar.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.report.pdf.Block.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The block model refuses what cannot be laid out, and lays out whatever it accepts. */
class BlockModelTest {
    @Test
    void valuesOutsideTheirRangeAreRefusedWhenTheBlockIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new Block.Heading(4, "x", true));
        assertThrows(IllegalArgumentException.class, () -> Bars.Bar.of("x", 100.5, ""));
        assertThrows(IllegalArgumentException.class, () -> Bars.Bar.of("x", Double.NaN, ""));
        assertThrows(IllegalArgumentException.class, () -> new Block.Spacer(-1));
        assertThrows(IllegalArgumentException.class, () -> new Figure(0, 10, c -> { }, ""));
        assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Stroke.dashed(Rgb.BLACK, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Table(List.of(Table.Column.left("a", 1)),
                List.of(Table.row("1", "2"))));
        assertThrows(IllegalArgumentException.class, () -> Table.Column.left("a", 0));
        assertThrows(IllegalArgumentException.class, () -> new Run("x", Run.Kind.PLAIN, "https://example.org/"));
    }

    @Test
    void emptyAndBlankTextOfEveryBlockStillMakesAValidFile() {
        ReportDocument doc = Pdfs.document(new Block.Title("", ""), new Block.Title("Only a title", null),
                Block.Heading.h1(" "), Paragraph.of(""), Paragraph.of("\n\n"), Block.BulletList.of("", " "),
                Block.KeyValues.of(Block.KeyValues.entry("", "")), new Block.KeyFigure("", "", ""),
                Bars.of("", Bars.Bar.none("", "")), new Table(List.of(Table.Column.left("", 1)), List.of(Table.row(""))),
                new Table(List.of(Table.Column.left("a", 1)), List.of()), new Figure(10, 10, c -> { }, " "),
                Block.KeepTogether.of(), new Block.Spacer(0), Paragraph.of("the end"));
        RenderedPdf pdf = Pdfs.render(doc);
        assertEquals(1, pdf.pageCount());
        assertTrue(Pdfs.text(pdf).contains("Only a title"));
        assertTrue(Pdfs.text(pdf).contains("the end"));
    }

    @Test
    void aFigureTallerThanAPageIsScaledToFitAndAWiderOneToTheColumn() {
        List<double[]> sizes = new java.util.ArrayList<>();
        Figure tall = new Figure(100, 3000, c -> sizes.add(new double[] {c.width(), c.height()}), "");
        assertEquals(1, Pdfs.render(Pdfs.document(tall)).pageCount(), "scaled to the body's height");
        assertEquals(1, Pdfs.render(Pdfs.document(new Figure(2000, 100, c -> { }, ""), Paragraph.of("x"))).pageCount(),
                "scaled to the body's width");
        assertEquals(List.of(100.0, 3000.0), List.of(sizes.get(0)[0], sizes.get(0)[1]),
                "the painter works in its own units whatever the scale");
    }

    @Test
    void tintsArePreBlendedSolidColours() {
        assertEquals(new Rgb(128, 128, 128), Rgb.BLACK.tint(0.5 - 0.002));
        assertEquals(Rgb.of(0x1F4E79), Rgb.of(0x1F4E79).over(Rgb.WHITE, 1));
        assertEquals(Rgb.WHITE, Rgb.of(0x1F4E79).over(Rgb.WHITE, 0));
        assertEquals(new Rgb(0, 0, 255), Rgb.of(0xFF0000).mix(Rgb.of(0x0000FF), 1));
    }
}
