package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.assessment.Gap;
import dev.skillradar.assessment.MonthsRange;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Readiness;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Phase;
import dev.skillradar.catalog.Resource;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link Readiness} for {@code score}: JSON with every gap, or a readable summary. */
final class ScoreOutput {
    static final int TOP_GAPS = 5;
    private static final Language LANG = Language.EN;

    private final Roadmap roadmap;
    private final Profile profile;
    private final Readiness readiness;
    private final Texts texts = Texts.of(LANG);

    ScoreOutput(Roadmap roadmap, Profile profile, Readiness readiness) {
        this.roadmap = roadmap;
        this.profile = profile;
        this.readiness = readiness;
    }

    ObjectNode json() {
        Role role = readiness.role();
        ObjectNode root = Json.object();
        root.put("profile", profile.name());
        root.put("role", role.id());
        root.put("roleName", role.name().get(LANG));
        root.put("readiness", Json.rounded(readiness.overall(), 1));
        ArrayNode areas = root.putArray("areas");
        readiness.byArea().forEach((id, value) -> areas.addObject().put("id", id).put("readiness", Json.rounded(value, 1)));
        ArrayNode phases = root.putArray("phases");
        readiness.byPhase().forEach((id, value) -> phases.addObject().put("id", id).put("readiness", Json.rounded(value, 1)));
        ArrayNode gaps = root.putArray("gaps");
        for (Gap g : readiness.gaps()) {
            ObjectNode gn = gaps.addObject();
            gn.put("skill", g.id()).put("name", g.unit().name().get(LANG)).put("current", g.current())
                    .put("target", g.target()).put("weight", g.weight())
                    .put("priority", Json.rounded(g.priority(), 3)).put("estimate", g.unit().estimated());
            if (g.unit().group()) {
                ArrayNode members = gn.putArray("members");
                g.unit().members().forEach(m -> members.add(m.id()));
            }
            ArrayNode res = gn.putArray("resources");
            for (Resource r : g.resources()) {
                res.add(RoadmapCommand.resource(r, LANG));
            }
        }
        MonthsRange months = readiness.monthsToReady();
        root.putObject("monthsToReady").put("min", months.min()).put("max", months.max());
        root.putObject("experienceYears").put("min", role.yearsMin()).put("max", role.yearsMax());
        root.putObject("salary").put("min", role.salaryMin()).put("max", role.salaryMax()).put("currency", role.currency());
        return root;
    }

    void printText(PrintStream out) {
        Role role = readiness.role();
        out.println("Readiness of profile \"" + profile.name() + "\" for " + role.name().get(LANG) + ": "
                + percent(readiness.overall()).strip());
        out.println();
        int labelWidth = 2 + java.util.stream.Stream.concat(
                roadmap.phases().stream().map(p -> p.name().get(LANG)),
                roadmap.areas().stream().map(a -> a.name().get(LANG)))
                .mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(0);
        out.println("By phase");
        for (Map.Entry<String, Double> e : readiness.byPhase().entrySet()) {
            String name = roadmap.phase(e.getKey()).map(Phase::name).map(n -> n.get(LANG)).orElse(e.getKey());
            out.println("  " + Texts.pad(name, labelWidth) + percent(e.getValue()));
        }
        out.println("By area");
        for (Map.Entry<String, Double> e : readiness.byArea().entrySet()) {
            String name = roadmap.area(e.getKey()).map(Area::name).map(n -> n.get(LANG)).orElse(e.getKey());
            out.println("  " + Texts.pad(name, labelWidth) + percent(e.getValue()));
        }
        out.println();
        gaps(out);
        out.println();
        MonthsRange m = readiness.monthsToReady();
        String study = m.isZero() ? "none: every target of this role is met"
                : (m.min() == m.max() ? m.max() + " months" : m.min() + "–" + m.max() + " months") + " of study";
        out.println("Time to ready: " + study + " (the role also asks for " + texts.years(role)
                + " of experience, not included)");
        out.println("Salary band: " + texts.salary(role) + " a year");
    }

    private void gaps(PrintStream out) {
        if (readiness.gaps().isEmpty()) {
            out.println("No gaps: every skill is at or above this role's target.");
            return;
        }
        out.println("Top gaps (priority = employer demand × levels missing; prerequisites come first)");
        int nameWidth = readiness.gaps().stream().limit(TOP_GAPS).map(g -> g.unit().name().get(LANG))
                .mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(0) + 2;
        int n = 0;
        for (Gap g : readiness.gaps()) {
            if (++n > TOP_GAPS) {
                break;
            }
            String name = g.unit().name().get(LANG);
            String demand = Math.round(g.weight() * 100) + "% (" + (g.unit().estimated() ? "estimate" : "article") + ")";
            out.println(String.format(Locale.ROOT, "  %d. %s%d → %d   demand %s  priority %.2f", n,
                    Texts.pad(name, nameWidth), g.current(), g.target(), Texts.pad(demand, 15), g.priority()));
            if (g.unit().group()) {
                out.println("     any one of: " + String.join(", ",
                        g.unit().members().stream().map(Skill::name).map(t -> t.get(LANG)).toList()));
            }
            for (Resource r : g.resources()) {
                out.println("     " + r.name().get(LANG) + ": " + r.url());
            }
        }
        int more = readiness.gaps().size() - TOP_GAPS;
        if (more > 0) {
            out.println("  ... and " + more + " more (skillradar score --format json lists every gap)");
        }
    }

    /** " 57.3%" (right-aligned), or "-" where the role targets nothing. */
    private static String percent(Double value) {
        String text = value == null ? "     -  (nothing targeted)" : Json.rounded(value, 1).toPlainString() + "%";
        return " ".repeat(Math.max(0, 6 - text.length())) + text;
    }
}
