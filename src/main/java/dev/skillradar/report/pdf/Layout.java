package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns blocks into items of fixed height for the paginator: wraps text, measures table rows, scales figures,
 * and decides the spacing between blocks and what must stay together (a heading with what follows it, a
 * paragraph's first and last two lines, a table's header with its first row, a caption with its figure).
 */
final class Layout {
    private final Fonts fonts;
    private final TextCleaner cleaner;
    private final TextCleaner silent;
    private final float width;
    private final float bodyHeight;
    private final List<Item> items = new ArrayList<>();
    private final TableLayout tables;
    private float prevAfter;
    private boolean prevHeading;
    private float extra;
    private float gap;
    private boolean first;

    Layout(Fonts fonts, TextCleaner cleaner, float width, float bodyHeight) {
        this.fonts = fonts;
        this.cleaner = cleaner;
        this.silent = new TextCleaner(fonts);
        this.width = width;
        this.bodyHeight = bodyHeight;
        this.tables = new TableLayout(fonts, cleaner, width);
    }

    List<Item> items() {
        return items;
    }

    void add(Block block) {
        if (block instanceof Block.Title t) {
            title(t);
        } else if (block instanceof Block.Heading h) {
            heading(h);
        } else if (block instanceof Block.Paragraph p) {
            begin(0);
            paragraph(p, p.size() == Block.TextSize.SMALL ? TextStyle.SMALL : TextStyle.BODY);
            end(p.size() == Block.TextSize.SMALL ? 5 : Theme.PARAGRAPH_GAP);
        } else if (block instanceof Block.BulletList l) {
            bullets(l);
        } else if (block instanceof Block.KeyValues kv) {
            begin(2);
            tables.keyValues(kv).forEach(this::emit);
            end(8);
        } else if (block instanceof Block.KeyFigure k) {
            keyFigure(k);
        } else if (block instanceof Table t) {
            begin(6);
            tables.table(t).forEach(this::emit);
            end(12);
        } else if (block instanceof Bars b) {
            bars(b);
        } else if (block instanceof Figure f) {
            figure(f);
        } else if (block instanceof Block.Spacer s) {
            extra += (float) s.points();
        } else if (block instanceof Block.PageBreak) {
            items.add(new Item.Break());
            prevAfter = 0;
            prevHeading = false;
            extra = 0;
        } else if (block instanceof Block.KeepTogether k) {
            int start = items.size();
            k.blocks().forEach(this::add);
            for (int i = start; i < items.size() - 1; i++) {
                items.get(i).keepWithNext = true;
            }
        }
    }

    private void begin(float before) {
        gap = (prevHeading ? prevAfter : Math.max(prevAfter, before)) + extra;
        extra = 0;
        first = true;
    }

    private void end(float after) {
        prevAfter = after;
        prevHeading = false;
    }

    private void emit(Item item) {
        if (first) {
            item.spaceBefore += gap;
            first = false;
        }
        items.add(item);
    }

    private void title(Block.Title t) {
        begin(0);
        TextStyle titleStyle = new TextStyle(Theme.TITLE, Theme.TIGHT_LEADING, Theme.INK, BundledFont.BOLD);
        int start = items.size();
        lines(TextBox.of(t.title(), titleStyle, width, fonts, cleaner), 0, true);
        TextStyle sub = new TextStyle(Theme.SUBTITLE, Theme.LEADING, Theme.MUTED, BundledFont.REGULAR);
        int at = items.size();
        lines(TextBox.of(t.subtitle(), sub, width, fonts, cleaner), 0, true);
        if (items.size() > at && at > start) {
            items.get(at).spaceBefore = 3;
        }
        for (int i = start; i < items.size(); i++) {
            items.get(i).keepWithNext = true;
        }
        Item.Rule rule = new Item.Rule(width, width, 0.8f, Theme.ACCENT);
        emit(rule);
        rule.spaceBefore = items.size() > start + 1 ? 8 : rule.spaceBefore;
        end(16);
    }

    private void heading(Block.Heading h) {
        float before = switch (h.level()) {
            case 1 -> 20;
            case 2 -> 14;
            default -> 10;
        };
        begin(before);
        Rgb colour = h.level() == 1 ? Theme.ACCENT : Theme.INK;
        TextStyle style = new TextStyle(Theme.headingSize(h.level()), Theme.TIGHT_LEADING, colour, BundledFont.BOLD);
        TextBox box = TextBox.of(h.text(), style, width, fonts, cleaner);
        int at = items.size();
        lines(box, 0, true);
        if (items.size() > at && h.bookmarked()) {
            items.get(at).bookmark = silent.line(h.text(), BundledFont.BOLD).strip();
            items.get(at).bookmarkLevel = h.level();
        }
        for (int i = at; i < items.size(); i++) {
            items.get(i).keepWithNext = true;
        }
        prevAfter = switch (h.level()) {
            case 1 -> 6;
            case 2 -> 5;
            default -> 3;
        };
        prevHeading = true;
    }

