package dev.skillradar.chart;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What a line chart of readiness over time shows: up to four series (overall first, then areas; each gets its
 * own line style and marker), the picture's size in chart units (y down), the base font size, the time zone in
 * which calendar ticks fall, and the caller's wording: a title (null for none), the time tick formatter, the
 * percentage formatter for 0/25/50/75/100 and the message shown when there is nothing to draw.
 */
public record TrendSpec(String title, List<TrendSeries> series, Size size, double fontSize, ZoneId zone,
                        TickFormatter ticks, IntFunction<String> percent, String emptyMessage) {
    public static final int MAX_SERIES = 4;

    public TrendSpec {
        series = List.copyOf(series);
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(ticks, "ticks");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(emptyMessage, "emptyMessage");
        if (series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("a line chart has at most " + MAX_SERIES + " series, got " + series.size());
        }
        if (!(fontSize >= ChartSpec.MIN_FONT_SIZE)) {
            throw new IllegalArgumentException("the base font size is at least " + ChartSpec.MIN_FONT_SIZE);
        }
    }

    public TrendLayout layout(TextMeasure measure) {
        return TrendLayout.of(this, measure);
    }
}
