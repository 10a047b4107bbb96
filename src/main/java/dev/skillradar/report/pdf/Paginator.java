package dev.skillradar.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Places items on pages of a given body height, top to bottom. An item moves to the next page with the items it
 * must stay with, unless together they would not fit even on an empty page; an item that alone is taller than a
 * page (a table row with a very long note) is split between lines; a table's header row is repeated at the top
 * of every page its rows continue on. Before a chain moves to the next page, a figure in it that may shrink does,
 * if that is enough to keep the chain where it is.
 */
final class Paginator {
    private static final float EPSILON = 0.01f;

    /** An item and the y of its top edge on its page. */
    record Placed(Item item, float top) {
    }

    /** An outline entry: a heading's text and level and where it starts. */
    record Mark(String title, int level, int page, float top) {
    }

    private final float body;
    private final List<List<Placed>> pages = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private List<Placed> page;
    private float y;
    private boolean content;

    Paginator(float body) {
        this.body = body;
    }

    List<List<Placed>> pages() {
        return pages;
    }

    List<Mark> marks() {
        return marks;
    }

    Paginator paginate(List<Item> input) {
        List<Item> queue = new ArrayList<>(input);
        newPage();
        int i = 0;
        while (i < queue.size()) {
            Item item = queue.get(i);
            if (item instanceof Item.Break) {
                if (content) {
                    newPage();
                }
                i++;
                continue;
            }
            if (page.isEmpty() && item.repeatHeader != null) {
                place(item.repeatHeader, 0, false);
            }
            float gap = content ? item.spaceBefore : 0;
            float room = body - y;
            float header = item.repeatHeader == null ? 0 : item.repeatHeader.height();
            float chain = chainHeight(queue, i, gap);
            if (content && chain > room + EPSILON && chain - gap <= body - header + EPSILON) {
                if (!shrinkToStay(queue, i, chain - room)) {
                    newPage();
                }
                continue;
            }
            if (gap + item.height() > room + EPSILON) {
                if (item.mustSplit(body) || !content) {
                    Item[] parts = item.split(room - gap);
                    if (parts != null) {
                        place(parts[0], y + gap, true);
                        queue.set(i, parts[1]);
                        newPage();
                        continue;
                    }
                    if (!content) {
                        place(item, y + gap, true); // taller than a page and unsplittable: let it overflow once
                        i++;
                        continue;
                    }
                }
                newPage();
                continue;
            }
            place(item, y + gap, true);
            i++;
        }
        if (page.isEmpty() && pages.size() > 1) {
            pages.remove(pages.size() - 1);
        }
        return this;
    }

    /** The height of the item and of those it must stay with, or more than a page if the chain is longer. */
    private float chainHeight(List<Item> queue, int i, float gap) {
        float h = gap + queue.get(i).height();
        int j = i;
        while (queue.get(j).keepWithNext && j + 1 < queue.size() && !(queue.get(j + 1) instanceof Item.Break)
                && h <= body) {
            j++;
            h += queue.get(j).spaceBefore + queue.get(j).height();
        }
        return h;
    }

    /** Shrinks the first item of the chain from {@code i} that can lose {@code excess} points; false if none can. */
    private static boolean shrinkToStay(List<Item> queue, int i, float excess) {
        for (int j = i; j < queue.size() && !(queue.get(j) instanceof Item.Break); j++) {
            Item item = queue.get(j);
            Item smaller = item.shrunk(item.height() - excess - EPSILON);
            if (smaller != null) {
                queue.set(j, smaller);
                return true;
            }
            if (!item.keepWithNext) {
                break;
            }
        }
        return false;
    }

    private void place(Item item, float top, boolean isContent) {
        page.add(new Placed(item, top));
        y = top + item.height();
        content |= isContent;
        if (item.bookmark != null && isContent) {
            marks.add(new Mark(item.bookmark, item.bookmarkLevel, pages.size() - 1, top));
        }
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = 0;
        content = false;
    }
}
