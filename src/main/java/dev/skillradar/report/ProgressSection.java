package dev.skillradar.report;

import dev.skillradar.assessment.AssessmentTimeline;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.Trend;
import dev.skillradar.assessment.TrendPeriod;
import dev.skillradar.assessment.TrendPoint;
import dev.skillradar.catalog.Skill;
import dev.skillradar.chart.ChartPalette;
import dev.skillradar.chart.Size;
import dev.skillradar.chart.TrendLayout;
import dev.skillradar.report.pdf.Block;
import dev.skillradar.report.pdf.Block.Paragraph;
import dev.skillradar.report.pdf.Table;
import dev.skillradar.report.pdf.Table.Column;
import dev.skillradar.text.TrendTexts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Section 5: readiness over time as a line chart from the history (on the profile's basis, ticks replayed too),
 * and the rating changes and confirmations of the last 90 days.
 */
final class ProgressSection {
    static final Size TREND_SIZE = new Size(560, 230);
    static final Duration RECENT = Duration.ofDays(90);
    /** More changes than this are summed up in one line: the report is not the history's export. */
    static final int MAX_CHANGES = 120;

    private ProgressSection() {
    }

    static List<Block> blocks(ReportContext c) {
        List<Block> out = new ArrayList<>();
        out.add(Block.Heading.h1(c.get("report.progress.heading")));
        HistoryReplay replay = c.in.history();
        AssessmentTimeline timeline = c.in.timeline();
        Optional<Instant> first = timeline.first(c.in.basis());
        if (first.isEmpty()) {
            out.add(Paragraph.of(c.get("report.progress.none")));
        } else {
            TrendPeriod every = period(first.get(), c.in.now());
            List<TrendPoint> points = new Trend(c.calculator).of(timeline, c.in.basis(), c.in.role(), every, c.in.zone());
            TrendLayout layout = TrendLayout.of(new TrendTexts(c.texts).spec(points, c.in.role(), List.of(), c.in.zone(),
                    TREND_SIZE, SummarySection.CHART_FONT, false), c.measure);
            out.add(ChartPainter.figure(layout, ChartPalette.light(), c.get("report.progress.caption." + every.id())));
            LocalDate firstDay = LocalDate.ofInstant(first.get(), c.in.zone());
            List<AssessmentTimeline.Step> steps = timeline.steps(c.in.basis());
            if (firstDay.equals(LocalDate.ofInstant(steps.get(steps.size() - 1).at(), c.in.zone()))) {
                out.add(Paragraph.small(c.get("report.progress.oneDay", c.formats.longDate(firstDay))));
            }
        }
        out.add(Block.Heading.h2(c.get("report.changes.heading")));
        out.addAll(changes(c, replay));
        return out;
    }

    /** Days for a short history, weeks up to a year, months beyond: a line of a readable number of points. */
    static TrendPeriod period(Instant first, Instant now) {
        Duration span = Duration.between(first, now);
        if (span.compareTo(Duration.ofDays(45)) <= 0) {
            return TrendPeriod.DAY;
        }
        return span.compareTo(Duration.ofDays(366)) <= 0 ? TrendPeriod.WEEK : TrendPeriod.MONTH;
    }

    private static List<Block> changes(ReportContext c, HistoryReplay replay) {
        Instant since = c.in.now().minus(RECENT);
        List<RatingChange> recent = new ArrayList<>();
        for (RatingChange ch : replay.timeline()) {
            if (ch.at().isAfter(since) && !ch.at().isAfter(c.in.now())) {
                recent.add(ch);
            }
        }
        if (recent.isEmpty()) {
            return List.of(Paragraph.small(c.get("report.changes.none")));
        }
        java.util.Collections.reverse(recent); // newest first
        List<Table.Row> rows = new ArrayList<>();
        for (RatingChange ch : recent.subList(0, Math.min(MAX_CHANGES, recent.size()))) {
            Skill skill = c.in.roadmap().skill(ch.skillId()).orElseThrow();
            String change = ch.origin() == ChangeOrigin.CONFIRM ? c.get("report.change.confirmed", c.level(skill, ch.newLevel()))
                    : ch.oldLevel() == null ? c.get("report.change.first", c.level(skill, ch.newLevel()))
                    : c.get("report.change.levels", c.level(skill, ch.oldLevel()), c.level(skill, ch.newLevel()));
            rows.add(Table.row(Paragraph.of(c.formats.date(ch.at(), c.in.zone())), Paragraph.of(c.of(skill.name())),
                    Paragraph.of(change), Paragraph.of(c.get("report.origin." + ch.origin().id()))));
        }
        Table table = new Table(List.of(Column.left(c.get("report.col.date"), 1.1), Column.left(c.get("report.col.skill"), 2.3),
                Column.left(c.get("report.col.change"), 2.4), Column.left(c.get("report.col.origin"), 1.7)), rows);
        if (recent.size() <= MAX_CHANGES) {
            return List.of(table);
        }
        return List.of(table, Paragraph.small(c.get("report.changes.more", recent.size() - MAX_CHANGES)));
    }
}
