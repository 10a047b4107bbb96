package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;

/**
 * The running header and footer of every page, inside the margins: small grey text over (header) and under
 * (footer) a hairline, the page label right-aligned in the footer. Texts too long for their place end in "…".
 */
final class RunningLine {
    private final Fonts fonts;
    private final TextCleaner silent;
    private final RunningText text;
    private final float width;
    private final String headerLeft;
    private final String headerRight;
    private final String footerLeft;

    /** Cleans the fixed texts once, counting what cannot be shown once and not once per page. */
    RunningLine(RunningText text, Fonts fonts, TextCleaner counting, float width) {
        this.fonts = fonts;
        this.silent = new TextCleaner(fonts);
        this.text = text;
        this.width = width;
        String right = counting.line(text.headerRight(), BundledFont.REGULAR).strip();
        this.headerRight = fit(right, width / 2);
        this.headerLeft = fit(counting.line(text.headerLeft(), BundledFont.REGULAR).strip(),
                width - size(headerRight) - 16);
        this.footerLeft = counting.line(text.footerLeft(), BundledFont.REGULAR).strip();
    }

    void drawHeader(PageDraw d) {
        float baseline = -Theme.HEADER_BAND + Theme.RUNNING * Theme.ASCENT;
        d.text(headerLeft, BundledFont.REGULAR, Theme.RUNNING, Theme.MUTED, 0, baseline);
        d.text(headerRight, BundledFont.REGULAR, Theme.RUNNING, Theme.MUTED, width - size(headerRight), baseline);
        if (!headerLeft.isEmpty() || !headerRight.isEmpty()) {
            d.rule(0, width, -Theme.HEADER_BAND + 12, Theme.HAIR, Theme.HAIRLINE);
        }
    }

    void drawFooter(PageDraw d, float bodyHeight, int page, int pages) {
        String label = fit(silent.line(text.pageLabel().label(page, pages), BundledFont.REGULAR).strip(), width / 2);
        float baseline = bodyHeight + Theme.FOOTER_BAND - Theme.RUNNING * Theme.DESCENT;
        d.rule(0, width, bodyHeight + 14, Theme.HAIR, Theme.HAIRLINE);
        d.text(fit(footerLeft, width - size(label) - 16), BundledFont.REGULAR, Theme.RUNNING, Theme.MUTED, 0, baseline);
        d.text(label, BundledFont.REGULAR, Theme.RUNNING, Theme.MUTED, width - size(label), baseline);
    }

    private float size(String s) {
        return fonts.width(s, BundledFont.REGULAR, Theme.RUNNING);
    }

    private String fit(String s, float max) {
        if (size(s) <= max) {
            return s;
        }
        String ellipsis = "\u2026";
        int end = s.length();
        while (end > 0 && size(s.substring(0, end) + ellipsis) > max) {
            end = s.offsetByCodePoints(end, -1);
        }
        return s.substring(0, end).stripTrailing() + ellipsis;
    }
}
