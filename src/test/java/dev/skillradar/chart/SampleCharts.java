package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Realistic chart inputs shared by the tests and the demo. */
final class SampleCharts {
    private SampleCharts() {
    }

    static final List<String> GERMAN_40 = List.of(
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

    static final List<String> AREAS_9 = List.of("Python & data tools", "Mathematics", "SQL", "Classical ML",
            "Deep learning", "Feature engineering", "MLOps & deployment", "Cloud ML platforms", "LLM engineering");

    static final List<String> SHORT_12 = List.of("Python", "NumPy", "Pandas", "SQL", "Statistik", "PyTorch",
            "Docker", "MLflow", "Kubernetes", "LangChain", "RAG", "Deutsch");

    static List<Axis> axes(List<String> labels) {
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            axes.add(new Axis("a" + i, labels.get(i), labels.get(i).startsWith("Deutsch")));
        }
        return axes;
    }

    /** A value per axis that varies smoothly, with {@code null} at the given axes. */
    static List<Double> values(int n, double offset, int... missing) {
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

    static List<Double> constant(int n, double value) {
        Double[] v = new Double[n];
        Arrays.fill(v, value);
        return Arrays.asList(v);
    }

    /** Current (with the given gaps), target, and optionally a comparison. */
    static List<Series> profile(int n, boolean compare, int... missing) {
        List<Series> series = new ArrayList<>();
        series.add(Series.of("current", "Current", SeriesKind.CURRENT, values(n, 0, missing)));
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

    static ChartSpec spec(List<String> labels, double size, boolean compare, int... missing) {
        return ChartSpec.of(axes(labels), profile(labels.size(), compare, missing), size, size);
    }
}
