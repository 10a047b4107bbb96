package dev.skillradar.report.pdf;

import dev.skillradar.report.pdf.Bars.Bar;
import dev.skillradar.report.pdf.Block.Heading;
import dev.skillradar.report.pdf.Block.KeyValues;
import dev.skillradar.report.pdf.Block.Paragraph;
import dev.skillradar.report.pdf.Table.Column;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic readiness report for the tests, the benchmark and the demo, in English or German: a title block, a
 * key figure, bars, a radar, a table of the roadmap's 35 skills across the three phases, a long note with an
 * emoji DejaVu Sans has (😀) and one it lacks (🤖), links, umlauts. The wording is the sample's own; the real report's comes from the text layer.
 */
final class SampleReport {
    static final Instant CREATED = Instant.parse("2026-12-01T09:30:00Z");

    /** The sample's language. */
    enum Lang { EN, DE }

    // id, phase (1..3 or 0 = optional), area EN, area DE, name EN, name DE, rating, target, demand
    private static final String[][] SKILLS = {
        {"1", "Python & data", "Python & Daten", "Python", "Python", "4", "3", "1.00"},
        {"1", "Python & data", "Python & Daten", "NumPy", "NumPy", "3", "3", "0.70"},
        {"1", "Python & data", "Python & Daten", "Pandas", "Pandas", "3", "3", "0.70"},
        {"1", "Python & data", "Python & Daten", "Matplotlib", "Matplotlib", "2", "2", "0.40"},
        {"1", "Mathematics", "Mathematik", "Linear algebra", "Lineare Algebra", "2", "2", "0.50"},
        {"1", "Mathematics", "Mathematik", "Probability and statistics", "Wahrscheinlichkeitsrechnung und Statistik", "2", "2", "0.50"},
        {"1", "Mathematics", "Mathematik", "Calculus basics", "Grundlagen der Analysis", "2", "2", "0.40"},
        {"1", "SQL", "SQL", "SQL", "SQL", "3", "3", "0.80"},
        {"2", "Classical ML", "Klassisches ML", "Linear regression", "Lineare Regression", "3", "3", "0.60"},
        {"2", "Classical ML", "Klassisches ML", "Logistic regression", "Logistische Regression", "2", "3", "0.60"},
        {"2", "Classical ML", "Klassisches ML", "Decision trees", "Entscheidungsbäume", "2", "3", "0.55"},
        {"2", "Classical ML", "Klassisches ML", "Random forests", "Random Forests", "2", "3", "0.55"},
        {"2", "Classical ML", "Klassisches ML", "Gradient boosting (XGBoost/LightGBM)", "Gradient Boosting (XGBoost/LightGBM)", "1", "3", "0.65"},
        {"2", "Classical ML", "Klassisches ML", "scikit-learn", "scikit-learn", "3", "3", "0.70"},
        {"2", "Deep learning", "Deep Learning", "Neural networks (fully connected)", "Neuronale Netze (vollständig verbunden)", "2", "2", "0.55"},
        {"2", "Deep learning", "Deep Learning", "Convolutional neural networks (CNN)", "Faltende neuronale Netze (CNN)", "1", "2", "0.45"},
        {"2", "Deep learning", "Deep Learning", "Recurrent neural networks (RNN)", "Rekurrente neuronale Netze (RNN)", "1", "1", "0.30"},
        {"2", "Deep learning", "Deep Learning", "Transformer architecture", "Transformer-Architektur", "1", "2", "0.60"},
        {"2", "Deep learning", "Deep Learning", "PyTorch", "PyTorch", "2", "2", "0.85"},
        {"2", "Deep learning", "Deep Learning", "TensorFlow", "TensorFlow", "0", "2", "0.85"},
        {"2", "Feature engineering", "Feature Engineering", "Feature engineering", "Feature Engineering", "2", "3", "0.60"},
        {"3", "MLOps & deployment", "MLOps & Deployment", "MLflow", "MLflow", "1", "1", "0.55"},
        {"3", "MLOps & deployment", "MLOps & Deployment", "DVC (data version control)", "DVC (Datenversionierung)", "0", "1", "0.30"},
        {"3", "MLOps & deployment", "MLOps & Deployment", "Docker", "Docker", "3", "2", "0.75"},
        {"3", "MLOps & deployment", "MLOps & Deployment", "Kubernetes", "Kubernetes", "0", "1", "0.60"},
        {"3", "Cloud ML platforms", "Cloud-ML-Plattformen", "AWS SageMaker", "AWS SageMaker", "1", "1", "0.35"},
        {"3", "Cloud ML platforms", "Cloud-ML-Plattformen", "Google Vertex AI", "Google Vertex AI", "0", "1", "0.35"},
        {"3", "Cloud ML platforms", "Cloud-ML-Plattformen", "Azure ML", "Azure ML", "0", "1", "0.35"},
        {"3", "LLM engineering", "LLM-Engineering", "LangChain", "LangChain", "0", "1", "0.50"},
        {"3", "LLM engineering", "LLM-Engineering", "Retrieval-augmented generation (RAG)", "Retrieval-Augmented Generation (RAG)", "0", "2", "0.50"},
        {"3", "LLM engineering", "LLM-Engineering", "Fine-tuning LLMs", "Fine-Tuning von LLMs", "0", "1", "0.50"},
        {"3", "LLM engineering", "LLM-Engineering", "Hugging Face Transformers", "Hugging Face Transformers", "1", "2", "0.50"},
        {"0", "Language", "Sprache", "German (CEFR)", "Deutsch (GER)", "3", "4", "–"},
        {"3", "MLOps & deployment", "MLOps & Deployment", "Model monitoring", "Modellüberwachung", "1", "1", "0.40"},
        {"3", "MLOps & deployment", "MLOps & Deployment", "CI/CD for ML", "CI/CD für ML", "1", "1", "0.40"},
    };

