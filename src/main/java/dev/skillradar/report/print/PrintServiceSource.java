package dev.skillradar.report.print;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/** Where printers come from: the system's ({@link PrintServiceLookup}, CUPS on Linux), or a test's. */
public interface PrintServiceSource {
    /** Every installed printer (possibly none). */
    PrintService[] services();

    /** The system's default printer, or null. */
    PrintService defaultService();

    /** The printers of this machine, looked up afresh on every call (a printer may be added while the app runs). */
    static PrintServiceSource system() {
        return new PrintServiceSource() {
            @Override
            public PrintService[] services() {
                return PrintServiceLookup.lookupPrintServices(null, null);
            }

            @Override
            public PrintService defaultService() {
                return PrintServiceLookup.lookupDefaultPrintService();
            }
        };
    }
}
