package dev.skillradar.report.pdf;

/** The caller's wording of a page number, for example {@code (n, m) -> "Seite " + n + " von " + m}. */
@FunctionalInterface
public interface PageLabel {
    /** The label of page {@code page} (1-based) of {@code pages}. */
    String label(int page, int pages);
}