    private SampleReport() {
    }

    static DocumentInfo info(Lang lang) {
        boolean de = lang == Lang.DE;
        return new DocumentInfo(de ? "Bereitschaftsbericht – Jürgen Weiß" : "Readiness report – Jürgen Weiß",
                "Jürgen Weiß", de ? "Bereitschaft für die Rolle Junior ML Engineer" : "Readiness for the role Junior ML Engineer",
                List.of("SkillRadar", "ML Engineer", de ? "Bereitschaft" : "readiness"), "SkillRadar 0.1.0",
                "SkillRadar 0.1.0 (Apache PDFBox 3.0.8)", CREATED, de ? "de-DE" : "en-GB");
    }

    static RunningText running(Lang lang) {
        boolean de = lang == Lang.DE;
        return new RunningText(de ? "SkillRadar · Bereitschaftsbericht · Jürgen Weiß" : "SkillRadar · Readiness report · Jürgen Weiß",
                de ? "1. Dezember 2026" : "1 December 2026",
                de ? "Grundlage: der Artikel von 2026 über den Lernpfad zum ML Engineer in Deutschland"
                        : "Based on the 2026 article on the ML engineer learning path in Germany",
                de ? (n, m) -> "Seite " + n + " von " + m : (n, m) -> "Page " + n + " of " + m);
    }

    /** The report of a few pages. */
    static ReportDocument standard(Lang lang) {
        return builder(lang, PageSetup.a4(), false).build();
    }

    /** A report of about twelve pages: every skill with a long note, three figures. */
    static ReportDocument large(Lang lang) {
        return builder(lang, PageSetup.a4(), true).build();
    }

