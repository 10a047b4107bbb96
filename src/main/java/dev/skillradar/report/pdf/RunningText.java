package dev.skillradar.report.pdf;

import java.util.Objects;

/**
 * The header and footer repeated on every page: a line of text left and right at the top, a line of text left
 * at the bottom and the page label right at the bottom. Empty strings leave their place blank.
 */
public record RunningText(String headerLeft, String headerRight, String footerLeft, PageLabel pageLabel) {
    public RunningText {
        headerLeft = Objects.requireNonNullElse(headerLeft, "");
        headerRight = Objects.requireNonNullElse(headerRight, "");
        footerLeft = Objects.requireNonNullElse(footerLeft, "");
        Objects.requireNonNull(pageLabel, "pageLabel");
    }

    /** No header text, only "n / m" in the footer. */
    public static RunningText pageNumbersOnly() {
        return new RunningText("", "", "", (n, m) -> n + " / " + m);
    }
}
