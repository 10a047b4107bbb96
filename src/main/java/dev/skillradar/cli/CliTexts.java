package dev.skillradar.cli;

import dev.skillradar.catalog.Demand;
import dev.skillradar.catalog.Language;
import dev.skillradar.text.Formats;
import dev.skillradar.text.Texts;

/**
 * The command line's text output in one language: its own labels ({@code dev/skillradar/cli/texts_<lang>.properties})
 * on top of the core text layer, whose formats (numbers, percentages, money, ranges) every front door shares.
 * Adds only what belongs to a terminal: columns padded with spaces.
 */
final class CliTexts {
    static final String BUNDLE = "dev.skillradar.cli.texts";

    private final Texts texts;

    private CliTexts(Language language) {
        this.texts = Texts.of(language, BUNDLE);
    }

    static CliTexts of(Language language) {
        return new CliTexts(language);
    }

    /**
     * The language of a {@code --lang} option: English unless the option says otherwise (the output of a
     * command line should not depend on the machine's locale), exactly "en" or "de".
     */
    static Language language(String option) throws CliException {
        if (option == null) {
            return Language.EN;
        }
        return Language.fromCode(option).filter(l -> l.code().equals(option))
                .orElseThrow(() -> CliException.usage("unknown language '" + option + "' (use en or de)"));
    }

    Language language() {
        return texts.language();
    }

    Texts texts() {
        return texts;
    }

    Formats formats() {
        return texts.formats();
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** "85% (article)" or "40 % (Schätzung)"; aligned, the percentage is right-aligned for a column. */
    String demand(Demand d, boolean aligned) {
        return demand(d.percent(), d.isEstimate(), aligned);
    }

    String demand(long percentValue, boolean estimate, boolean aligned) {
        String percent = formats().percent(percentValue);
        String widest = formats().percent(100);
        String pad = aligned ? " ".repeat(Math.max(0, widest.length() - percent.length())) : "";
        return pad + percent + " (" + get(estimate ? "demand.estimate" : "demand.article") + ")";
    }

    /** Pads with spaces to {@code width} code points (names may hold non-ASCII letters). */
    static String pad(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }
}
