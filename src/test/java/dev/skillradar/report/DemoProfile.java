package dev.skillradar.report;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.report.pdf.PageSetup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A realistic learner for the report's tests, screenshots and benchmark: Lena Müller, five months into the
 * roadmap, with notes (umlauts, a long one), evidence links and a history of ratings rising over time.
 */
final class DemoProfile {
    static final Roadmap ROADMAP = new CatalogLoader().loadBuiltIn();
    static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Profile LENA = new Profile(1, "Lena Müller", "junior");
    static final Profile MENTOR = new Profile(2, "Jörg Weiß (joerg.json)", "junior", true);

    /** skill, final level, note, evidence; earlier levels of the history are derived from the final one. */
    private static final String[][] RATINGS = {
        {"python", "4", "Daily pandas work at my internship; wrote the ETL for our sensor data.", "https://github.com/lena-m/sensor-etl"},
        {"numpy", "3", "", ""},
        {"pandas", "3", "Cleaning and joining messy CSV exports – größere Datensätze mit über 2 Mio. Zeilen.", ""},
        {"matplotlib", "2", "", ""},
        {"linear-algebra", "2", "3Blue1Brown series finished; still slow with eigenvalues.", ""},
        {"probability-statistics", "2", "", ""},
        {"calculus", "1", "", ""},
        {"sql", "3", "Mode SQL Tutorial done, window functions in daily use.", "https://mode.com/sql-tutorial/"},
        {"linear-regression", "3", "", ""},
        {"logistic-regression", "2", "", ""},
        {"decision-trees", "2", "", ""},
        {"random-forests", "2", "", ""},
        {"gradient-boosting", "1", "First XGBoost model on the Kaggle housing data.", "https://www.kaggle.com/lenamueller"},
        {"scikit-learn", "3", "", ""},
        {"neural-networks", "2", "", ""},
        {"cnn", "1", "", ""},
        {"transformer", "1", "", ""},
        {"pytorch", "2", "Fast.ai part 1; small image classifier.", ""},
        {"feature-engineering", "2", "", ""},
        {"mlflow", "1", "", ""},
        {"docker", "2", "Dockerised my thesis project; no Kubernetes yet.", "https://github.com/lena-m/thesis"},
        {"aws-sagemaker", "1", "", ""},
        {"hugging-face-transformers", "1", "", ""},
        {"german", "5", "Muttersprache.", ""},
    };

    private DemoProfile() {
    }

    static Map<String, Rating> ratings() {
        Map<String, Rating> out = new HashMap<>();
        for (String[] r : RATINGS) {
            out.put(r[0], new Rating(r[0], Integer.parseInt(r[1]), r[2].isEmpty() ? null : r[2],
                    r[3].isEmpty() ? null : r[3], NOW.minus(Duration.ofDays(3))));
        }
        return out;
    }

    /** Five months of history: each skill first rated lower, then raised to its final level step by step. */
    static List<RatingChange> history() {
        List<RatingChange> out = new ArrayList<>();
        Instant start = NOW.minus(Duration.ofDays(150));
        long seq = 1;
        int i = 0;
        for (String[] r : RATINGS) {
            int level = Integer.parseInt(r[1]);
            Instant at = start.plus(Duration.ofDays(2L * i)).plus(Duration.ofHours(9));
            int first = Math.max(0, level - 2);
            out.add(new RatingChange(seq++, r[0], null, first, at, ChangeOrigin.APP));
            for (int l = first + 1; l <= level; l++) {
                at = at.plus(Duration.ofDays(25 + (i * 7L) % 20));
                out.add(new RatingChange(seq++, r[0], l - 1, l, at.isAfter(NOW) ? NOW.minusSeconds(60) : at,
                        ChangeOrigin.CLI));
            }
            i++;
        }
        return out;
    }

    /** A mentor's view: Lena's levels, one lower on the foundations and one higher on deep learning. */
    static Map<String, Integer> mentorLevels() {
        Map<String, Integer> out = new HashMap<>();
        for (String[] r : RATINGS) {
            int level = Integer.parseInt(r[1]);
            int adjusted = switch (r[0]) {
                case "python", "pandas", "sql" -> level - 1;
                case "pytorch", "cnn", "transformer" -> level + 1;
                default -> level;
            };
            out.put(r[0], Math.max(0, Math.min(5, adjusted)));
        }
        return out;
    }

    static ReportInput input(Language lang, PageSetup.Paper paper, Optional<Comparison> comparison) {
        return new ReportInput(ROADMAP, LENA, ROADMAP.role("junior").orElseThrow(), lang, paper, ratings(),
                HistoryReplay.of(history(), ROADMAP), comparison, NOW, ZONE, "SkillRadar 0.1.0");
    }

    static ReportInput input(Language lang) {
        return input(lang, PageSetup.Paper.A4, Optional.empty());
    }

    /** Someone who has rated nothing and has no history. */
    static ReportInput empty(Language lang) {
        return new ReportInput(ROADMAP, new Profile(3, "default", "junior"), ROADMAP.role("junior").orElseThrow(), lang,
                PageSetup.Paper.A4, Map.of(), HistoryReplay.of(List.of(), ROADMAP), Optional.empty(), NOW, ZONE,
                "SkillRadar 0.1.0");
    }
}
