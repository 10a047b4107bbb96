package dev.skillradar.ui.control;

import dev.skillradar.chart.Axis;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.Series;
import dev.skillradar.chart.SeriesKind;
import dev.skillradar.chart.Size;
import dev.skillradar.chart.TickFormatter;
import dev.skillradar.chart.TrendPoint;
import dev.skillradar.chart.TrendSeries;
import dev.skillradar.chart.TrendSpec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Chart inputs for the control tests and the demo (the chart package's samples are its own). */
final class ControlSamples {
    private ControlSamples() {
    }

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public static final List<String> AREAS_9 = List.of("Python & data tools", "Mathematics", "SQL", "Classical ML",
            "Deep learning", "Feature engineering", "MLOps & deployment", "Cloud ML platforms", "LLM engineering");

    public static final List<String> GERMAN_40 = List.of(
            "Python-Programmierung", "NumPy und vektorisierte Berechnungen", "Datenanalyse mit Pandas",
            "Visualisierung mit Matplotlib", "Lineare Algebra", "Wahrscheinlichkeitsrechnung und Statistik",
            "Grundlagen der Analysis", "SQL und relationale Datenbanken", "Lineare Regression",
            "Logistische Regression", "Entscheidungsbäume", "Random Forests",
            "Gradient Boosting (XGBoost/LightGBM)", "scikit-learn", "Neuronale Netze (vollständig verbunden)",
            "Convolutional Neural Networks (CNN)", "Rekurrente neuronale Netze (RNN)", "Transformer-Architektur",
            "PyTorch", "TensorFlow", "Merkmalskonstruktion (Feature Engineering)", "Experimentverfolgung mit MLflow",
            "Datenversionierung mit DVC", "Containerisierung mit Docker", "Orchestrierung mit Kubernetes",
            "AWS SageMaker", "Google Vertex AI", "Azure Machine Learning", "LangChain",
            "Retrieval-Augmented Generation (RAG)", "Feinabstimmung großer Sprachmodelle", "Hugging Face Transformers",
            "Bereitstellung und Überwachung von Modellen", "Kontinuierliche Integration und Auslieferung",
            "Datenschutz und DSGVO-Konformität", "Verteilte Datenverarbeitung mit Spark",
            "Zeitreihenanalyse und Prognose", "Verarbeitung natürlicher Sprache", "Empfehlungssysteme",
            "Deutsch (Berufssprache)");

    public static List<String> numbered(int n) {
        return IntStream.range(0, n).mapToObj(i -> "Skill number " + (i + 1)).toList();
    }

    public static List<Axis> axes(List<String> labels) {
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            axes.add(new Axis("a" + i, labels.get(i), labels.get(i).startsWith("Deutsch")));
        }
        return axes;
    }

    /** A value per axis that varies smoothly, with {@code null} at the given axes. */
    public static List<Double> values(int n, double offset, int... missing) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = 2.6 + 1.6 * Math.sin(i * 1.7 + offset) + offset * 0.2;
            v.add(Math.max(0, Math.min(5, Math.round(x * 2) / 2.0)));
        }
        for (int m : missing) {
            v.set(m, null);
        }
        return v;
    }

    /** Current (with the given gaps), target, and optionally a comparison. */
    public static List<Series> profile(int n, boolean compare, double offset, int... missing) {
        List<Series> series = new ArrayList<>();
        series.add(Series.of("current", "Current", SeriesKind.CURRENT, values(n, offset, missing)));
        List<Double> target = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            target.add(i % 3 == 0 ? 4.0 : 3.0);
        }
        series.add(Series.of("target", "Target (Junior)", SeriesKind.TARGET, target));
        if (compare) {
            series.add(Series.of("compare", "3 months ago", SeriesKind.COMPARE, values(n, -1.2)));
        }
        return series;
    }

    public static ChartSpec spec(List<String> labels, double w, double h, boolean compare, int... missing) {
        return ChartSpec.of(axes(labels), profile(labels.size(), compare, 0, missing), w, h);
    }

    public static TrendSpec trend(List<TrendSeries> series, double w, double h) {
        TickFormatter words = (date, unit) -> switch (unit) {
            case DAY, WEEK -> date.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
            case MONTH -> date.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
            case YEAR -> Integer.toString(date.getYear());
        };
        return new TrendSpec("Readiness over time", series, new Size(w, h), 13, BERLIN, words, p -> p + "%",
                "No snapshots yet: save one on the Assess screen.");
    }

    /** Readings every two weeks from 1 September 2025, rising by about {@code rise} points each. */
    public static TrendSeries walk(String id, String label, int count, double from, double rise) {
        List<TrendPoint> pts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double v = Math.min(100, from + i * rise + 3 * Math.sin(i * 1.3));
            pts.add(TrendPoint.on(LocalDate.of(2025, 9, 1).plusDays(14L * i), BERLIN, Math.max(0, v)));
        }
        return new TrendSeries(id, label, pts);
    }
}
