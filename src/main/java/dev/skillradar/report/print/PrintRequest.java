package dev.skillradar.report.print;

import dev.skillradar.app.AppProblem;
import dev.skillradar.report.pdf.PageSetup;
import java.util.List;
import java.util.Optional;

/**
 * What to print: on which printer (empty: the system's default), how many copies (1–99), which pages (empty: all)
 * and on which paper (empty: the printer's default paper if it is A4 or US Letter, else the report's own).
 */
public record PrintRequest(Optional<String> printer, int copies, Optional<PageRange> pages,
                           Optional<PageSetup.Paper> paper) {
    public static final int MAX_COPIES = 99;

    public PrintRequest {
        printer = printer == null ? Optional.empty() : printer.filter(p -> !p.isBlank());
        pages = pages == null ? Optional.empty() : pages;
        paper = paper == null ? Optional.empty() : paper;
        if (copies < 1 || copies > MAX_COPIES) {
            throw new AppProblem(AppProblem.Kind.INVALID_VALUE, "copies", List.of("copies", String.valueOf(copies)),
                    null, "copies must be 1 to " + MAX_COPIES + ", not " + copies, null);
        }
    }

    /** One copy of every page on the default printer, on its paper. */
    public static PrintRequest defaults() {
        return new PrintRequest(Optional.empty(), 1, Optional.empty(), Optional.empty());
    }
}
