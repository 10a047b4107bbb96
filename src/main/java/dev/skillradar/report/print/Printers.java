package dev.skillradar.report.print;

import dev.skillradar.app.AppProblem;
import dev.skillradar.report.pdf.PageSetup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;

/**
 * The installed printers, for the print dialog and {@code print --list}: each with whether it is the default,
 * takes PDF and which paper it defaults to. Looked up afresh on every call; may take a moment (CUPS is asked),
 * so call it off the UI thread.
 */
public final class Printers {
    private final PrintServiceSource source;

    public Printers(PrintServiceSource source) {
        this.source = source;
    }

    /** The system's printers. */
    public static Printers system() {
        return new Printers(PrintServiceSource.system());
    }

    /** Every printer, sorted by name, the default marked; empty when none is installed. */
    public List<PrinterInfo> list() {
        PrintService def = source.defaultService();
        List<PrinterInfo> out = new ArrayList<>();
        for (PrintService s : sorted()) {
            out.add(info(s, def != null && def.getName().equals(s.getName())));
        }
        return out;
    }

    /** The default printer, if the system has one. */
    public Optional<PrinterInfo> defaultPrinter() {
        PrintService def = source.defaultService();
        return def == null ? Optional.empty() : Optional.of(info(def, true));
    }

    /**
     * The printer called {@code name} (exactly, else ignoring case), or the default when {@code name} is empty.
     * Fails as NO_PRINTER (none installed), NO_DEFAULT_PRINTER (no name and no default: the names) or
     * PRINTER_NOT_FOUND (that name, the names).
     */
    PrintService service(Optional<String> name) {
        List<PrintService> all = sorted();
        if (all.isEmpty()) {
            throw new AppProblem(AppProblem.Kind.NO_PRINTER, null, List.of(), null, "no printer is installed", null);
        }
        List<String> names = all.stream().map(PrintService::getName).toList();
        if (name.isEmpty()) {
            PrintService def = source.defaultService();
            if (def == null) {
                throw new AppProblem(AppProblem.Kind.NO_DEFAULT_PRINTER, null, List.of(names), null,
                        "there is no default printer; name one of: " + String.join(", ", names), null);
            }
            return def;
        }
        String wanted = name.get();
        return all.stream().filter(s -> s.getName().equals(wanted)).findFirst()
                .or(() -> all.stream().filter(s -> s.getName().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> new AppProblem(AppProblem.Kind.PRINTER_NOT_FOUND, null, List.of(wanted, names), null,
                        "no printer named '" + wanted + "' (printers: " + String.join(", ", names) + ")", null));
    }

    private List<PrintService> sorted() {
        PrintService[] services = source.services();
        List<PrintService> list = new ArrayList<>(Arrays.asList(services == null ? new PrintService[0] : services));
        list.sort((a, b) -> a.getName().toLowerCase(Locale.ROOT).compareTo(b.getName().toLowerCase(Locale.ROOT)));
        return list;
    }

    static PrinterInfo info(PrintService s, boolean isDefault) {
        return new PrinterInfo(s.getName(), isDefault, takesPdf(s), defaultPaper(s));
    }

    static boolean takesPdf(PrintService s) {
        return s.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF);
    }

    /** The printer's default paper when it is A4 or US Letter; other paper (A5, Legal) leaves the report's own. */
    static Optional<PageSetup.Paper> defaultPaper(PrintService s) {
        Object media = s.getDefaultAttributeValue(Media.class);
        if (MediaSizeName.ISO_A4.equals(media)) {
            return Optional.of(PageSetup.Paper.A4);
        }
        if (MediaSizeName.NA_LETTER.equals(media)) {
            return Optional.of(PageSetup.Paper.US_LETTER);
        }
        return Optional.empty();
    }

    static MediaSizeName media(PageSetup.Paper paper) {
        return paper == PageSetup.Paper.A4 ? MediaSizeName.ISO_A4 : MediaSizeName.NA_LETTER;
    }
}
