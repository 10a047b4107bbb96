package dev.skillradar.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping with measured widths. Words break at spaces; a word wider than the whole line (a long
 * token) or a link wider than a third of it (a web address) is split at any character, preferably after a
 * '/', '-', '.' or similar, filling the current line first. A word that is not a link gets a hyphen where it
 * is split inside letters, preferably after a German compound joint ("Wahrscheinlichkeits-/rechnung"), as a
 * typesetter would do. '\n' ends a line. Leading, trailing and repeated spaces collapse, as they would in any
 * typeset text.
 */
final class LineBreaker {
    private static final String URL_BREAKS = "/-_?&=#.,;:";
    /** Endings after which a German compound is split well ("Wahrscheinlichkeits|rechnung", "Bereitstellungs|…"). */
    private static final List<String> JOINTS = List.of("ungs", "heits", "keits", "schafts", "ions", "täts", "lings");
    /** Letters a hyphenated split leaves at least on either side. */
    private static final int MIN_PART = 3;
    private static final float EPSILON = 0.01f;

    private final Fonts fonts;
    private final float size;
    private final float max;
    private final List<Line> lines = new ArrayList<>();
    private final List<Line.Frag> frags = new ArrayList<>();
    private final List<Span> word = new ArrayList<>();
    private float x;
    private Span space;

    private LineBreaker(Fonts fonts, float size, float max) {
        this.fonts = fonts;
        this.size = size;
        this.max = Math.max(max, size); // room for at least one character
    }

    /** The lines of {@code spans} set at {@code size} within {@code maxWidth}; no blank lines at either end. */
    static List<Line> wrap(List<Span> spans, Fonts fonts, float size, float maxWidth) {
        LineBreaker b = new LineBreaker(fonts, size, maxWidth);
        for (Span span : spans) {
            b.feed(span);
        }
        b.endWord();
        b.endLine();
        List<Line> out = b.lines;
        int from = 0;
        int to = out.size();
        while (from < to && out.get(from).frags().isEmpty()) {
            from++;
        }
        while (to > from && out.get(to - 1).frags().isEmpty()) {
            to--;
        }
        return List.copyOf(out.subList(from, to));
    }

