package dev.skillradar.report.pdf;

/**
 * A piece of the vertical flow with a fixed height: a line of text, a table row, a bar, a figure. Blocks become
 * items ({@link Layout}); items are placed on pages ({@link Paginator}) and then drawn.
 */
abstract class Item {
    /** Space above the item, dropped at the top of a page. */
    float spaceBefore;
    /** Whether the item must share its page with the next one (a heading, a paragraph's first line). */
    boolean keepWithNext;
    /** A table's header row, drawn again above this item when it starts a page. */
    Item repeatHeader;
    /** The outline entry this item starts, if any. */
    String bookmark;
    int bookmarkLevel;

    abstract float height();

    /** Draws the item with its top edge at {@code top} (layout coordinates, see {@link PageDraw}). */
    abstract void draw(PageDraw d, float top);

    /**
     * Whether the item may be split because it alone is taller than {@code pageBody} (less any repeated
     * header): only such items break inside.
     */
    boolean mustSplit(float pageBody) {
        return false;
    }

    /** The part that fits {@code available} and the rest, or null if nothing of it fits. */
    Item[] split(float available) {
        return null;
    }

    /**
     * This item made at most {@code height} tall to stay on its page, or null if it cannot shrink that far
     * (only a {@link Figure} allowed to shrink can).
     */
    Item shrunk(float height) {
        return null;
    }

    /** Copies the flow attributes (not the content) to a part of this item. */
    <T extends Item> T inherit(T part) {
        part.keepWithNext = keepWithNext;
        part.repeatHeader = repeatHeader;
        return part;
    }

    /** A forced page break. */
    static final class Break extends Item {
        @Override
        float height() {
            return 0;
        }

        @Override
        void draw(PageDraw d, float top) {
        }
    }

    /** One line of a paragraph, heading or list item, optionally with a bullet hanging left of it. */
    static final class TextLine extends Item {
        private final TextBox box;
        private final int index;
        private final float x;
        private final String marker;

        TextLine(TextBox box, int index, float x, String marker) {
            this.box = box;
            this.index = index;
            this.x = x;
            this.marker = marker;
        }

        @Override
        float height() {
            return box.lineHeight();
        }

        @Override
        void draw(PageDraw d, float top) {
            if (marker != null) {
                TextStyle s = box.style();
                d.text(marker, s.face(), s.size(), s.colour(), x - Theme.BULLET_INDENT + 2,
                        top + Theme.baseline(s.size(), s.leading()));
            }
            box.drawLine(d, index, x, top);
        }
    }

    /** A horizontal rule across the body (under the title). */
    static final class Rule extends Item {
        private final float width;
        private final float length;
        private final float thickness;
        private final Rgb colour;

        Rule(float width, float length, float thickness, Rgb colour) {
            this.width = width;
            this.length = length;
            this.thickness = thickness;
            this.colour = colour;
        }

        @Override
        float height() {
            return thickness;
        }

        @Override
        void draw(PageDraw d, float top) {
            d.rule(0, Math.min(width, length), top + thickness / 2, thickness, colour);
        }
    }
}
