package dev.skillradar.report;

import dev.skillradar.assessment.AtTarget;
import dev.skillradar.assessment.Radar;
import dev.skillradar.assessment.RadarModel;
import dev.skillradar.chart.ChartLayout;
import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.Size;
import dev.skillradar.report.pdf.Bars;
import dev.skillradar.report.pdf.Block;
import dev.skillradar.report.pdf.Block.Heading;
import dev.skillradar.report.pdf.Block.KeyValues;
import dev.skillradar.text.CalibrationTexts;
import dev.skillradar.text.RadarTexts;
import dev.skillradar.text.ReadinessSummary;
import java.util.ArrayList;
import java.util.List;

/** Sections 1 and 2: who, for which job, how ready (figure, radar, next steps), then the bars and the time to ready. */
final class SummarySection {
    /** The radar's layout size in points before the engine fits it to the column, and its base font. */
    static final Size RADAR_SIZE = new Size(560, 330);
    static final double CHART_FONT = 11.5;
    /**
     * How far the summary's radar may shrink to stay on the first page, only as far as needed (US Letter with a
     * comparison needs the most; its labels are then about 6.8 pt).
     */
    static final double RADAR_SHRINKABLE = 0.65;
    static final int NEXT_STEPS = 3;

    private SummarySection() {
    }

    static List<Block> summary(ReportContext c) {
        List<Block> out = new ArrayList<>();
        String profile = c.in.profile().name();
        out.add(new Block.Title(c.get("report.title"), c.get("report.subtitle", profile, c.roleName(), c.today())));
        out.add(Heading.h1(c.get("report.summary.heading")));
        List<KeyValues.Entry> facts = new ArrayList<>();
        facts.add(KeyValues.entry(c.get("report.key.profile"), profile));
        facts.add(KeyValues.entry(c.get("report.key.date"), c.today()));
        facts.add(KeyValues.entry(c.get("report.key.roadmap"), c.of(c.in.roadmap().title())));
        facts.add(KeyValues.entry(c.get("report.key.source"), c.of(c.in.roadmap().source().citation())));
        facts.add(KeyValues.entry(c.get("report.key.role"), c.get("report.value.role", c.roleName(), c.summary.experience())));
        facts.add(KeyValues.entry(c.get("report.key.salary"), c.get("report.value.salary", c.summary.salary())));
        facts.add(KeyValues.entry(c.get("report.key.basis"), new CalibrationTexts(c.texts).basis(c.in.basis())));
        c.in.comparison().ifPresent(cmp -> facts.add(KeyValues.entry(c.get("report.key.compare"), compared(c, cmp))));
        out.add(new KeyValues(facts));

        AtTarget at = c.readiness.atTarget();
        out.add(new Block.KeyFigure(c.percent(c.readiness.overall()), c.get("report.overall.label"),
                c.get("report.overall.caption", c.roleName(), at.met(), at.of())));
        if (c.in.ratings().isEmpty()) {
            out.add(Block.Paragraph.of(c.get("report.nothingRated")));
        }
        out.add(Block.KeepTogether.of(Heading.h2(c.get("report.nextSteps.heading")),
                Block.BulletList.of(c.summary.nextSteps(NEXT_STEPS).toArray(String[]::new))));
        out.add(Block.KeepTogether.of(Heading.h2(c.get("report.radar.heading")), radar(c)));
        return out;
    }

    /** "Mentor (mentor.json) (someone else's view …)" or "your own ratings as they were on 1 February 2026". */
    static String compared(ReportContext c, Comparison cmp) {
        if (cmp.compared() instanceof RadarTexts.AtMoment m) {
            return c.get("report.compare.date", c.formats.longDate(m.at(), m.zone()));
        }
        return c.get("report.compare.profile", ((RadarTexts.OtherProfile) cmp.compared()).name());
    }

    private static Block radar(ReportContext c) {
        RadarModel model = RadarModel.of(new Radar(c.calculator), c.in.role(), c.levels,
                c.in.comparison().map(Comparison::levels).orElse(null), null);
        RadarTexts words = new RadarTexts(c.texts);
        RadarTexts.Compared compared = c.in.comparison().map(Comparison::compared).orElse(null);
        ChartLayout layout = ChartLayout.of(words.spec(model, compared, null, RADAR_SIZE, CHART_FONT), c.measure);
        String caption = compared == null ? c.get("report.radar.caption", c.roleName())
                : c.get("report.radar.caption.compare", c.roleName(), words.compareLabel(compared));
        // a line or two more in the summary (a comparison, the basis) shrinks the radar a little rather than
        // sending it to the next page and leaving half of the first one empty
        return ChartPainter.figure(layout, ChartPalette.light(), caption).shrinkableTo(RADAR_SHRINKABLE);
    }

    /** Section 2: readiness per phase and area as bars, and the time to ready beside the role's experience. */
    static List<Block> bars(ReportContext c) {
        List<Block> out = new ArrayList<>();
        out.add(Heading.h1(c.get("report.bars.heading")));
        out.add(Heading.h2(c.get("report.bars.phases")));
        out.add(new Bars(c.summary.phases().stream().map(b -> bar(c, b, true)).toList(),
                c.get("report.bars.phases.caption")));
        out.add(Heading.h2(c.get("report.bars.areas")));
        out.add(new Bars(c.summary.areas().stream().map(b -> bar(c, b, false)).toList(),
                c.get("report.bars.areas.caption")));
        out.add(Heading.h2(c.get("report.time.heading")));
        out.add(KeyValues.of(
                KeyValues.entry(c.get("report.time.study"), c.get("report.time.studyValue", c.summary.timeToReady())),
                KeyValues.entry(c.get("report.time.experience"), c.get("report.time.experienceValue",
                        c.summary.experience()))));
        return out;
    }

    private static Bars.Bar bar(ReportContext c, ReadinessSummary.Bar b, boolean withDetail) {
        String label = withDetail && b.detail() != null ? b.name() + "\n" + b.detail() : b.name();
        return b.value() == null ? Bars.Bar.none(label, c.percent(null)) : Bars.Bar.of(label, b.value(), c.percent(b.value()));
    }
}
