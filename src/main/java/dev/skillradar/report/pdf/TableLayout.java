package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.util.ArrayList;
import java.util.List;

/** Lays out tables and key-value lists as rows of cells ({@link CellsItem}). */
final class TableLayout {
    private final Fonts fonts;
    private final TextCleaner cleaner;
    private final float width;

    TableLayout(Fonts fonts, TextCleaner cleaner, float width) {
        this.fonts = fonts;
        this.cleaner = cleaner;
        this.width = width;
    }

    List<Item> table(Table table) {
        List<Table.Column> columns = table.columns();
        double total = columns.stream().mapToDouble(Table.Column::weight).sum();
        float[] xs = new float[columns.size()];
        float[] ws = new float[columns.size()];
        float x = 0;
        for (int i = 0; i < columns.size(); i++) {
            xs[i] = x;
            ws[i] = (float) (width * columns.get(i).weight() / total);
            x += ws[i];
        }
        float pad = Theme.CELL_PAD_X;
        List<Item> out = new ArrayList<>();
        Item header = null;
        if (table.hasHeader()) {
            TextStyle style = new TextStyle(Theme.SMALL, Theme.LEADING, Theme.INK, BundledFont.BOLD);
            List<CellsItem.Cell> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Table.Column c = columns.get(i);
                cells.add(new CellsItem.Cell(TextBox.of(List.of(Run.bold(c.title())), style, ws[i] - 2 * pad,
                        c.align(), fonts, cleaner), xs[i] + pad));
            }
            header = new CellsItem(cells, width, Theme.CELL_PAD_Y + 1, Theme.CELL_PAD_Y, Theme.TINT, 0.8f, Theme.RULE,
                    false);
            header.keepWithNext = true;
            out.add(header);
        }
        for (Table.Row row : table.rows()) {
            Item item;
            if (row instanceof Table.Group g) {
                TextStyle style = new TextStyle(Theme.TABLE, Theme.LEADING, Theme.ACCENT, BundledFont.BOLD);
                TextBox box = TextBox.of(List.of(Run.bold(g.label())), style, width - 2 * pad, Align.LEFT, fonts,
                        cleaner);
                item = new CellsItem(List.of(new CellsItem.Cell(box, pad)), width, 8, Theme.CELL_PAD_Y, null,
                        0.6f, Theme.RULE, true);
                item.keepWithNext = true;
            } else {
                Table.Cells cellsRow = (Table.Cells) row;
                List<CellsItem.Cell> cells = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    Block.Paragraph p = cellsRow.cells().get(i);
                    TextStyle style = p.size() == Block.TextSize.SMALL ? TextStyle.TABLE_SMALL : TextStyle.TABLE;
                    cells.add(new CellsItem.Cell(TextBox.of(p.runs(), style, ws[i] - 2 * pad, columns.get(i).align(),
                            fonts, cleaner), xs[i] + pad));
                }
                item = new CellsItem(cells, width, Theme.CELL_PAD_Y, Theme.CELL_PAD_Y, null, Theme.HAIR,
                        Theme.HAIRLINE, true);
            }
            item.repeatHeader = header;
            out.add(item);
        }
        return out;
    }

    List<Item> keyValues(Block.KeyValues kv) {
        float keyWidth = Math.min(width * 0.3f, 150);
        List<Item> out = new ArrayList<>();
        TextStyle keyStyle = TextStyle.BODY.withColour(Theme.MUTED);
        for (Block.KeyValues.Entry e : kv.entries()) {
            TextBox key = TextBox.of(e.key(), keyStyle, keyWidth - 8, fonts, cleaner);
            TextBox value = TextBox.of(e.value(), TextStyle.BODY, width - keyWidth, Align.LEFT, fonts, cleaner);
            out.add(new CellsItem(List.of(new CellsItem.Cell(key, 0), new CellsItem.Cell(value, keyWidth)), width,
                    1.5f, 1.5f, null, 0, null, true));
        }
        return out;
    }
}