    /**
     * The sample plus every block type and every hard case: characters the font lacks (an emoji DejaVu Sans has
     * no glyph for, CJK, a lone surrogate, a control character), a table row of 4,000 characters, a page break.
     */
    static ReportDocument everything(Lang lang) {
        boolean de = lang == Lang.DE;
        return builder(lang, PageSetup.a4(), false)
                .add(new Block.PageBreak(), Heading.h1(de ? "Anhang" : "Appendix"),
                        Heading.h2(de ? "Zeichen außerhalb der Schrift" : "Characters outside the font"),
                        Paragraph.of(Run.plain(de ? "Roboter " : "Robot "), Run.plain(MISSING),
                                Run.bold(de ? " – ersetzt." : " – replaced.")),
                        new Block.Spacer(12),
                        new Heading(3, de ? "Eine sehr lange Notiz" : "A very long note", true),
                        new Table(List.of(Column.left(de ? "Fähigkeit" : "Skill", 1), Column.left(de ? "Notiz" : "Note", 1.4)),
                                List.of(Table.row(Paragraph.of(Run.bold("Kubernetes")), Paragraph.of(NOTE_4000)))))
                .build();
    }

    /** Four user-perceived characters DejaVu Sans has no glyph for: robot emoji, two CJK ideographs, a BEL. */
    static final String MISSING = "\uD83E\uDD16 \u6F22\u5B57 \u0007";
    /** A lone high surrogate, as a broken clipboard or file might deliver. */
    static final String LONE_SURROGATE = "\uD800";
    static final String NOTE_4000 = longWords(4000);

