package dev.skillradar.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Boxes of text side by side, as one item: a table row (header, body or group row) or a key-value row. Only a row
 * taller than a page splits, between lines, so that it continues on the next page.
 */
final class CellsItem extends Item {
    /** A text box at {@code x} from the body's left edge. */
    record Cell(TextBox box, float x) {
    }

    private final List<Cell> cells;
    private final float width;
    private final float padTop;
    private final float padBottom;
    private final Rgb background;
    private final float ruleWidth;
    private final Rgb ruleColour;
    private final boolean splittable;

    CellsItem(List<Cell> cells, float width, float padTop, float padBottom, Rgb background, float ruleWidth,
              Rgb ruleColour, boolean splittable) {
        this.cells = List.copyOf(cells);
        this.width = width;
        this.padTop = padTop;
        this.padBottom = padBottom;
        this.background = background;
        this.ruleWidth = ruleWidth;
        this.ruleColour = ruleColour;
        this.splittable = splittable;
    }

    @Override
    float height() {
        float h = 0;
        for (Cell c : cells) {
            h = Math.max(h, c.box().height());
        }
        return padTop + h + padBottom;
    }

    @Override
    void draw(PageDraw d, float top) {
        float h = height();
        if (background != null) {
            d.fillRect(0, top, width, h, background);
        }
        for (Cell c : cells) {
            c.box().draw(d, c.x(), top + padTop);
        }
        if (ruleWidth > 0) {
            d.rule(0, width, top + h - ruleWidth / 2, ruleWidth, ruleColour);
        }
    }

    @Override
    boolean mustSplit(float pageBody) {
        float header = repeatHeader == null ? 0 : repeatHeader.height();
        return splittable && height() > pageBody - header;
    }

    @Override
    Item[] split(float available) {
        float inner = available - padTop - padBottom;
        List<Cell> head = new ArrayList<>();
        List<Cell> rest = new ArrayList<>();
        boolean any = false;
        boolean more = false;
        for (Cell c : cells) {
            TextBox box = c.box();
            int fit = Math.max(0, Math.min(box.size(), (int) Math.floor(inner / box.lineHeight() + 1e-4)));
            any |= fit > 0;
            more |= fit < box.size();
            head.add(new Cell(box.slice(0, fit), c.x()));
            rest.add(new Cell(box.slice(fit, box.size()), c.x()));
        }
        if (!any || !more) {
            return null;
        }
        // the first part ends without its rule: the row goes on over the page
        CellsItem first = inherit(new CellsItem(head, width, padTop, padBottom, background, 0, ruleColour, false));
        first.keepWithNext = false;
        CellsItem second = inherit(new CellsItem(rest, width, padTop, padBottom, background, ruleWidth, ruleColour,
                splittable));
        return new Item[] {first, second};
    }
}
