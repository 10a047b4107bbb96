package dev.skillradar.ui.dashboard;

import dev.skillradar.assessment.DriftTrend;
import dev.skillradar.chart.Size;
import dev.skillradar.chart.TrendPoint;
import dev.skillradar.chart.TrendSeries;
import dev.skillradar.chart.TrendSpec;
import dev.skillradar.text.CalibrationTexts;
import dev.skillradar.text.Texts;
import dev.skillradar.text.TrendTexts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The overall drift over time as a {@link TrendSpec}, so that the line chart of readiness draws it too: the chart's
 * five gridlines (0, 25, 50, 75 and 100 of its scale) become −s, −s/2, 0, +s/2 and +s levels, with s the smallest of
 * 1, 2 and 5 levels that holds every point (drift lies between −5 and +5). Zero sits in the middle: above it the
 * self-ratings are higher than the checks show. Pure: no toolkit.
 */
final class DriftChart {
    /** The id of the one series. */
    static final String OVERALL = "drift";
    private static final double[] SCALES = {1, 2, 5};

    private DriftChart() {
    }

    /** The points that have a drift (before the first rated skill with a tick there is none), in time order. */
    static List<DriftTrend.Point> withDrift(List<DriftTrend.Point> points) {
        return points.stream().filter(p -> p.drift().overall() != null).toList();
    }

    /** The levels the top gridline stands for. */
    static double scale(List<DriftTrend.Point> points) {
        double most = 0;
        for (DriftTrend.Point p : withDrift(points)) {
            most = Math.max(most, Math.abs(p.drift().overall()));
        }
        for (double s : SCALES) {
            if (most <= s) {
                return s;
            }
        }
        return SCALES[SCALES.length - 1];
    }

    /** Where a drift sits on the chart's 0–100 scale. */
    static double position(double drift, double scale) {
        return 50 + drift / scale * 50;
    }

    /**
     * @param label the series' name ("Overall drift")
     * @param empty what the chart says while there is no point
     */
    static TrendSpec spec(List<DriftTrend.Point> points, Texts texts, String label, String empty, ZoneId zone) {
        double scale = scale(points);
        List<TrendPoint> line = new ArrayList<>();
        for (DriftTrend.Point p : withDrift(points)) {
            line.add(new TrendPoint(p.lastChange(), position(p.drift().overall(), scale)));
        }
        TrendTexts words = new TrendTexts(texts);
        return new TrendSpec(null, List.of(new TrendSeries(OVERALL, label, line)), new Size(480, 220), 11, zone,
                words::tick, percent -> gridline(percent, scale, texts), empty);
    }

    /** "+1", "−0.5", "0": a gridline's level, with no more decimals than it needs. */
    static String gridline(int percent, double scale, Texts texts) {
        double value = (percent - 50) / 50.0 * scale;
        int decimals = Math.abs(value - Math.rint(value)) < 1e-9 ? 0 : 1;
        String text = texts.formats().decimal(Math.abs(value), decimals);
        if (Math.abs(value) < 1e-9) {
            return text;
        }
        return (value > 0 ? "+" : "\u2212") + text;
    }

    /**
     * The words of one point, for its tooltip ({@code texts} with the window's bundle): "3 September 2026: +0.50 levels,
     * rated higher than the checks show".
     */
    static String describe(DriftTrend.Point p, Texts texts, ZoneId zone) {
        CalibrationTexts words = new CalibrationTexts(texts);
        Double drift = p.drift().overall();
        return texts.get("dashboard.drift.point", texts.formats().longDate(p.lastChange(), zone), words.drift(drift),
                words.meaning(drift));
    }
}
