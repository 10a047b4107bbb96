package dev.skillradar.report.print;

import dev.skillradar.report.pdf.PageSetup;
import java.util.Optional;

/**
 * A printer as the print dialog lists it: its name, whether it is the system's default, whether it takes PDF
 * directly, and its default paper if that is one the report can be laid out on (A4 or US Letter).
 */
public record PrinterInfo(String name, boolean isDefault, boolean takesPdf, Optional<PageSetup.Paper> defaultPaper) {
}
