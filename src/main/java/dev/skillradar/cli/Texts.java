package dev.skillradar.cli;

import dev.skillradar.catalog.Demand;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text formatting for one language, independent of the platform's locale: labels from
 * {@code dev/skillradar/cli/texts_<lang>.properties}, grouped whole numbers, percentages, salary bands.
 */
final class Texts {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private final Language language;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final NumberFormat integers;

    private Texts(Language language) {
        this.language = language;
        this.locale = language == Language.DE ? Locale.GERMANY : Locale.UK;
        this.bundle = ResourceBundle.getBundle("dev.skillradar.cli.texts", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.integers = NumberFormat.getIntegerInstance(locale);
    }

    static Texts of(Language language) {
        return new Texts(language);
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
        return language;
    }

    /**
     * The label {@code key} with {0}, {1}, ... replaced by the arguments in one pass, so that a profile name
     * such as "{1}" is printed as it is.
     */
    String get(String key, Object... args) {
        Matcher m = ARGUMENT.matcher(bundle.getString(key));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    String integer(long value) {
        return integers.format(value);
    }

    /** A decimal as the language writes it, with exactly the given decimals and no grouping ("57.3", "57,3"). */
    String decimal(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** "85% (article)" or "40 % (Schätzung)"; aligned, the percentage is right-aligned for a column. */
    String demand(Demand d, boolean aligned) {
        String percent = get("percent", d.percent());
        String widest = get("percent", 100);
        String pad = aligned ? " ".repeat(Math.max(0, widest.length() - percent.length())) : "";
        return pad + percent + " (" + get(d.isEstimate() ? "demand.estimate" : "demand.article") + ")";
    }

    String months(int min, int max) {
        return get("months", min, max);
    }

    /** "0–2 years" or "5+ years". */
    String years(Role r) {
        return r.yearsMax() == null ? get("years.open", r.yearsMin()) : get("years.range", r.yearsMin(), r.yearsMax());
    }

    /** "€55,000–75,000", "€100,000+" or "55.000–75.000 €". */
    String salary(Role r) {
        String c = currencySymbol(r.currency());
        return r.salaryMax() == null ? get("salary.open", integer(r.salaryMin()), c)
                : get("salary.range", integer(r.salaryMin()), integer(r.salaryMax()), c);
    }

    private static String currencySymbol(String code) {
        return switch (code) {
            case "EUR" -> "€";
            case "USD" -> "$";
            case "GBP" -> "£";
            default -> code + " ";
        };
    }

    /** Pads with spaces to {@code width} code points (names may hold non-ASCII letters). */
    static String pad(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }
}
