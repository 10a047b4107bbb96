package dev.skillradar.report;

import dev.skillradar.catalog.Skill;
import dev.skillradar.report.pdf.Block;
import dev.skillradar.report.pdf.Block.Heading;
import dev.skillradar.report.pdf.Block.KeyValues;
import dev.skillradar.report.pdf.Block.Paragraph;
import dev.skillradar.report.pdf.Run;
import dev.skillradar.text.ReadinessSummary;
import java.util.ArrayList;
import java.util.List;

/** Section 3: the Dashboard's top gaps, each with its levels, demand, priority, next step and resources. */
final class GapsSection {
    private GapsSection() {
    }

    static List<Block> blocks(ReportContext c) {
        List<Block> out = new ArrayList<>();
        out.add(Heading.h1(c.get("report.gaps.heading")));
        List<ReadinessSummary.GapItem> gaps = c.summary.topGaps(ReadinessSummary.TOP_GAPS);
        if (gaps.isEmpty()) {
            out.add(Paragraph.of(c.summary.nextStep()));
            return out;
        }
        out.add(Paragraph.small(c.get("report.gaps.intro")));
        int rank = 0;
        for (ReadinessSummary.GapItem g : gaps) {
            rank++;
            List<Block> one = new ArrayList<>();
            one.add(new Heading(3, c.get("report.gap.title", rank, g.name()), false));
            List<KeyValues.Entry> rows = new ArrayList<>();
            rows.add(KeyValues.entry(c.get("report.gap.levels"), g.levels()));
            if (g.gap().unit().group()) {
                rows.add(KeyValues.entry("", c.get("report.gap.anyOf", String.join(", ",
                        g.gap().unit().members().stream().map(Skill::name).map(c::of).toList()))));
            }
            rows.add(KeyValues.entry(c.get("report.gap.demand"), c.get("report.gap.demandValue",
                    c.formats.percent(Math.round(g.gap().weight() * 100)),
                    c.get(g.gap().unit().estimated() ? "report.source.estimate" : "report.source.article"))));
            rows.add(KeyValues.entry(c.get("report.gap.priority"), c.formats.decimal(g.gap().priority(), 2)));
            rows.add(KeyValues.entry(c.get("report.gap.nextStep"), g.nextStep()));
            one.add(new KeyValues(rows));
            one.add(resources(c, g));
            out.add(new Block.KeepTogether(one));
        }
        return out;
    }

    private static Block resources(ReportContext c, ReadinessSummary.GapItem g) {
        if (g.resources().isEmpty()) {
            return Paragraph.small(c.get("report.gap.noResources"));
        }
        List<Paragraph> items = new ArrayList<>();
        for (ReadinessSummary.Resource r : g.resources()) {
            List<Run> runs = new ArrayList<>();
            runs.add(Run.bold(r.name()));
            if (!r.note().isBlank()) {
                runs.add(Run.plain(" – " + r.note().strip()));
            }
            if (r.url() != null && !r.url().isBlank()) {
                runs.add(Run.plain(r.note().strip().matches(".*[.!?:]$") ? " " : ": "));
                runs.add(SkillTableSection.link(r.url()));
                if (r.urlIsAppAddition()) {
                    runs.add(Run.plain(" (" + c.get("report.resource.added") + ")"));
                }
            }
            items.add(new Paragraph(runs, Block.TextSize.BODY));
        }
        return Block.KeepTogether.of(Paragraph.small(c.get("report.gap.resources")), new Block.BulletList(items));
    }
}
