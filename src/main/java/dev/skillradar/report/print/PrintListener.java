package dev.skillradar.report.print;

/**
 * Progress of one print job, reported on the thread that prints (the caller's executor; a window hands each
 * call on to its UI thread). The stages come in order; {@link ReportPrinter#print} returns after the last.
 */
@FunctionalInterface
public interface PrintListener {
    /** Where a job is. */
    enum Stage {
        /** Choosing the printer and paper; laying the report out again if the printer's paper differs. */
        PREPARING,
        /** Handing the pages to the system's print spooler. */
        SENDING,
        /** Handed over; waiting for the spooler to say the job is done or failed. */
        WAITING,
        /** The spooler took the whole job. */
        DONE
    }

    void stage(Stage stage);

    /** A listener that ignores progress. */
    static PrintListener none() {
        return stage -> { };
    }
}
