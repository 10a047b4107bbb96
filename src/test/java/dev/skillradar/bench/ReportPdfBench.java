package dev.skillradar.bench;

import dev.skillradar.report.pdf.PdfTypesetter;
import dev.skillradar.report.pdf.RenderedPdf;
import dev.skillradar.report.pdf.ReportDocument;
import dev.skillradar.report.pdf.SampleReports;
import java.util.Arrays;

/**
 * Times the PDF engine on the twelve-page sample report: the first document in a fresh JVM (cold: class
 * loading, font parsing, JIT), then a warm loop. Run with the test class path:
 * {@code java -cp target/test-classes:target/classes:<deps> dev.skillradar.bench.ReportPdfBench [iterations]}.
 */
public final class ReportPdfBench {
    private ReportPdfBench() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        long t0 = System.nanoTime();
        ReportDocument doc = SampleReports.large(false);
        PdfTypesetter typesetter = new PdfTypesetter();
        RenderedPdf first = typesetter.render(doc);
        long cold = System.nanoTime() - t0;
        long[] warm = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            typesetter.render(SampleReports.large(i % 2 == 1));
            warm[i] = System.nanoTime() - t;
        }
        long[] last = Arrays.copyOfRange(warm, iterations / 2, iterations);
        Arrays.sort(last);
        System.out.printf("pages %d, %d bytes%n", first.pageCount(), first.size());
        System.out.printf("cold (first document in the JVM, model included): %.0f ms%n", cold / 1e6);
        System.out.printf("warm (second half of %d runs): median %.1f ms, min %.1f ms, max %.1f ms%n", iterations,
                last[last.length / 2] / 1e6, last[0] / 1e6, last[last.length - 1] / 1e6);
    }
}