    private void feed(Span span) {
        String t = span.text();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\n') {
                if (i > start) {
                    addToWord(new Span(t.substring(start, i), span.face(), span.uri()));
                }
                endWord();
                if (c == ' ') {
                    space = new Span(" ", span.face(), span.uri());
                } else {
                    endLine();
                }
                start = i + 1;
            }
        }
        if (start < t.length()) {
            addToWord(new Span(t.substring(start), span.face(), span.uri()));
        }
    }

    private void addToWord(Span piece) {
        if (!word.isEmpty() && word.get(word.size() - 1).sameStyle(piece)) {
            Span last = word.remove(word.size() - 1);
            piece = new Span(last.text() + piece.text(), piece.face(), piece.uri());
        }
        word.add(piece);
    }

    private void endWord() {
        if (word.isEmpty()) {
            return;
        }
        List<Span> w = new ArrayList<>(word);
        word.clear();
        float width = width(w);
        float spaceWidth = spaceWidth();
        if (x + spaceWidth + width <= max + EPSILON) {
            place(w);
            return;
        }
        boolean isLink = w.stream().anyMatch(s -> s.uri() != null);
        if (width <= max + EPSILON && !(isLink && width > max / 3)) {
            endLine();
            place(w);
            return;
        }
        split(w);
    }

    private void split(List<Span> rest) {
        boolean hyphenate = rest.stream().noneMatch(s -> s.uri() != null);
        while (!rest.isEmpty()) {
            float avail = max - x - spaceWidth();
            int n = fittingPrefix(rest, avail);
            if (hyphenate && n < length(rest)) {
                int h = hyphenPoint(rest, fittingPrefix(rest, avail - fonts.width('-', rest.get(0).face(), size)));
                if (h > 0) {
                    place(prefix(rest, h));
                    append(new Span("-", last(prefix(rest, h)).face(), null));
                    rest = suffix(rest, h);
                    endLine();
                    if (width(rest) <= max + EPSILON) {
                        place(rest);
                        return;
                    }
                    continue;
                }
            }
            if (!frags.isEmpty() && (n < 4 && n < length(rest))) {
                endLine(); // too little room left on this line to be worth starting the word here
                continue;
            }
            if (n == 0) {
                n = Character.charCount(rest.get(0).text().codePointAt(0)); // a line always takes one character
            }
            place(prefix(rest, n));
            rest = suffix(rest, n);
            if (rest.isEmpty()) {
                return;
            }
            endLine();
            if (width(rest) <= max + EPSILON) {
                place(rest);
                return;
            }
        }
    }

    /**
     * Where to split the word {@code w} with a hyphen when {@code fit} chars fit with it: after a compound joint if
     * one is in the second half, else at {@code fit}; 0 when no split leaves {@link #MIN_PART} letters either side
     * or the split would fall after a character that breaks anyway.
     */
    private static int hyphenPoint(List<Span> w, int fit) {
        String all = text(w);
        int limit = Math.min(fit, all.length() - MIN_PART);
        if (limit < MIN_PART) {
            return 0;
        }
        String lower = all.toLowerCase(java.util.Locale.ROOT);
        for (int k = limit; k > limit / 2 && k >= MIN_PART; k--) {
            for (String joint : JOINTS) {
                if (lower.startsWith(joint, k - joint.length())) {
                    return k;
                }
            }
        }
        boolean letters = Character.isLetter(all.charAt(limit - 1)) && Character.isLetter(all.charAt(limit))
                && !Character.isHighSurrogate(all.charAt(limit - 1));
        return letters ? limit : 0;
    }

    private static String text(List<Span> w) {
        StringBuilder b = new StringBuilder();
        w.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    private static Span last(List<Span> w) {
        return w.get(w.size() - 1);
    }

    /** The number of chars of {@code w} that fit in {@code avail}, moved back to a URL break point if near. */
    private int fittingPrefix(List<Span> w, float avail) {
        StringBuilder all = new StringBuilder();
        float used = 0;
        int fit = 0;
        outer:
        for (Span s : w) {
            String t = s.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                float cw = fonts.width(cp, s.face(), size);
                if (used + cw > avail + EPSILON) {
                    break outer;
                }
                used += cw;
                int n = Character.charCount(cp);
                all.append(t, i, i + n);
                i += n;
                fit += n;
            }
        }
        if (fit == length(w)) {
            return fit;
        }
        for (int k = fit; k > fit / 2 && k > 0; k--) {
            if (URL_BREAKS.indexOf(all.charAt(k - 1)) >= 0 && !Character.isHighSurrogate(all.charAt(k - 1))) {
                return k;
            }
        }
        return fit;
    }

    private void place(List<Span> w) {
        if (!frags.isEmpty() && space != null) {
            append(space);
        }
        space = null;
        for (Span s : w) {
            append(s);
        }
    }

    private void append(Span s) {
        float w = fonts.width(s.text(), s.face(), size);
        int last = frags.size() - 1;
        if (last >= 0 && frags.get(last).face() == s.face() && java.util.Objects.equals(frags.get(last).uri(), s.uri())) {
            Line.Frag f = frags.get(last);
            frags.set(last, new Line.Frag(f.text() + s.text(), f.face(), f.uri(), f.x(), f.width() + w));
        } else {
            frags.add(new Line.Frag(s.text(), s.face(), s.uri(), x, w));
        }
        x += w;
    }

    private void endLine() {
        lines.add(frags.isEmpty() ? Line.EMPTY : new Line(List.copyOf(frags), x));
        frags.clear();
        x = 0;
        space = null;
    }

    private float spaceWidth() {
        return frags.isEmpty() || space == null ? 0 : fonts.width(' ', space.face(), size);
    }

    private float width(List<Span> w) {
        float sum = 0;
        for (Span s : w) {
            sum += fonts.width(s.text(), s.face(), size);
        }
        return sum;
    }

    private static int length(List<Span> w) {
        int n = 0;
        for (Span s : w) {
            n += s.text().length();
        }
        return n;
    }

    private static List<Span> prefix(List<Span> w, int n) {
        List<Span> out = new ArrayList<>();
        for (Span s : w) {
            if (n <= 0) {
                break;
            }
            int take = Math.min(n, s.text().length());
            out.add(new Span(s.text().substring(0, take), s.face(), s.uri()));
            n -= take;
        }
        return out;
    }

    private static List<Span> suffix(List<Span> w, int n) {
        List<Span> out = new ArrayList<>();
        for (Span s : w) {
            int len = s.text().length();
            if (n >= len) {
                n -= len;
                continue;
            }
            out.add(new Span(s.text().substring(n), s.face(), s.uri()));
            n = 0;
        }
        return out;
    }
}
