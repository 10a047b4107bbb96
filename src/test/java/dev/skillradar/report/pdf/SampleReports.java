package dev.skillradar.report.pdf;

/** The sample reports for code outside this package (the benchmark). */
public final class SampleReports {
    private SampleReports() {
    }

    /** The twelve-page sample, in German if {@code german}. */
    public static ReportDocument large(boolean german) {
        return SampleReport.large(german ? SampleReport.Lang.DE : SampleReport.Lang.EN);
    }
}
