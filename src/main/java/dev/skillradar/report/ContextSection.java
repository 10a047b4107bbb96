package dev.skillradar.report;

import dev.skillradar.catalog.LocalizedText;
import dev.skillradar.catalog.Market;
import dev.skillradar.catalog.Role;
import dev.skillradar.report.pdf.Block;
import dev.skillradar.report.pdf.Block.Heading;
import dev.skillradar.report.pdf.Block.Paragraph;
import dev.skillradar.report.pdf.Table;
import dev.skillradar.report.pdf.Table.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 6: the article's job-market context (employers, facts with the demand frequencies, the salary bands,
 * the note on German), and how the score is computed, in words: which figures are the article's, which are
 * SkillRadar's, and that self-ratings are not verified; the source sentence last.
 */
final class ContextSection {
    private ContextSection() {
    }

    static List<Block> blocks(ReportContext c) {
        Market market = c.in.roadmap().market();
        List<Block> out = new ArrayList<>();
        out.add(Heading.h1(c.get("report.context.heading")));
        out.add(Heading.h2(c.get("report.context.market")));
        out.add(Paragraph.of(c.of(market.employersNote())));
        out.add(new Block.BulletList(market.facts().stream().map(c::of).map(Paragraph::of).toList()));

        out.add(Heading.h3(c.get("report.context.salaries")));
        List<Table.Row> rows = new ArrayList<>();
        for (Role role : c.in.roadmap().roles()) {
            rows.add(Table.row(c.of(role.name()), c.formats.experience(role), c.formats.salary(role)));
        }
        out.add(new Table(List.of(Column.left(c.get("report.col.role"), 2), Column.left(c.get("report.col.experience"), 2),
                Column.right(c.get("report.col.salary"), 1.4)), rows));

        LocalizedText language = market.languageNote();
        if (language != null) {
            out.add(Heading.h3(c.get("report.context.language")));
            out.add(Paragraph.of(c.of(language)));
        }

        out.add(Heading.h2(c.get("report.method.heading")));
        out.add(Paragraph.of(c.get("report.method.readiness")));
        out.add(Paragraph.of(c.get("report.method.time")));
        out.add(Paragraph.of(c.get("report.method.figures")));
        out.add(Paragraph.of(c.of(c.in.roadmap().source().estimatesNote())));
        out.add(Paragraph.of(c.summary.targetsNote()));
        out.add(Paragraph.of(c.get("report.method.selfRated")));
        if (c.in.roadmap().hasChecks()) {
            out.add(Paragraph.of(c.get("report.method.checks")));
        }
        out.add(Paragraph.small(c.summary.source()));
        return out;
    }
}
