package dev.skillradar.bench;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.report.ReadinessReport;
import dev.skillradar.report.ReportInput;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.PdfTypesetter;
import dev.skillradar.report.pdf.RenderedPdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Times the whole readiness report (scoring, radar and trend layout, document model, typesetting, PDF/A file):
 * the first report in a fresh JVM (cold, from the start of main: catalogue, fonts, classes) and a warm median, for
 * the seed roadmap and for the generated 2,200-skill roadmap ({@link BigRoadmap}). Not a test: timings flake on
 * shared machines. After {@code mvn package}:
 * {@code java -cp target/test-classes:target/classes:target/lib/* dev.skillradar.bench.ReadinessReportBench [runs]}
 */
public final class ReadinessReportBench {
    private static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

    private ReadinessReportBench() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Roadmap seed = new CatalogLoader().loadBuiltIn();
        long loaded = System.nanoTime();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuLoaded = cpu.getCurrentThreadCpuTime();
        Bench seedBench = new Bench(seed);
        long prepared = System.nanoTime();
        var doc = seedBench.report.document(seedBench.input);
        long modelled = System.nanoTime();
        RenderedPdf first = seedBench.typesetter.render(doc);
        System.out.printf("  of which: catalogue %.0f ms, calculator and font metrics %.0f ms, document model %.0f ms,"
                + " typesetting %.0f ms%n", (loaded - start) / 1e6, (prepared - loaded) / 1e6, (modelled - prepared) / 1e6,
                (System.nanoTime() - modelled) / 1e6);
        System.out.printf("  first report after the catalogue (what the app pays): %.0f ms wall, %.0f ms CPU of this thread%n",
                (System.nanoTime() - loaded) / 1e6, (cpu.getCurrentThreadCpuTime() - cpuLoaded) / 1e6);
        System.out.printf("seed roadmap (%d skills): cold, first report from the start of main: %.0f ms (%d pages)%n",
                seed.skills().size(), (System.nanoTime() - start) / 1e6, first.pageCount());
        System.out.printf("seed roadmap: warm median of %d: %.0f ms%n", runs, seedBench.median(runs));

        Path file = Files.createTempFile("big-roadmap", ".json");
        Files.writeString(file, BigRoadmap.json());
        Roadmap big = new CatalogLoader().load(file);
        Files.delete(file);
        Bench bigBench = new Bench(big);
        long t = System.nanoTime();
        RenderedPdf bigPdf = bigBench.once();
        System.out.printf("big roadmap (%d skills): first report %.0f ms (%d pages, %d KB)%n", big.skills().size(),
                (System.nanoTime() - t) / 1e6, bigPdf.pageCount(), bigPdf.size() / 1024);
        System.out.printf("big roadmap: warm median of %d: %.0f ms%n", Math.max(3, runs / 4), bigBench.median(Math.max(3, runs / 4)));
    }

    /** One roadmap's report: every skill rated, a note on every fifth, one change per skill over 150 days. */
    private static final class Bench {
        final ReadinessReport report;
        final PdfTypesetter typesetter = new PdfTypesetter();
        final ReportInput input;

        Bench(Roadmap roadmap) {
            report = new ReadinessReport(new ReadinessCalculator(roadmap), DejaVuMeasure.load());
            Map<String, Rating> ratings = new HashMap<>();
            List<RatingChange> history = new ArrayList<>();
            int i = 0;
            for (Skill s : roadmap.skills()) {
                int level = i % 6;
                ratings.put(s.id(), new Rating(s.id(), level, i % 5 == 0 ? "Practised in project " + i + " – größer." : null,
                        i % 7 == 0 ? "https://example.org/evidence/" + i : null, NOW));
                history.add(new RatingChange(i + 1, s.id(), null, level,
                        NOW.minus(Duration.ofMinutes(150L * 24 * 60 * (roadmap.skills().size() - i) / roadmap.skills().size())),
                        ChangeOrigin.APP));
                i++;
            }
            input = new ReportInput(roadmap, new Profile(1, "Lena Müller", roadmap.defaultRole().id()), roadmap.defaultRole(),
                    Language.DE, PageSetup.Paper.A4, ratings, HistoryReplay.of(history, roadmap), Optional.empty(), NOW,
                    ZoneId.of("Europe/Berlin"), "SkillRadar bench");
        }

        RenderedPdf once() {
            return typesetter.render(report.document(input));
        }

        double median(int runs) {
            double[] ms = new double[runs];
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                once();
                ms[r] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            return ms[runs / 2];
        }
    }
}
