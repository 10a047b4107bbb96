package dev.skillradar.ui.common;

import dev.skillradar.assessment.MonthsRange;
import dev.skillradar.catalog.Role;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, money, ranges and dates as the current language writes them ("€55,000–75,000" in
 * English, "55.000–75.000 €" in German). Plain Java, so ViewModels and tests can use it freely.
 */
public final class Formats {
    private final Messages messages;
    private final ZoneId zone;

    public Formats(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public Formats(Messages messages) {
        this(messages, ZoneId.systemDefault());
    }

    private Locale locale() {
        return messages.language().locale();
    }

    /** A readiness value 0..100 as a whole percentage ("62%", "62 %"); null means the role sets no target. */
    public String percent(Double value) {
        if (value == null) {
            return messages.get("readiness.noTarget");
        }
        return messages.get("format.percent", wholePercent(value));
    }

    /**
     * Rounded to the nearest whole percent, as the command line rounds (to one decimal), except that
     * "100%" only ever means every target is met and "0%" that nothing counts yet.
     */
    public static int wholePercent(double value) {
        int rounded = (int) Math.round(value);
        if (rounded >= 100 && value < 100) {
            return 99;
        }
        if (rounded <= 0 && value > 0) {
            return 1;
        }
        return rounded;
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** The role's salary band with the currency placed as the language does. */
    public String salary(Role role) {
        String symbol = currencySymbol(role.currency());
        String min = integer(role.salaryMin());
        if (role.salaryMax() == null) {
            return messages.get("format.salary.open", min, symbol);
        }
        return messages.get("format.salary.range", min, integer(role.salaryMax()), symbol);
    }

    private String currencySymbol(String code) {
        try {
            return Currency.getInstance(code).getSymbol(locale().getLanguage().equals("de") ? Locale.GERMANY : Locale.UK);
        } catch (IllegalArgumentException | NullPointerException e) {
            return code == null ? "" : code;
        }
    }

    /** "0–2 years of experience", "5+ years of experience". */
    public String experience(Role role) {
        if (role.yearsMax() == null) {
            return messages.get("format.years.open", role.yearsMin());
        }
        return messages.get("format.years.range", role.yearsMin(), role.yearsMax());
    }

    /** "4–7 months"; "ready now" when nothing is left. */
    public String months(MonthsRange range) {
        if (range == null || range.isZero()) {
            return messages.get("format.months.none");
        }
        if (range.min() == range.max()) {
            return messages.get("format.months.single", range.max());
        }
        return messages.get("format.months.range", range.min(), range.max());
    }

    public String date(Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).withZone(zone).format(at);
    }

    public String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(zone).format(at);
    }

    /** A file size in KB/MB with one decimal where useful. */
    public String size(long bytes) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return messages.get("format.size.kb", f.format(Math.max(1, bytes / 1024.0)));
        }
        return messages.get("format.size.mb", f.format(bytes / (1024.0 * 1024.0)));
    }
}
