package dev.skillradar.report.pdf;

import dev.skillradar.chart.BundledFont;
import java.text.Normalizer;

/**
 * Makes any Java string safe to show in a face of the bundled font, and counts what it could not show. PDFBox's
 * showText throws on newlines, tabs and characters the font lacks, and PDF/A forbids showing .notdef, so every
 * string passes through here first: a character the font lacks (emoji, CJK, a lone surrogate, a control
 * character) becomes one visible □ per user-perceived character and is counted; invisible formatting characters
 * (soft hyphen, zero-width space, joiners, bidi controls, variation selectors) are dropped without a count,
 * because there was nothing to see.
 */
final class TextCleaner {
    static final int BOX = 0x25A1;
    private static final int ZWJ = 0x200D;

    private final Fonts fonts;
    private int replaced;

    TextCleaner(Fonts fonts) {
        this.fonts = fonts;
    }

    /** The number of □ put in so far. */
    int replaced() {
        return replaced;
    }

    /** Cleans text that may span lines: line breaks become '\n'. */
    String text(String raw, BundledFont face) {
        return clean(raw, face, true);
    }

    /** Cleans text shown on one line: line breaks become spaces. */
    String line(String raw, BundledFont face) {
        return clean(raw, face, false);
    }

    private String clean(String raw, BundledFont face, boolean keepBreaks) {
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean inMissingCluster = false;
        boolean afterJoiner = false;
        int regionalIndicators = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' || cp == '\n' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                if (cp == '\r' && i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
                out.append(keepBreaks ? '\n' : ' ');
                inMissingCluster = false;
                continue;
            }
            if (cp == '\t') {
                out.append(' ');
                inMissingCluster = false;
                continue;
            }
            // the rest of an emoji sequence, or marks on a character already shown as □, add no second □
            if (inMissingCluster && (afterJoiner || isClusterTail(cp)
                    || (isRegionalIndicator(cp) && regionalIndicators % 2 == 1))) {
                afterJoiner = cp == ZWJ;
                regionalIndicators += isRegionalIndicator(cp) ? 1 : 0;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT || isVariationSelector(cp)) {
                continue;
            }
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || !fonts.canShow(face, cp)) {
                out.appendCodePoint(BOX);
                replaced++;
                inMissingCluster = true;
                afterJoiner = false;
                regionalIndicators = isRegionalIndicator(cp) ? 1 : 0;
                continue;
            }
            out.appendCodePoint(cp);
            inMissingCluster = false;
        }
        return out.toString();
    }

    private static boolean isClusterTail(int cp) {
        int type = Character.getType(cp);
        return cp == ZWJ || isVariationSelector(cp) || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || (cp >= 0xE0020 && cp <= 0xE007F) // tag sequences (regional flags)
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
