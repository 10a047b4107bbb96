package dev.skillradar.text;

import dev.skillradar.assessment.RadarModel;
import dev.skillradar.assessment.UnitAxis;
import dev.skillradar.catalog.Role;
import dev.skillradar.chart.Axis;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.Series;
import dev.skillradar.chart.SeriesKind;
import dev.skillradar.chart.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The radar worded in one language: axis names ("ML cloud platform — best of 3"), series labels ("You",
 * "Target: Junior ML Engineer", "1 March 2026" or the other profile's name), the title and each axis's
 * description with every series' value ("Deep learning — you 1.8 · target 3.0 · 1 March 2026 2.2"). The window,
 * the PNG, the JSON of {@code radar} and the report all take their words from here.
 */
public final class RadarTexts {
    /** Series ids, as {@code radar --format json} names them. */
    public static final String CURRENT = "current";
    public static final String TARGET = "target";
    public static final String COMPARE = "compare";

    /** What the comparison is: the same profile at a past moment, or another profile (a mentor's view). */
    public sealed interface Compared permits AtMoment, OtherProfile {
    }

    /** The profile as it was at {@code at}, shown as that day in {@code zone}. */
    public record AtMoment(Instant at, ZoneId zone) implements Compared {
    }

    /** Another profile of this data folder, by its name. */
    public record OtherProfile(String name) implements Compared {
    }

    private final Texts texts;

    public RadarTexts(Texts texts) {
        this.texts = texts;
    }

    public Texts texts() {
        return texts;
    }

    /** "You". */
    public String currentLabel() {
        return texts.get("radar.series.current");
    }

    /** "Target: Junior ML Engineer". */
    public String targetLabel(Role role) {
        return texts.get("radar.series.target", texts.of(role.name()));
    }

    /** "1 March 2026", or the other profile's name. */
    public String compareLabel(Compared compared) {
        if (compared instanceof AtMoment m) {
            return texts.formats().longDate(m.at(), m.zone());
        }
        return ((OtherProfile) compared).name();
    }

    /** The axis's name: an area or skill as the catalogue names it, a group with how many it takes the best of. */
    public String axisName(RadarModel.Row row) {
        String name = texts.of(row.name());
        return row.group() ? texts.get("radar.axis.group", name, row.units()) : name;
    }

    /** "Skill profile for Junior ML Engineer", or "Deep learning: skills for Junior ML Engineer" when drilled in. */
    public String title(RadarModel model, String areaName) {
        String role = texts.of(model.role().name());
        return model.areaId() == null ? texts.get("radar.title", role) : texts.get("radar.title.area", areaName, role);
    }

    /** A value on the 0–5 scale: a mean with one decimal ("1.8"), a level as a whole number, or "not rated". */
    public String value(Double value, boolean mean) {
        if (value == null) {
            return texts.get("radar.notRated");
        }
        return mean ? texts.formats().decimal(value, 1) : texts.formats().integer(Math.round(value));
    }

    /** "Deep learning — you 1.8 · target 3.0 · 1 March 2026 2.2", with a group's members after it. */
    public String describe(RadarModel model, RadarModel.Row row, Compared compared) {
        boolean mean = model.areaId() == null;
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("radar.describe.value", texts.get("radar.describe.you"), value(row.current(), mean)));
        parts.add(texts.get("radar.describe.value", texts.get("radar.describe.target"), value(row.target(), mean)));
        if (compared != null) {
            parts.add(texts.get("radar.describe.value", compareLabel(compared), value(row.compare(), mean)));
        }
        String text = texts.get("radar.describe", axisName(row), String.join(" · ", parts));
        if (row.group()) {
            text += " (" + row.members().stream().map(m -> texts.of(m.skill().name()) + " " + level(m))
                    .collect(Collectors.joining(", ")) + ")";
        }
        return row.optional() ? text + " " + texts.get("radar.optional.explained") : text;
    }

    private String level(UnitAxis.MemberLevel m) {
        return m.level() == null ? texts.get("radar.notRated") : texts.formats().integer(m.level());
    }

    /** The chart's data in this language, at {@code size} (px or pt) with base font {@code fontSize}. */
    public ChartSpec spec(RadarModel model, Compared compared, String title, Size size, double fontSize) {
        List<Axis> axes = model.axes().stream().map(r -> new Axis(r.id(), axisName(r), r.optional())).toList();
        List<Series> series = new ArrayList<>();
        series.add(new Series(CURRENT, currentLabel(), SeriesKind.CURRENT,
                model.axes().stream().map(RadarModel.Row::current).toList(), true));
        series.add(new Series(TARGET, targetLabel(model.role()), SeriesKind.TARGET,
                model.axes().stream().map(r -> (Double) r.target()).toList(), true));
        if (model.compared() && compared != null) {
            series.add(new Series(COMPARE, compareLabel(compared), SeriesKind.COMPARE,
                    model.axes().stream().map(RadarModel.Row::compare).toList(), true));
        }
        return new ChartSpec(title, axes, series, size, fontSize, " (" + texts.get("radar.optional") + ")",
                texts.get("radar.missing"));
    }
}
