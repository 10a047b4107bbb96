package dev.skillradar.report;

import dev.skillradar.assessment.Readiness;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.LocalizedText;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.text.Formats;
import dev.skillradar.text.ReadinessSummary;
import dev.skillradar.text.Texts;
import java.util.Map;

/** What every section of one report reads: the input, its words, and the readiness computed once. */
final class ReportContext {
    final ReportInput in;
    final Texts texts;
    final Formats formats;
    /** The levels the report scores: on the profile's basis. */
    final Map<String, Integer> levels;
    /** The self-ratings and the check-based levels of the skills with a tick. */
    final Map<String, Integer> self;
    final Map<String, Integer> checked;
    final Readiness readiness;
    final ReadinessSummary summary;
    final DejaVuMeasure measure;
    final dev.skillradar.assessment.ReadinessCalculator calculator;

    ReportContext(ReportInput in, dev.skillradar.assessment.ReadinessCalculator calculator, DejaVuMeasure measure) {
        this.in = in;
        this.texts = Texts.of(in.language());
        this.formats = texts.formats();
        this.self = in.levels();
        this.checked = in.checkedLevels();
        this.levels = dev.skillradar.assessment.ScoredLevels.of(in.basis(), self, checked);
        this.calculator = calculator;
        this.readiness = calculator.evaluate(in.role(), levels);
        this.summary = new ReadinessSummary(in.roadmap(), readiness, texts);
        this.measure = measure;
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    String of(LocalizedText text) {
        return texts.of(text);
    }

    Language language() {
        return in.language();
    }

    /** A readiness figure as {@code score} rounds it ("22.9%"), or "no target". */
    String percent(Double value) {
        return value == null ? get("format.noTarget") : formats.percentOneDecimal(value);
    }

    /** "3 (Independent)", "4 (B2)": a level with its name on the skill's scale. */
    String level(dev.skillradar.catalog.Skill skill, int value) {
        return formats.level(value, of(in.roadmap().level(skill.scale(), value).name()));
    }

    String today() {
        return formats.longDate(in.now(), in.zone());
    }

    String roleName() {
        return of(in.role().name());
    }
}
