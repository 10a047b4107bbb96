package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the axis labels of a radar and chooses the plot radius. In this order, each step only when the one
 * before does not suffice: the radius shrinks (down to {@code minRadius}) until every label fits the plot area;
 * the font size steps down to {@link ChartSpec#MIN_FONT_SIZE}; labels that still overlap lose lines one at a
 * time, ending with "…", down to one line that holds at least the first word; what still overlaps is hidden
 * (its box kept for a focus or hover display), picked greedily in axis order so that shown labels alternate.
 */
final class LabelPlacer {
    static final int MAX_LINES = 3;
    private static final double FONT_STEP = 0.5;
    private static final double PAD = 2;
    /** The label widths tried, as shares of the plot area's width (also bounded to 5..16 em). */
    private static final double[] WIDTH_SHARES = {0.25, 0.19, 0.14};

    record Result(double radius, double fontSize, List<Placed> labels) {
    }

    record Placed(TextBlock block, boolean visible, boolean truncated, Point anchor) {
    }

    private final TextMeasure measure;
    private final List<String> texts;
    private final double[] dx;
    private final double[] dy;
    private final double extra;
    private final Point centre;
    private final Box area;
    private final Box bounds;
    private final double minRadius;
    private final double maxRadius;
    private final double gap;

    private final int n;
    private double font;
    private double widthShare;
    private final TextWrap.Wrapped[] wraps;
    private final int[] lines;
    private final Box[] boxes;
    private final HAlign[] aligns;
    private final int[] order;

    /**
     * @param extra the room between the outer ring and the labels taken by missing-value markers
     * @param area  where labels may go (the plot area); {@code bounds} is the whole picture, for hidden labels
     */
    LabelPlacer(TextMeasure measure, List<String> texts, double[] dx, double[] dy, double extra, Point centre,
                Box area, Box bounds, double minRadius, double maxRadius, double gap) {
        this.measure = measure;
        this.texts = texts;
        this.dx = dx;
        this.dy = dy;
        this.extra = extra;
        this.centre = centre;
        this.area = area;
        this.bounds = bounds;
        this.minRadius = minRadius;
        this.maxRadius = maxRadius;
        this.gap = gap;
        this.n = texts.size();
        this.wraps = new TextWrap.Wrapped[n];
        this.lines = new int[n];
        this.boxes = new Box[n];
        this.aligns = new HAlign[n];
        // kept between sweeps: the boxes move little from one try to the next, so the order stays nearly sorted
        this.order = java.util.stream.IntStream.range(0, n).toArray();
    }

    Result place(double baseFont) {
        for (font = baseFont; font >= ChartSpec.MIN_FONT_SIZE; font -= FONT_STEP) {
            // wide blocks read best, narrow ones leave the plot more room: a narrower width is taken only where
            // it buys a clearly larger plot
            double bestRadius = -1;
            double bestShare = 0;
            for (double share : WIDTH_SHARES) {
                double r = wrapAll(share);
                if (conflicts(r).isEmpty() && r > bestRadius * 1.05) {
                    bestRadius = r;
                    bestShare = share;
                }
            }
            if (bestRadius > 0) {
                return result(wrapAll(bestShare), null);
            }
        }
        font = Math.max(ChartSpec.MIN_FONT_SIZE, font + FONT_STEP);
        double r = wrapAll(WIDTH_SHARES[WIDTH_SHARES.length - 1]);
        for (int round = 1; round < MAX_LINES; round++) {
            List<Integer> crowded = conflicts(r);
            if (crowded.isEmpty()) {
                return result(r, null);
            }
            for (int i : crowded) {
                if (lines[i] > 1) {
                    lines[i]--;
                    wraps[i] = wrap(i);
                }
            }
            r = fitRadius();
        }
        return result(r, shownGreedily(r));
    }

    /** Wraps every label at full lines for the width share and returns the radius that fits them. */
    private double wrapAll(double share) {
        widthShare = share;
        for (int i = 0; i < n; i++) {
            lines[i] = MAX_LINES;
            wraps[i] = wrap(i);
        }
        return fitRadius();
    }

    private TextWrap.Wrapped wrap(int i) {
        // labels near the top and bottom have neighbours beside them, so they get narrower, taller blocks
        double angleShare = 0.75 + 0.25 * Math.abs(dx[i]);
        double maxWidth = Math.max(5 * font, Math.min(widthShare * area.width(), 16 * font) * angleShare);
        // a narrow width never cuts a word that fits a line of 16 em: "engine…" reads worse than a smaller plot
        maxWidth = Math.max(maxWidth, Math.min(longestWord(texts.get(i)), 16 * font));
        return TextWrap.wrap(measure, BundledFont.REGULAR, font, texts.get(i), maxWidth, lines[i]);
    }

    private double longestWord(String text) {
        double widest = 0;
        for (String word : TextWrap.words(text)) {
            widest = Math.max(widest, measure.width(BundledFont.REGULAR, font, word));
        }
        return widest;
    }

    /** The largest radius at which every label lies inside the area; the minimum where none does. */
    private double fitRadius() {
        if (allInside(maxRadius)) {
            return maxRadius;
        }
        if (!allInside(minRadius)) {
            return minRadius;
        }
        double lo = minRadius;
        double hi = maxRadius;
        while (hi - lo > 0.5) {
            double mid = (lo + hi) / 2;
            if (allInside(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean allInside(double r) {
        for (int i = 0; i < n; i++) {
            if (!area.contains(box(i, r))) {
                return false;
            }
        }
        return true;
    }

    /** Indices of labels that leave the area or overlap another label at radius r (boxes are left placed). */
    private List<Integer> conflicts(double r) {
        for (int i = 0; i < n; i++) {
            boxes[i] = box(i, r);
        }
        // sweep from left to right: only boxes whose x ranges meet can overlap
        sortByLeft();
        boolean[] bad = new boolean[n];
        double half = PAD / 2;
        for (int a = 0; a < n; a++) {
            int i = order[a];
            Box bi = boxes[i];
            if (!area.contains(bi)) {
                bad[i] = true;
            }
            for (int b = a + 1; b < n; b++) {
                int j = order[b];
                Box bj = boxes[j];
                if (bj.x() - half >= bi.maxX() + half) {
                    break;
                }
                if (bi.y() - half < bj.maxY() + half && bj.y() - half < bi.maxY() + half) {
                    bad[i] = true;
                    bad[j] = true;
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (bad[i]) {
                out.add(i);
            }
        }
        return out;
    }

    private void sortByLeft() {
        // insertion sort on a nearly sorted order is cheap, and avoids boxing a comparator over Integers
        for (int a = 1; a < n; a++) {
            int v = order[a];
            double x = boxes[v].x();
            int b = a - 1;
            while (b >= 0 && boxes[order[b]].x() > x) {
                order[b + 1] = order[b];
                b--;
            }
            order[b + 1] = v;
        }
    }

    private boolean[] shownGreedily(double r) {
        conflicts(r);
        boolean[] shown = new boolean[n];
        List<Box> taken = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!area.contains(boxes[i])) {
                continue;
            }
            Box a = boxes[i].grow(PAD / 2);
            boolean free = true;
            for (Box b : taken) {
                if (a.intersects(b.grow(PAD / 2))) {
                    free = false;
                    break;
                }
            }
            if (free) {
                shown[i] = true;
                taken.add(boxes[i]);
            }
        }
        return shown;
    }

    /**
     * The box of label i at radius r: anchored by angle (left of the anchor on the right half, right of it on the
     * left half, centred near the vertical; above it at the top, below at the bottom, sliding in between), then
     * pushed outward along its spoke until its nearest point clears the plot.
     */
    private Box box(int i, double r) {
        double clear = r + gap + extra;
        double ax = centre.x() + clear * dx[i];
        double ay = centre.y() + clear * dy[i];
        double w = wraps[i].width();
        double h = wraps[i].lines().size() * measure.lineHeight(BundledFont.REGULAR, font);
        HAlign align = Math.abs(dx[i]) < 0.2 ? HAlign.CENTER : dx[i] > 0 ? HAlign.LEFT : HAlign.RIGHT;
        aligns[i] = align;
        double bx = switch (align) {
            case LEFT -> ax;
            case CENTER -> ax - w / 2;
            case RIGHT -> ax - w;
        };
        Box b = new Box(bx, ay - h * (1 - dy[i]) / 2, w, h);
        for (int step = 0; step < 8; step++) {
            double d = b.distanceTo(centre);
            if (d >= clear - 0.01) {
                break;
            }
            double push = clear - d + 0.25;
            b = b.translate(push * dx[i], push * dy[i]);
        }
        return b;
    }

    private Result result(double r, boolean[] shown) {
        conflicts(r);
        List<Placed> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean visible = shown == null || shown[i];
            Box b = visible ? boxes[i] : boxes[i].clampInto(bounds);
            TextBlock block = TextBlock.place(measure, BundledFont.REGULAR, font, wraps[i].lines(), aligns[i],
                    b.x(), b.y());
            double clear = r + gap + extra;
            Point anchor = new Point(centre.x() + clear * dx[i], centre.y() + clear * dy[i]);
            out.add(new Placed(block, visible, wraps[i].truncated(), anchor));
        }
        return new Result(r, font, out);
    }
}
