package dev.skillradar.report;

import dev.skillradar.assessment.Drift;
import dev.skillradar.assessment.Reconfirmation;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Skill;
import dev.skillradar.report.pdf.Block;
import dev.skillradar.report.pdf.Block.Heading;
import dev.skillradar.report.pdf.Block.KeyValues;
import dev.skillradar.report.pdf.Block.Paragraph;
import dev.skillradar.report.pdf.Table;
import dev.skillradar.report.pdf.Table.Column;
import dev.skillradar.text.CalibrationTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * The calibration (issue 11): which basis the report is scored on, how far the self-ratings drift from the checks
 * overall and per area, the check-based levels beside the self-ratings, and the ratings to confirm again. The
 * statements are said to be SkillRadar's judgement. Without statements (a format-1 roadmap) it says so and still
 * lists the stale ratings.
 */
final class CalibrationSection {
    private CalibrationSection() {
    }

    static List<Block> blocks(ReportContext c) {
        CalibrationTexts words = new CalibrationTexts(c.texts);
        List<Block> out = new ArrayList<>();
        out.add(Heading.h1(c.get("report.calibration.heading")));
        if (!c.in.roadmap().hasChecks()) {
            out.add(Paragraph.of(c.get("report.calibration.noChecks")));
        } else {
            out.add(Paragraph.of(c.get("report.calibration.intro")));
            out.add(Paragraph.of(c.get("report.calibration.basis", words.basis(c.in.basis()))));
            Drift drift = Drift.of(c.in.roadmap(), c.self, c.checked);
            String overall = drift.overall() == null ? c.get("report.calibration.overallNone")
                    : c.get("report.calibration.overallValue", words.drift(drift.overall()), drift.skills().size(),
                    words.meaning(drift.overall()));
            out.add(KeyValues.of(KeyValues.entry(c.get("report.calibration.overall"), overall)));
            out.add(Heading.h2(c.get("report.calibration.areas")));
            out.add(areas(c, drift, words));
            out.add(Paragraph.small(c.get("report.calibration.areas.caption")));
            out.add(Heading.h2(c.get("report.calibration.skills")));
            out.add(skills(c));
        }
        out.add(Heading.h2(c.get("report.calibration.stale")));
        out.addAll(stale(c));
        return out;
    }

    private static Table areas(ReportContext c, Drift drift, CalibrationTexts words) {
        List<Table.Row> rows = new ArrayList<>();
        String none = c.get("report.skills.none");
        for (Drift.AreaDrift a : drift.areas()) {
            String name = c.in.roadmap().area(a.areaId()).map(Area::name).map(c::of).orElse(a.areaId());
            rows.add(Table.row(name, a.drift() == null ? none : words.signed(a.drift()), c.formats.integer(a.skills())));
        }
        return new Table(List.of(Column.left(c.get("report.col.area"), 3), Column.right(c.get("report.col.drift"), 1),
                Column.right(c.get("report.col.count"), 1)), rows);
    }

    /** Every skill rated or with a tick, in catalogue order: self-rating, check-based level, difference. */
    private static Block skills(ReportContext c) {
        String none = c.get("report.skills.none");
        List<Table.Row> rows = new ArrayList<>();
        for (Skill s : c.in.roadmap().skills()) {
            Integer self = c.self.get(s.id());
            Integer checked = c.checked.get(s.id());
            if (self == null && checked == null) {
                continue;
            }
            String difference = self == null || checked == null ? none : signedInteger(self - checked);
            rows.add(Table.row(c.of(s.name()), self == null ? c.get("radar.notRated") : c.level(s, self),
                    checked == null ? none : c.level(s, checked), difference));
        }
        if (rows.isEmpty()) {
            return Paragraph.of(c.get("report.calibration.skills.none"));
        }
        return new Table(List.of(Column.left(c.get("report.col.skill"), 2.3), Column.left(c.get("report.col.self"), 1.7),
                Column.left(c.get("report.col.checked"), 1.7), Column.right(c.get("report.col.difference"), 1)), rows);
    }

    private static List<Block> stale(ReportContext c) {
        List<Reconfirmation.Stale> stale = Reconfirmation.stale(c.in.roadmap(), c.in.ratings(), c.in.history(),
                c.in.confirmMonths(), c.in.now(), c.in.zone());
        if (stale.isEmpty()) {
            return List.of(Paragraph.of(c.get("report.calibration.stale.none", c.in.confirmMonths())));
        }
        List<Table.Row> rows = new ArrayList<>();
        for (Reconfirmation.Stale s : stale) {
            Skill skill = c.in.roadmap().skill(s.skillId()).orElseThrow();
            rows.add(Table.row(c.of(skill.name()), c.level(skill, s.level()),
                    c.formats.date(s.lastConfirmed(), c.in.zone())));
        }
        return List.of(Paragraph.of(c.get("report.calibration.stale.intro", c.in.confirmMonths())),
                new Table(List.of(Column.left(c.get("report.col.skill"), 2.3), Column.left(c.get("report.col.rating"), 1.7),
                        Column.left(c.get("report.col.lastConfirmed"), 2)), rows));
    }

    private static String signedInteger(int value) {
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + -value : "0";
    }
}
