package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for chart labels: breaks at spaces, and after a hyphen inside a word ("Cloud-ML-/Plattformen":
 * German compounds are long), into at most {@code maxLines} lines no wider than
 * {@code maxWidth}, ends a shortened text with "…" on its last line, and never cuts the first word (a label
 * shown at all shows at least its first word, even if that one word is wider than {@code maxWidth}).
 */
public final class TextWrap {
    public static final String ELLIPSIS = "\u2026";

    private TextWrap() {
    }

    /** The result: the lines, whether text was left out, and the widest line's width. */
    public record Wrapped(List<String> lines, boolean truncated, double width) {
        public Wrapped {
            lines = List.copyOf(lines);
        }
    }

    public static Wrapped wrap(TextMeasure measure, BundledFont font, double size, String text,
                               double maxWidth, int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("at least one line, got " + maxLines);
        }
        String[] words = words(text);
        double space = measure.width(font, size, " ");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(words[0]);
        double lineWidth = measure.width(font, size, words[0]);
        boolean truncated = false;
        for (int next = 1; next < words.length && !truncated; next++) {
            double w = measure.width(font, size, words[next]);
            boolean joined = words[next - 1].endsWith("-"); // the rest of a hyphenated word: no space before it
            double gap = joined ? 0 : space;
            if (lineWidth + gap + w <= maxWidth) {
                line.append(joined ? "" : " ").append(words[next]);
                lineWidth += gap + w;
                continue;
            }
            if (lines.size() + 1 == maxLines) {
                // no line left: the last line ends with as much as fits and "…"
                String keep = lines.isEmpty() ? firstWord(text) : ""; // the whole first word, hyphens and all
                line.replace(0, line.length(), shorten(measure, font, size, line + (joined ? "" : " ") + words[next],
                        maxWidth, keep));
                truncated = true;
                continue;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(words[next]);
            lineWidth = w;
            if (w > maxWidth) {
                // a later word wider than a whole line: cut it by characters and stop there
                line.replace(0, line.length(), shorten(measure, font, size, words[next], maxWidth, ""));
                truncated = true;
            }
        }
        lines.add(line.toString());
        double width = 0;
        for (String l : lines) {
            width = Math.max(width, measure.width(font, size, l));
        }
        return new Wrapped(lines, truncated, width);
    }

    /** The text's first word (up to the first white space): a label shown at all shows at least that. */
    static String firstWord(String text) {
        String t = text.strip();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end);
    }

    /**
     * The pieces a line may break between: words split at runs of white space, and a word split after each hyphen
     * that has a letter on both sides ("Cloud-", "ML-", "Plattformen"; a piece ending with "-" joins the next one
     * without a space). By hand: a regex costs more than all the measuring.
     */
    static String[] words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            } else if (!space && text.charAt(i - 1) == '-' && i - 1 > start && Character.isLetterOrDigit(text.charAt(i))
                    && Character.isLetterOrDigit(text.charAt(i - 2))) {
                words.add(text.substring(start, i));
                start = i;
            }
        }
        return words.isEmpty() ? new String[] {""} : words.toArray(new String[0]);
    }

    /**
     * The longest start of {@code text} that fits {@code maxWidth} with "…" after it, preferring to end at a word
     * boundary; {@code keep} (the label's first word on its first line) is never shortened.
     */
    private static String shorten(TextMeasure measure, BundledFont font, double size, String text,
                                  double maxWidth, String keep) {
        double ellipsis = measure.width(font, size, ELLIPSIS);
        int end = text.length();
        // drop whole words from the end while they do not fit
        while (end > keep.length()) {
            String head = text.substring(0, end).stripTrailing();
            if (measure.width(font, size, head) + ellipsis <= maxWidth) {
                return head + ELLIPSIS;
            }
            int space = head.lastIndexOf(' ');
            if (space <= keep.length() - 1 || space < 0) {
                break;
            }
            end = space;
        }
        String head = text.substring(0, end).stripTrailing();
        // one word left that is too wide on its own: cut it by characters, but not into the kept first word
        int cut = head.length();
        while (cut > Math.max(keep.length(), 1)
                && measure.width(font, size, head.substring(0, cut)) + ellipsis > maxWidth) {
            cut = head.offsetByCodePoints(cut, -1);
        }
        return head.substring(0, Math.max(cut, keep.length())).stripTrailing() + ELLIPSIS;
    }
}
