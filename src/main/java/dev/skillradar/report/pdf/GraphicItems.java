package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Items drawn as vector graphics: a bar, a figure, a key figure. */
final class GraphicItems {
    static final float BAR_THICKNESS = 7.5f;
    static final float BAR_ROW_PAD = 2.5f;

    private GraphicItems() {
    }

    /** One bar: label left (wrapping), track and filled part in the middle, the value's wording right. */
    static final class BarItem extends Item {
        private final TextBox label;
        private final Double value;
        private final String valueText;
        private final float barX;
        private final float barWidth;
        private final float width;

        BarItem(TextBox label, Double value, String valueText, float barX, float barWidth, float width) {
            this.label = label;
            this.value = value;
            this.valueText = valueText;
            this.barX = barX;
            this.barWidth = barWidth;
            this.width = width;
        }

        @Override
        float height() {
            return Math.max(label.height(), BAR_THICKNESS) + 2 * BAR_ROW_PAD;
        }

        @Override
        void draw(PageDraw d, float top) {
            float inner = top + BAR_ROW_PAD;
            label.draw(d, 0, inner);
            float barTop = inner + label.lineHeight() / 2 - BAR_THICKNESS / 2;
            if (value == null) {
                d.strokeRect(barX, barTop + 0.3f, barWidth, BAR_THICKNESS - 0.6f, 0.6f, Theme.RULE, 2f, 2f);
            } else {
                d.fillRect(barX, barTop, barWidth, BAR_THICKNESS, Theme.TRACK);
                float filled = (float) (barWidth * value / 100.0);
                if (filled > 0) {
                    d.fillRect(barX, barTop, filled, BAR_THICKNESS, Theme.BAR);
                }
            }
            TextStyle s = label.style();
            BundledFont face = value == null ? BundledFont.REGULAR : BundledFont.BOLD;
            Rgb colour = value == null ? Theme.MUTED : Theme.INK;
            float w = d.fonts().width(valueText, face, s.size());
            d.text(valueText, face, s.size(), colour, width - w, inner + Theme.baseline(s.size(), s.leading()));
        }
    }

    /** A caller-painted vector figure, scaled uniformly and centred in the body. */
    static final class FigureItem extends Item {
        private final Figure figure;
        private final float x;
        private final float scale;
        private final TextCleaner silent;
        /** The smallest scale the figure may take to stay on its page ({@link Figure#shrinkable()} of its first). */
        private final float smallest;

        FigureItem(Figure figure, float x, float scale, TextCleaner silent) {
            this(figure, x, scale, silent, (float) (scale * figure.shrinkable()));
        }

        private FigureItem(Figure figure, float x, float scale, TextCleaner silent, float smallest) {
            this.figure = figure;
            this.x = x;
            this.scale = scale;
            this.silent = silent;
            this.smallest = smallest;
        }

        @Override
        float height() {
            return (float) (figure.height() * scale);
        }

        @Override
        Item shrunk(float height) {
            float to = (float) (height / figure.height());
            if (to >= scale || to < smallest - 1e-4f) {
                return null;
            }
            float centre = (float) (x + figure.width() * scale / 2);
            FigureItem item = inherit(new FigureItem(figure, (float) (centre - figure.width() * to / 2), to, silent,
                    smallest));
            item.spaceBefore = spaceBefore;
            item.bookmark = bookmark;
            item.bookmarkLevel = bookmarkLevel;
            return item;
        }

        @Override
        void draw(PageDraw d, float top) {
            PdfCanvas canvas = d.canvas(x, top, scale, figure.width(), figure.height(), silent);
            try {
                canvas.begin();
                figure.painter().paint(canvas);
                canvas.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A large number on a light panel, with its label and caption beside it. */
    static final class KeyFigureItem extends Item {
        static final float PAD = 10f;
        static final float GAP = 14f;

        private final String value;
        private final float valueWidth;
        private final TextBox label;
        private final TextBox caption;
        private final float width;

        KeyFigureItem(String value, float valueWidth, TextBox label, TextBox caption, float width) {
            this.value = value;
            this.valueWidth = valueWidth;
            this.label = label;
            this.caption = caption;
            this.width = width;
        }

        private float valueHeight() {
            return Theme.KEY_FIGURE * Theme.TIGHT_LEADING;
        }

        private float textHeight() {
            return label.height() + (caption.size() > 0 ? 2 + caption.height() : 0);
        }

        @Override
        float height() {
            return Math.max(valueHeight(), textHeight()) + 2 * PAD;
        }

        @Override
        void draw(PageDraw d, float top) {
            float h = height();
            d.fillRect(0, top, width, h, Theme.TINT);
            d.fillRect(0, top, 3f, h, Theme.ACCENT);
            float valueTop = top + (h - valueHeight()) / 2;
            d.text(value, BundledFont.BOLD, Theme.KEY_FIGURE, Theme.ACCENT, PAD + 6,
                    valueTop + Theme.baseline(Theme.KEY_FIGURE, Theme.TIGHT_LEADING));
            float textX = PAD + 6 + valueWidth + GAP;
            float textTop = top + (h - textHeight()) / 2;
            label.draw(d, textX, textTop);
            caption.draw(d, textX, textTop + label.height() + 2);
        }
    }
}