    private void paragraph(Block.Paragraph p, TextStyle style) {
        lines(TextBox.of(p.runs(), style, width, Align.LEFT, fonts, cleaner), 0, false);
    }

    /** One item per line; no lone first or last line of a paragraph at a page's bottom or top. */
    private void lines(TextBox box, float x, boolean together) {
        int n = box.size();
        int start = items.size();
        for (int i = 0; i < n; i++) {
            emit(new Item.TextLine(box, i, x, null));
        }
        markLines(start, n, together);
    }

    private void markLines(int start, int n, boolean together) {
        for (int i = 0; i < n - 1; i++) {
            if (together || i == 0 || i == n - 2) {
                items.get(start + i).keepWithNext = true;
            }
        }
    }

    private void bullets(Block.BulletList list) {
        begin(0);
        String bullet = cleaner.line("\u2022", BundledFont.REGULAR);
        boolean firstItem = true;
        for (Block.Paragraph p : list.items()) {
            TextStyle style = p.size() == Block.TextSize.SMALL ? TextStyle.SMALL : TextStyle.BODY;
            TextBox box = TextBox.of(p.runs(), style, width - Theme.BULLET_INDENT, Align.LEFT, fonts, cleaner);
            int start = items.size();
            for (int i = 0; i < box.size(); i++) {
                Item.TextLine line = new Item.TextLine(box, i, Theme.BULLET_INDENT, i == 0 ? bullet : null);
                if (i == 0 && !firstItem) {
                    line.spaceBefore = 2.5f;
                }
                emit(line);
            }
            markLines(start, box.size(), false);
            firstItem = false;
        }
        end(Theme.PARAGRAPH_GAP);
    }

    private void keyFigure(Block.KeyFigure k) {
        begin(6);
        String value = cleaner.line(k.value(), BundledFont.BOLD);
        float valueWidth = fonts.width(value, BundledFont.BOLD, Theme.KEY_FIGURE);
        float pad = GraphicItems.KeyFigureItem.PAD;
        float textWidth = Math.max(60, width - 2 * pad - 6 - valueWidth - GraphicItems.KeyFigureItem.GAP);
        TextStyle labelStyle = new TextStyle(Theme.BODY + 0.5f, Theme.LEADING, Theme.INK, BundledFont.BOLD);
        TextBox label = TextBox.of(k.label(), labelStyle, textWidth, fonts, cleaner);
        TextBox caption = TextBox.of(k.caption(), TextStyle.SMALL, textWidth, fonts, cleaner);
        emit(new GraphicItems.KeyFigureItem(value, valueWidth, label, caption, width));
        end(12);
    }

    private void bars(Bars b) {
        begin(4);
        TextStyle style = TextStyle.TABLE;
        float valueWidth = 36;
        List<String> values = new ArrayList<>();
        for (Bars.Bar bar : b.bars()) {
            BundledFont face = bar.value() == null ? BundledFont.REGULAR : BundledFont.BOLD;
            String v = cleaner.line(bar.valueText(), face);
            values.add(v);
            valueWidth = Math.max(valueWidth, fonts.width(v, face, style.size()));
        }
        float labelWidth = Math.min(width * 0.36f, 180);
        float barX = labelWidth + 10;
        float barWidth = Math.max(40, width - barX - 10 - valueWidth);
        for (int i = 0; i < b.bars().size(); i++) {
            Bars.Bar bar = b.bars().get(i);
            TextBox label = TextBox.of(bar.label(), style, labelWidth, fonts, cleaner);
            Item item = new GraphicItems.BarItem(label, bar.value(), values.get(i), barX, barWidth, width);
            item.keepWithNext = i < b.bars().size() - 1;
            emit(item);
        }
        caption(b.caption(), Align.LEFT);
        end(12);
    }

    private void figure(Figure f) {
        begin(8);
        float captionRoom = f.caption().isBlank() ? 0 : 40;
        float scale = (float) Math.min(1, Math.min(width / f.width(), (bodyHeight - captionRoom) / f.height()));
        f.painter().paint(new CountingCanvas(fonts, cleaner, f.width(), f.height()));
        float x = (float) (width - f.width() * scale) / 2;
        emit(new GraphicItems.FigureItem(f, x, scale, silent));
        caption(f.caption(), Align.CENTER);
        end(12);
    }

    private void caption(String text, Align align) {
        if (text.isBlank() || items.isEmpty()) {
            return;
        }
        items.get(items.size() - 1).keepWithNext = true;
        TextBox box = TextBox.of(List.of(Run.plain(text)), TextStyle.SMALL, width, align, fonts, cleaner);
        int start = items.size();
        lines(box, 0, true);
        if (items.size() > start) {
            items.get(start).spaceBefore = 4;
        }
    }
}
