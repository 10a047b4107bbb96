package dev.skillradar.report.print;

import dev.skillradar.app.AppProblem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pages {@code from} to {@code to} of a document, 1-based and inclusive. */
public record PageRange(int from, int to) {
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,6})\\s*(?:[-–]\\s*(\\d{1,6})\\s*)?");

    public PageRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("pages are 1-based, from ≤ to: " + from + "-" + to);
        }
    }

    /** "2-4", "3" (one page) or "2–4"; an {@link AppProblem} INVALID_VALUE ("pages", text) otherwise. */
    public static PageRange parse(String text) {
        Matcher m = RANGE.matcher(text == null ? "" : text);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from >= 1 && to >= from) {
                return new PageRange(from, to);
            }
        }
        throw invalid(text, "is not FROM-TO with 1 ≤ FROM ≤ TO");
    }

    /** Whether the document has these pages; an {@link AppProblem} INVALID_VALUE ("pages", text) if not. */
    public PageRange within(int pageCount) {
        if (to > pageCount) {
            throw invalid(from + "-" + to, "goes beyond the report's " + pageCount + " pages");
        }
        return this;
    }

    private static AppProblem invalid(String text, String why) {
        return new AppProblem(AppProblem.Kind.INVALID_VALUE, "pages", List.of("pages", String.valueOf(text)), null,
                "the page range '" + text + "' " + why, null);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
