package dev.skillradar.report;

import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.ScoredUnit;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Phase;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.WebLink;
import dev.skillradar.report.pdf.Block;
import dev.skillradar.report.pdf.Block.Paragraph;
import dev.skillradar.report.pdf.Run;
import dev.skillradar.report.pdf.Table;
import dev.skillradar.report.pdf.Table.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Section 4: every skill of the roadmap in one table, grouped by phase and area in catalogue order (skills outside
 * the phases last): rating with its level name, target, gap, demand with its source, the comparison's level if
 * one is chosen, and the learner's note and evidence link.
 */
final class SkillTableSection {
    private SkillTableSection() {
    }

    static List<Block> blocks(ReportContext c) {
        List<Block> out = new ArrayList<>();
        out.add(Block.Heading.h1(c.get("report.skills.heading")));
        out.add(Paragraph.small(c.get("report.skills.intro")));
        out.add(table(c));
        return out;
    }

    static Table table(ReportContext c) {
        boolean compare = c.in.comparison().isPresent();
        List<Column> columns = new ArrayList<>(List.of(Column.left(c.get("report.col.skill"), 2.3),
                Column.left(c.get("report.col.rating"), 1.6), Column.center(c.get("report.col.target"), 1.25),
                Column.center(c.get("report.col.gap"), 0.7), Column.left(c.get("report.col.demand"), 1.4)));
        if (compare) {
            columns.add(Column.center(c.get("report.col.compare"), 0.9));
        }
        columns.add(Column.left(c.get("report.col.note"), compare ? 1.7 : 2.2));

        Roadmap roadmap = c.in.roadmap();
        List<Table.Row> rows = new ArrayList<>();
        for (Phase phase : roadmap.phases()) {
            for (Area area : roadmap.areas()) {
                List<Skill> skills = roadmap.skillsInArea(area.id()).stream()
                        .filter(s -> phase.id().equals(s.phaseId())).toList();
                if (!skills.isEmpty()) {
                    rows.add(Table.group(c.get("report.group", c.of(phase.name()), c.of(area.name()))));
                    skills.forEach(s -> rows.add(row(c, s, compare)));
                }
            }
        }
        for (Area area : roadmap.areas()) {
            List<Skill> skills = roadmap.skillsInArea(area.id()).stream().filter(s -> s.phaseId() == null).toList();
            if (!skills.isEmpty()) {
                rows.add(Table.group(c.get("report.group.noPhase", c.of(area.name()))));
                skills.forEach(s -> rows.add(row(c, s, compare)));
            }
        }
        return new Table(columns, rows);
    }

    private static Table.Row row(ReportContext c, Skill s, boolean compare) {
        Rating rating = c.in.ratings().get(s.id());
        ScoredUnit unit = c.calculator.unitOf(s.id());
        List<Run> name = new ArrayList<>(List.of(Run.bold(c.of(s.name()))));
        if (s.optional()) {
            name.add(Run.plain("\n" + c.get("report.skills.optional")));
        } else if (unit != null && unit.group()) {
            name.add(Run.plain("\n" + c.get("report.skills.anyOf", unit.members().size())));
        }
        String none = c.get("report.skills.none");
        String level = rating == null ? c.get("radar.notRated") : c.level(s, rating.level());
        int target = unit == null ? 0 : unit.target(c.in.role());
        String targetText = target > 0 ? c.formats.integer(target) : none;
        String gap = target > 0 ? c.formats.integer(Math.max(0, target - unit.rating(c.levels))) : none;
        String demand = c.get("report.demand", c.formats.percent(s.demand().percent()),
                c.get(s.demand().isEstimate() ? "demand.estimate" : "demand.article"));

        List<Paragraph> cells = new ArrayList<>();
        cells.add(new Paragraph(name, Block.TextSize.BODY));
        cells.add(Paragraph.of(level));
        cells.add(Paragraph.of(targetText));
        cells.add(Paragraph.of(gap));
        cells.add(Paragraph.of(demand));
        if (compare) {
            Map<String, Integer> theirs = c.in.comparison().orElseThrow().levels();
            cells.add(Paragraph.of(theirs.containsKey(s.id()) ? c.formats.integer(theirs.get(s.id())) : none));
        }
        cells.add(note(c, rating));
        return new Table.Cells(cells);
    }

    private static Paragraph note(ReportContext c, Rating rating) {
        List<Run> runs = new ArrayList<>();
        if (rating != null && rating.note() != null && !rating.note().isBlank()) {
            runs.add(Run.plain(rating.note().strip()));
        }
        if (rating != null && rating.evidence() != null && !rating.evidence().isBlank()) {
            runs.add(Run.plain((runs.isEmpty() ? "" : "\n") + c.get("report.evidence") + " "));
            runs.add(link(rating.evidence().strip()));
        }
        if (runs.isEmpty()) {
            runs.add(Run.plain(""));
        }
        return new Paragraph(runs, Block.TextSize.SMALL);
    }

    /** A clickable link where the address is a web link, else the address as plain text (never a failure). */
    static Run link(String address) {
        if (WebLink.isValid(address)) {
            try {
                return Run.link(address);
            } catch (IllegalArgumentException e) {
                return Run.plain(address);
            }
        }
        return Run.plain(address);
    }
}
