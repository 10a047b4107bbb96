package dev.skillradar.bench;

import dev.skillradar.app.ProfileHistory;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Radar;
import dev.skillradar.assessment.RadarModel;
import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.assessment.Trend;
import dev.skillradar.assessment.TrendPeriod;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.chart.ChartLayout;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.chart.Size;
import dev.skillradar.report.ReportService;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.RenderedPdf;
import dev.skillradar.storage.Database;
import dev.skillradar.text.RadarTexts;
import dev.skillradar.text.Texts;
import dev.skillradar.ui.common.ProfileSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The five measures of the big-roadmap rows of the benchmark suite, each on the data of {@link GenerateBenchData}
 * and through the same calls as the window (and the command line): {@link #prepare} readies a measure's inputs (the
 * catalogue, an open database, the profile's levels, the calculator, the fonts: what the window has once it runs),
 * {@link Measure#run} is what the user waits for each time.
 */
final class BigRoadmapMeasures {
    /** What is measured, with the name the suite's table uses. */
    enum What {
        OPEN("open profile"), SCORE("score"), TREND("trend"), RADAR("200-axis radar"), REPORT("PDF report");

        final String label;

        What(String label) {
            this.label = label;
        }
    }

    /** One measure, inputs ready; {@link #afterRun} undoes a run's side effects outside the timing. */
    interface Measure extends AutoCloseable {
        /** Runs once; returns a few words about the result (pages, points, axes) so no work is optimised away. */
        String run();

        default void afterRun() {
        }

        @Override
        default void close() {
        }
    }

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** The radar's layout size in the window (RadarViewModel) and its base font. */
    private static final Size WINDOW_SIZE = new Size(600, 600);
    private static final double FONT_SIZE = 13;

    private BigRoadmapMeasures() {
    }

    static Roadmap roadmap(Path dir) {
        return new CatalogLoader().load(dir.resolve(GenerateBenchData.ROADMAP_FILE));
    }

    static Measure prepare(What what, Path dir, Roadmap roadmap) {
        if (what == What.OPEN) {
            return new OpenProfile(dir, roadmap);
        }
        Database db = Database.open(dir, Clock.systemUTC());
        try {
            Profile me = db.profiles().getOrCreateDefault(roadmap.defaultRole().id());
            Role role = roadmap.role(me.targetRoleId()).orElseThrow();
            ProfileHistory history = new ProfileHistory(db, roadmap);
            ReadinessCalculator calc = new ReadinessCalculator(roadmap);
            Map<String, Integer> levels = history.levels(me.id());
            Measure m = switch (what) {
                case SCORE -> () -> "overall " + calc.evaluate(role, levels).overall();
                case TREND -> {
                    Trend trend = new Trend(calc);
                    yield () -> trend.of(history.replay(me.id()), role, TrendPeriod.MONTH, ZONE).size() + " points";
                }
                case RADAR -> {
                    Radar radar = new Radar(calc);
                    RadarTexts texts = new RadarTexts(Texts.of(Language.EN));
                    DejaVuMeasure fonts = DejaVuMeasure.load();
                    yield () -> {
                        RadarModel model = RadarModel.of(radar, role, levels, null, "radar");
                        ChartLayout layout = ChartLayout.of(texts.spec(model, null, null, WINDOW_SIZE, FONT_SIZE), fonts);
                        return model.axes().size() + " axes, " + layout.getClass().getSimpleName();
                    };
                }
                case REPORT -> {
                    ReportService reports = new ReportService(history, roadmap, calc, DejaVuMeasure.load(),
                            Clock.systemUTC(), ZONE, "SkillRadar bench");
                    yield () -> {
                        RenderedPdf pdf = reports.render(reports.input(me, role, Language.EN, PageSetup.Paper.A4, null));
                        return pdf.pageCount() + " pages, " + pdf.size() / 1024 + " KiB";
                    };
                }
                case OPEN -> throw new AssertionError();
            };
            return new Measure() {
                @Override
                public String run() {
                    return m.run();
                }

                @Override
                public void close() {
                    db.close();
                }
            };
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Database.open, then what the window reads to show a profile (ProfileSession.read: profiles, the remembered
     * one, its ratings) and what its Radar and History screens read (the history, replayed); closed untimed.
     */
    private static final class OpenProfile implements Measure {
        private final Path dir;
        private final Roadmap roadmap;
        private Database db;

        OpenProfile(Path dir, Roadmap roadmap) {
            this.dir = dir;
            this.roadmap = roadmap;
        }

        @Override
        public String run() {
            db = Database.open(dir, Clock.systemUTC());
            ProfileSession.Loaded loaded = ProfileSession.read(db, roadmap, null, null, roadmap.defaultRole().id());
            HistoryReplay replay = new ProfileHistory(db, roadmap).replay(loaded.current().id());
            List<?> timeline = replay.timeline();
            return loaded.ratings().size() + " ratings, " + timeline.size() + " changes";
        }

        @Override
        public void afterRun() {
            db.close();
            db = null;
        }
    }
}