    static String longWords(int length) {
        String words = "kubectl apply deployment service ingress namespace rollout replica pod helm chart ";
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            sb.append(words);
        }
        return sb.substring(0, length).strip();
    }

    static ReportDocument.Builder builder(Lang lang, PageSetup page, boolean large) {
        boolean de = lang == Lang.DE;
        ReportDocument.Builder b = ReportDocument.builder(info(lang)).page(page).running(running(lang))
                .missingGlyphNote(n -> de ? n + (n == 1 ? " Zeichen konnte nicht dargestellt werden und erscheint als □."
                                : " Zeichen konnten nicht dargestellt werden und erscheinen als □.")
                        : n + (n == 1 ? " character could not be shown and appears as □."
                                : " characters could not be shown and appear as □."));
        b.add(new Block.Title(de ? "Bereitschaftsbericht" : "Readiness report",
                de ? "Jürgen Weiß · Zielrolle Junior ML Engineer · 1. Dezember 2026"
                        : "Jürgen Weiß · Target role Junior ML Engineer · 1 December 2026"));
        b.add(KeyValues.of(
                KeyValues.entry(de ? "Profil" : "Profile", "Jürgen Weiß"),
                KeyValues.entry(de ? "Zielrolle" : "Target role", de ? "Junior ML Engineer (0–2 Jahre)" : "Junior ML Engineer (0–2 years)"),
                KeyValues.entry(de ? "Gehaltsband" : "Salary band", de ? "55.000 € – 75.000 € pro Jahr" : "€55,000–75,000 a year"),
                KeyValues.entry(de ? "Zeit bis zur Bereitschaft" : "Time to ready", de ? "4–9 Monate" : "4–9 months")));
        b.add(new Block.KeyFigure(de ? "62 %" : "62%", de ? "Gesamtbereitschaft für Junior ML Engineer" : "Overall readiness for Junior ML Engineer",
                de ? "Gewichtet nach der Nachfrage deutscher Arbeitgeber; nicht bewertete Fähigkeiten zählen als 0."
                        : "Weighted by German employers' demand; skills not yet rated count as 0."));
        b.add(Heading.h1(de ? "Bereitschaft nach Phase" : "Readiness by phase"));
        b.add(Bars.of(de ? "Phase 1 ist erreicht; Deutsch ist optional und zählt nicht zur Bereitschaft."
                        : "Phase 1 is complete; German is optional and does not count towards readiness.",
                Bar.of(de ? "Phase 1: Grundlagen schaffen" : "Phase 1: Foundation Building", 100, de ? "100 %" : "100%"),
                Bar.of(de ? "Phase 2: ML-Kernkompetenzen" : "Phase 2: Core ML Skills", 58.3, de ? "58 %" : "58%"),
                Bar.of(de ? "Phase 3: Engineering-Fähigkeiten" : "Phase 3: Engineering Capabilities", 32.5, de ? "33 %" : "33%"),
                Bar.none(de ? "Deutsch (optional)" : "German (optional)", de ? "kein Wert" : "no value")));
        List<String> axes = de
                ? List.of("Python & Daten", "Mathematik", "SQL", "Klassisches ML", "Deep Learning", "Feature Eng.", "MLOps", "Cloud", "LLM")
                : List.of("Python & data", "Mathematics", "SQL", "Classical ML", "Deep learning", "Feature eng.", "MLOps", "Cloud", "LLM");
        double[] values = {3.3, 2, 3, 2.2, 1.3, 2, 1.2, 0.4, 0.3};
        double[] targets = {2.8, 2, 3, 3, 2, 3, 1.3, 1, 1.5};
        b.add(Block.KeepTogether.of(Heading.h2(de ? "Radar der Bereiche" : "Radar of the areas"),
                new Figure(330, 250, SamplePainters.radar(axes, values, targets),
                        de ? "Durchgezogen: Ihre Bewertung; gestrichelt: das Ziel für Junior ML Engineer."
                                : "Solid: your rating; dashed: the target for Junior ML Engineer.")));
        if (large) {
            b.add(new Figure(480, 170, SamplePainters.lineChart(List.of("Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
                    new double[] {18, 24, 31, 40, 47, 55, 62}, de ? "Gesamtbereitschaft" : "Overall readiness"),
                    de ? "Verlauf der Gesamtbereitschaft seit Juni." : "Overall readiness since June."));
        }
        b.add(Heading.h1(de ? "Fähigkeiten" : "Skills"));
        b.add(Paragraph.of(de ? "Bewertungen auf der Skala 0–5 (Deutsch nach GER); die Nachfrage ist das Gewicht einer Fähigkeit. "
                        + "Die Nachfragewerte „1.00“, „0.85“, „0.80“, „0.75“, „0.60“ und „0.55“ stammen aus dem Artikel, die übrigen sind Schätzungen."
                : "Ratings on the 0–5 scale (German on the CEFR scale); demand is a skill's weight. "
                        + "The demand figures “1.00”, “0.85”, “0.80”, “0.75”, “0.60” and “0.55” are the article’s; the others are estimates."));
        b.add(skillTable(lang, large));
        if (large) {
            gaps(b, lang);
            b.add(Heading.h1(de ? "Verlauf" : "History"));
            b.add(history(lang));
            b.add(Heading.h1(de ? "Radar je Phase" : "Radar by phase"));
            for (int phase = 1; phase <= 3; phase++) {
                b.add(Block.KeepTogether.of(Heading.h2((de ? "Phase " : "Phase ") + phase),
                        new Figure(300, 220, SamplePainters.radar(axes, shift(values, phase), targets),
                                de ? "Bewertung und Ziel je Bereich." : "Rating and target per area.")));
            }
        }
        b.add(Heading.h1(de ? "Notiz" : "Note"));
        b.add(Paragraph.of(Run.plain(longNote(lang)), Run.bold(de ? " Nächster Schritt: " : " Next step: "),
                Run.plain(de ? "Kubernetes-Grundlagen – ein Cluster mit kind, ein Deployment, ein Service … 😀 \uD83E\uDD16"
                        : "Kubernetes basics – a cluster with kind, one deployment, one service … 😀 \uD83E\uDD16")));
        b.add(Heading.h1(de ? "Empfohlene Quellen" : "Recommended resources"));
        b.add(new Block.BulletList(List.of(
                Paragraph.of(Run.link("Fast.ai", "https://course.fast.ai/"),
                        Run.plain(de ? " – kostenlose, praxisnahe Kurse, auch ohne Informatikstudium" : " – free, practice-oriented courses, also for non-CS backgrounds")),
                Paragraph.of(Run.link("3Blue1Brown", "https://www.3blue1brown.com/"),
                        Run.plain(de ? " – Videoreihen zu linearer Algebra und Analysis, anschaulich" : " – video series on linear algebra and calculus, intuitive")),
                Paragraph.of(Run.link("Mode SQL Tutorial", "https://mode.com/sql-tutorial/"),
                        Run.plain(de ? " – kostenlos, zum Mitmachen" : " – free, hands-on")),
                Paragraph.of(Run.plain(de ? "Hugging Face Transformers, der empfohlene Einstieg: " : "Hugging Face Transformers, the preferred starting point: "),
                        Run.link("https://huggingface.co/docs/transformers/index?utm_source=skillradar&utm_medium=report&utm_campaign=readiness-2026-12")))));
        b.add(Paragraph.small(de ? "Die Webadressen hat SkillRadar ergänzt; der Artikel nennt keine."
                : "The web addresses are SkillRadar’s addition; the article names none."));
        return b;
    }

    /** A section per gap, as the real report lists them in priority order. */
    private static void gaps(ReportDocument.Builder b, Lang lang) {
        boolean de = lang == Lang.DE;
        b.add(Heading.h1(de ? "Lücken nach Priorität" : "Gaps in priority order"));
        int rank = 0;
        for (String[] s : SKILLS) {
            int gap = Integer.parseInt(s[6]) - Integer.parseInt(s[5]);
            if (gap <= 0) {
                continue;
            }
            rank++;
            String name = de ? s[4] : s[3];
            b.add(Heading.h2(rank + ". " + name));
            b.add(KeyValues.of(KeyValues.entry(de ? "Bewertung / Ziel" : "Rating / target", s[5] + " / " + s[6]),
                    KeyValues.entry(de ? "Priorität" : "Priority", de ? s[7].replace('.', ',') + " × " + gap : s[7] + " × " + gap),
                    KeyValues.entry(de ? "Bereich" : "Area", de ? s[2] : s[1])));
            b.add(Paragraph.of(de
                    ? "Warum es zählt: " + name + " wird in Stellenanzeigen deutscher Unternehmen regelmäßig genannt. "
                            + "Ein kleines, vollständiges Projekt zeigt mehr als ein Zertifikat: Daten laden, ein Modell "
                            + "trainieren, das Ergebnis prüfen und in wenigen Sätzen erklären, was man gelernt hat."
                    : "Why it matters: " + name + " appears regularly in German employers' job adverts. "
                            + "One small, complete project shows more than a certificate: load the data, train a model, "
                            + "check the result and explain in a few sentences what you learned."));
            b.add(new Block.BulletList(List.of(
                    Paragraph.of(Run.plain(de ? "Einstieg: " : "Start with: "), Run.link("Kaggle Learn", "https://www.kaggle.com/learn")),
                    Paragraph.of(de ? "Übung: ein Notebook pro Woche, mit Validierung und kurzer Auswertung."
                            : "Practice: one notebook a week, with validation and a short evaluation."))));
        }
    }

    /** Two years of weekly snapshots: date, overall and per-phase readiness, what changed. */
    private static Table history(Lang lang) {
        boolean de = lang == Lang.DE;
        List<Table.Row> rows = new ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.of(2025, 6, 2);
        for (int i = 0; i < 60; i++, day = day.plusWeeks(1)) {
            int overall = Math.min(62, 10 + i);
            String date = de ? day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear() : day.toString();
            rows.add(Table.row(Paragraph.of(date), Paragraph.of(overall + (de ? " %" : "%")),
                    Paragraph.of(Math.min(100, 30 + 2 * i) + (de ? " %" : "%")), Paragraph.of(Math.min(58, 5 + i) + (de ? " %" : "%")),
                    Paragraph.of(Math.min(33, i / 2) + (de ? " %" : "%")),
                    Paragraph.small(de ? "Bewertung geändert: " + SKILLS[i % SKILLS.length][4] : "Rating changed: " + SKILLS[i % SKILLS.length][3])));
        }
        return new Table(List.of(Column.left(de ? "Datum" : "Date", 1.4), Column.right(de ? "Gesamt" : "Overall", 1),
                Column.right("Phase 1", 1), Column.right("Phase 2", 1), Column.right("Phase 3", 1),
                Column.left(de ? "Änderung" : "Change", 3.5)), rows);
    }

    private static double[] shift(double[] values, int phase) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0, Math.min(5, out[i] + (phase - 2) * 0.4));
        }
        return out;
    }

    static Table skillTable(Lang lang, boolean withNotes) {
        boolean de = lang == Lang.DE;
        List<Column> columns = List.of(Column.left(de ? "Fähigkeit" : "Skill", 3.4), Column.left(de ? "Bereich" : "Area", 2.5),
                Column.right(de ? "Bewertung" : "Rating", 1.2), Column.right(de ? "Ziel" : "Target", 1.05),
                Column.right(de ? "Nachfrage" : "Demand", 1.35), Column.left(de ? "Notiz" : "Note", withNotes ? 4 : 2.6));
        List<Table.Row> rows = new ArrayList<>();
        String[] phases = de
                ? new String[] {"Optional", "Phase 1: Grundlagen schaffen", "Phase 2: ML-Kernkompetenzen", "Phase 3: Engineering-Fähigkeiten"}
                : new String[] {"Optional", "Phase 1: Foundation Building", "Phase 2: Core ML Skills", "Phase 3: Engineering Capabilities"};
        for (int phase : new int[] {1, 2, 3, 0}) {
            rows.add(Table.group(phases[phase]));
            for (String[] s : SKILLS) {
                if (Integer.parseInt(s[0]) != phase) {
                    continue;
                }
                String name = de ? s[4] : s[3];
                int rating = Integer.parseInt(s[5]);
                int target = Integer.parseInt(s[6]);
                String note = rating >= target ? (de ? "erreicht" : "met") : (de ? "Lücke " : "gap ") + (target - rating);
                if (withNotes) {
                    note = note + (de ? ". Übungsprojekt geplant; Fortschritt wöchentlich prüfen, Ergebnisse im Portfolio festhalten."
                            : ". Practice project planned; check progress weekly and keep the results in the portfolio.");
                }
                rows.add(Table.row(Paragraph.of(Run.bold(name)), Paragraph.of(de ? s[2] : s[1]),
                        Paragraph.of(String.valueOf(rating)), Paragraph.of(String.valueOf(target)),
                        Paragraph.of(de ? s[7].replace('.', ',') : s[7]), Paragraph.small(note)));
            }
        }
        return new Table(columns, rows);
    }

    static String longNote(Lang lang) {
        String en = "Over the last months I worked through the Fast.ai course and rebuilt two of its notebooks from scratch. "
                + "Pandas and NumPy now feel natural; window functions in SQL still take me longer than they should. "
                + "For Phase 2, gradient boosting is the biggest gap: I have used XGBoost once, on the Kaggle Titanic data, "
                + "without tuning it. The plan for December: three evenings a week, one Kaggle competition with a proper "
                + "validation split, and a write-up of what feature engineering changed. ";
        String de = "In den letzten Monaten habe ich den Fast.ai-Kurs durchgearbeitet und zwei seiner Notebooks von Grund auf "
                + "nachgebaut. Pandas und NumPy fühlen sich inzwischen selbstverständlich an; Fensterfunktionen in SQL "
                + "dauern noch länger, als sie sollten. Für Phase 2 ist Gradient Boosting die größte Lücke: XGBoost habe ich "
                + "einmal benutzt, an den Titanic-Daten von Kaggle, ohne es abzustimmen. Der Plan für Dezember: drei Abende "
                + "pro Woche, ein Kaggle-Wettbewerb mit sauberer Validierung und eine Zusammenfassung, was das Feature "
                + "Engineering verändert hat. Übrigens: „Größe“ und „Maß“ schreibt man mit ß, Äpfel mit Ä. ";
        return (lang == Lang.DE ? de : en).repeat(3).strip();
    }
}
