package dev.skillradar.text;

import dev.skillradar.assessment.TrendPoint;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Role;
import dev.skillradar.chart.Size;
import dev.skillradar.chart.TickUnit;
import dev.skillradar.chart.TrendSeries;
import dev.skillradar.chart.TrendSpec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Readiness over time worded in one language, for the History screen and the report: the series (overall, and
 * any areas asked for), the calendar ticks ("3 Mar", "Mar 2026", "2026"), percentages and the empty message.
 */
public final class TrendTexts {
    /** Id of the overall line. */
    public static final String OVERALL = "overall";

    private final Texts texts;

    public TrendTexts(Texts texts) {
        this.texts = texts;
    }

    /**
     * The line chart of {@code points} (one per period, readiness at its end) for {@code role}: overall and the
     * given areas (at most three). A point is placed at its period's last change: from then on its readiness held.
     */
    public TrendSpec spec(List<TrendPoint> points, Role role, List<Area> areas, ZoneId zone, Size size,
                          double fontSize, boolean withTitle) {
        List<TrendSeries> series = new ArrayList<>();
        series.add(new TrendSeries(OVERALL, texts.get("trend.overall"), points(points, null)));
        for (Area a : areas.subList(0, Math.min(3, areas.size()))) {
            series.add(new TrendSeries(a.id(), texts.of(a.name()), points(points, a.id())));
        }
        String title = withTitle ? texts.get("trend.title", texts.of(role.name())) : null;
        return new TrendSpec(title, series, size, fontSize, zone, this::tick,
                p -> texts.formats().percent(p), texts.get("trend.empty"));
    }

    private static List<dev.skillradar.chart.TrendPoint> points(List<TrendPoint> points, String areaId) {
        List<dev.skillradar.chart.TrendPoint> out = new ArrayList<>();
        for (TrendPoint p : points) {
            Double value = areaId == null ? p.readiness().overall() : p.readiness().byArea().get(areaId);
            if (value != null) {
                out.add(new dev.skillradar.chart.TrendPoint(p.lastChange(), value));
            }
        }
        return out;
    }

    /** A calendar tick: a day or week by its day ("3 Mar"), a month by its name ("Mar 2026"), a year by itself. */
    public String tick(LocalDate day, TickUnit unit) {
        return switch (unit) {
            case DAY, WEEK -> texts.formats().datePattern(day, texts.get("trend.tick.day"));
            case MONTH -> texts.formats().datePattern(day, texts.get("trend.tick.month"));
            case YEAR -> Integer.toString(day.getYear());
        };
    }
}
