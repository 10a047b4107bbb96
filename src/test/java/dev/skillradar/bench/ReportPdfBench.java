package dev.skillradar.bench;

import dev.skillradar.report.pdf.PdfTypesetter;
import dev.skillradar.report.pdf.RenderedPdf;
import dev.skillradar.report.pdf.SampleReports;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times the PDF engine on the twelve-page sample report (tables, radars, a line chart, links): the first document
 * in a fresh JVM (cold: class loading, font parsing, JIT), optionally after {@link PdfTypesetter#warmUp()}, then a
 * warm loop. Run on the runtime class path plus test classes, without veraPDF's jars (their Saxon would replace the
 * JDK's XML transformer):
 * {@code java -cp target/test-classes:target/classes:target/lib/* dev.skillradar.bench.ReportPdfBench [runs] [--warm-up]}.
 */
public final class ReportPdfBench {
    private ReportPdfBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        boolean warmUpFirst = Arrays.asList(args).contains("--warm-up");
        PdfTypesetter typesetter = new PdfTypesetter();
        if (warmUpFirst) {
            long t = System.nanoTime();
            typesetter.warmUp();
            System.out.printf("warmUp() in a fresh JVM: %.0f ms%n", (System.nanoTime() - t) / 1e6);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        RenderedPdf first = typesetter.render(SampleReports.large(false));
        long cold = System.nanoTime() - t0;
        long coldCpu = threads.getCurrentThreadCpuTime() - c0;
        long[] warm = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            typesetter.render(SampleReports.large(i % 2 == 1));
            warm[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        System.out.printf("%d pages, %d bytes%n", first.pageCount(), first.size());
        System.out.printf("first document%s: %.0f ms wall, %.0f ms CPU of this thread%n",
                warmUpFirst ? " after warmUp()" : " (cold)", cold / 1e6, coldCpu / 1e6);
        System.out.printf("warm, second half of %d runs: wall %s; CPU %s%n", runs, stats(warm), stats(cpu));
    }

    private static String stats(long[] nanos) {
        long[] last = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
        Arrays.sort(last);
        return String.format("median %.1f ms, min %.1f ms, max %.1f ms", last[last.length / 2] / 1e6, last[0] / 1e6,
                last[last.length - 1] / 1e6);
    }
}
