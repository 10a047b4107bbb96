package dev.skillradar.ui.common;

import dev.skillradar.assessment.MonthsRange;
import dev.skillradar.catalog.Role;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The core {@link dev.skillradar.text.Formats} in the window's current language and the system's time zone,
 * for ViewModels: numbers, money, ranges and dates exactly as the command line and the report write them.
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

    private dev.skillradar.text.Formats core() {
        return messages.texts().formats();
    }

    /** A readiness value 0..100 as a whole percentage ("62%", "62 %"); null means the role sets no target. */
    public String percent(Double value) {
        return core().wholePercent(value);
    }

    public String integer(long value) {
        return core().integer(value);
    }

    public String salary(Role role) {
        return core().salary(role);
    }

    /** "0–2 years of experience", "5+ years of experience". */
    public String experience(Role role) {
        return core().experience(role);
    }

    /** "4–7 months"; "Ready now" when nothing is left. */
    public String months(MonthsRange range) {
        return core().months(range);
    }

    public String date(Instant at) {
        return core().date(at, zone);
    }

    public String dateTime(Instant at) {
        return core().dateTime(at, zone);
    }

    /** A file size in KB/MB with one decimal where useful. */
    public String size(long bytes) {
        return core().size(bytes);
    }
}
