package dev.skillradar.text;

import dev.skillradar.assessment.MonthsRange;
import dev.skillradar.catalog.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, percentages, money, ranges, sizes and dates as one language writes them ("€55,000–75,000",
 * "55.000–75.000 €"; "57.3%", "57,3 %"). The only place SkillRadar formats a value for people: the command
 * line, the window and the report all come here, so the same fact reads the same everywhere.
 */
public final class Formats {
    private final Texts texts;

    Formats(Texts texts) {
        this.texts = texts;
    }

    private Locale locale() {
        return texts.locale();
    }

    /** A whole number with the language's grouping ("55,000", "55.000"). */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A decimal with exactly {@code decimals} places, rounded half up, without grouping ("57.3", "57,3"). */
    public String decimal(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A percentage of an already formatted or whole number ("85%", "85 %"). */
    public String percent(Object number) {
        return texts.get("format.percent", number);
    }

    /** A readiness 0..100 with one decimal, as the command line and JSON round it ("57.3%"). */
    public String percentOneDecimal(double value) {
        return percent(decimal(value, 1));
    }

    /** A readiness 0..100 as a whole percentage ("62%"); null means the role sets no target ("no target"). */
    public String wholePercent(Double value) {
        return value == null ? texts.get("format.noTarget") : percent(roundWholePercent(value));
    }

    /**
     * Rounded to the nearest whole percent, as the command line rounds (to one decimal), except that
     * "100%" only ever means every target is met and "0%" that nothing counts yet.
     */
    public static int roundWholePercent(double value) {
        int rounded = (int) Math.round(value);
        if (rounded >= 100 && value < 100) {
            return 99;
        }
        if (rounded <= 0 && value > 0) {
            return 1;
        }
        return rounded;
    }

    /** The role's salary band with the currency placed as the language does ("€55,000–75,000", "ab 100.000 €"). */
    public String salary(Role role) {
        String symbol = currencySymbol(role.currency());
        String min = integer(role.salaryMin());
        return role.salaryMax() == null ? texts.get("format.salary.open", min, symbol)
                : texts.get("format.salary.range", min, integer(role.salaryMax()), symbol);
    }

    private String currencySymbol(String code) {
        if (code == null) {
            return "";
        }
        try {
            return Currency.getInstance(code).getSymbol(locale());
        } catch (IllegalArgumentException e) {
            return code + " ";
        }
    }

    /** The role's years of experience, short ("0–2 years", "5+ years"). */
    public String years(Role role) {
        return role.yearsMax() == null ? texts.get("format.years.open", role.yearsMin())
                : texts.get("format.years.range", role.yearsMin(), role.yearsMax());
    }

    /** The role's years of experience as a phrase ("0–2 years of experience"). */
    public String experience(Role role) {
        return role.yearsMax() == null ? texts.get("format.experience.open", role.yearsMin())
                : texts.get("format.experience.range", role.yearsMin(), role.yearsMax());
    }

    /** "4–7 months", "1 month"; {@code none} ("Ready now") when nothing is left. */
    public String months(MonthsRange range) {
        if (range == null || range.isZero()) {
            return texts.get("format.months.none");
        }
        return range.min() == range.max() ? texts.get("format.months.single", range.max())
                : months(range.min(), range.max());
    }

    /** "3–6 months". */
    public String months(int min, int max) {
        return texts.get("format.months.range", min, max);
    }

    /** "3 (Independent)": a level with its name. */
    public String level(int value, String name) {
        return texts.get("format.level", value, name);
    }

    /** A file size for a list of files: "812 KB", "1.5 MB". */
    public String size(long bytes) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return texts.get("format.size.kb", f.format(Math.max(1, bytes / 1024.0)));
        }
        return texts.get("format.size.mb", f.format(bytes / (1024.0 * 1024.0)));
    }

    /** A limit as the import and export rules word it: "64 MiB", "1.5 MiB", "812 KiB" (rounded up). */
    public String binarySize(long bytes) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setGroupingUsed(false);
        if (bytes >= 1024L * 1024) {
            double mib = bytes / (1024.0 * 1024);
            boolean whole = mib == Math.rint(mib);
            f.setMinimumFractionDigits(whole ? 0 : 1);
            f.setMaximumFractionDigits(whole ? 0 : 1);
            return texts.get("format.size.mib", f.format(mib));
        }
        f.setMaximumFractionDigits(0);
        return texts.get("format.size.kib", f.format(Math.max(1, (bytes + 1023) / 1024)));
    }

    /** "1 March 2026", "1. März 2026". */
    public String longDate(Instant at, ZoneId zone) {
        return longDate(at.atZone(zone).toLocalDate());
    }

    /** "1 March 2026", "1. März 2026". */
    public String longDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    /** A date in a chart's time axis, by the pattern of {@link java.time.format.DateTimeFormatter}. */
    public String datePattern(LocalDate day, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, locale()).format(day);
    }

    public String date(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).withZone(zone).format(at);
    }

    public String dateTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(zone).format(at);
    }
}
