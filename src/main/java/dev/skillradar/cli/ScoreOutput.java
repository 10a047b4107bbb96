package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.assessment.AssessmentTimeline;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.Gap;
import dev.skillradar.assessment.MonthsRange;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Readiness;
import dev.skillradar.assessment.ScoredLevels;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Phase;
import dev.skillradar.catalog.Resource;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** Renders a {@link Readiness} for {@code score}: JSON with every gap, or a readable summary. */
final class ScoreOutput {
    static final int TOP_GAPS = dev.skillradar.text.ReadinessSummary.TOP_GAPS;
    /** JSON names are English whatever {@code --lang} says: JSON output is the same in every language. */
    private static final Language LANG = Language.EN;

    private final Roadmap roadmap;
    private final Profile profile;
    private final Readiness readiness;
    private final Instant at;
    private final ZoneId zone;
    private final Basis basis;
    private final AssessmentTimeline.Snapshot state;
    private final boolean hasChecks;

    /**
     * {@code at}: the moment scored ({@code score --at}), or null for now; {@code state}: the self-ratings and
     * check-based levels then, scored on {@code basis}; {@code hasChecks}: the roadmap has statements.
     */
    ScoreOutput(Roadmap roadmap, Profile profile, Readiness readiness, Instant at, ZoneId zone, Basis basis,
                AssessmentTimeline.Snapshot state, boolean hasChecks) {
        this.roadmap = roadmap;
        this.profile = profile;
        this.readiness = readiness;
        this.at = at;
        this.zone = zone;
        this.basis = basis;
        this.state = state;
        this.hasChecks = hasChecks;
    }

    ObjectNode json() {
        Role role = readiness.role();
        ObjectNode root = Json.object();
        root.put("profile", profile.name());
        root.put("role", role.id());
        root.put("roleName", role.name().get(LANG));
        if (at != null) {
            root.put("at", at.toString());
        }
        root.put("basis", basis.id());
        root.put("readiness", Json.rounded(readiness.overall(), 1));
        root.putObject("atTarget").put("met", readiness.atTarget().met()).put("of", readiness.atTarget().of());
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
        ArrayNode skills = root.putArray("skills");
        for (Skill s : roadmap.skills()) {
            Integer self = state.self().get(s.id());
            Integer checked = state.checked().get(s.id());
            ObjectNode node = skills.addObject().put("skill", s.id()).put("level", self);
            if (hasChecks) {
                node.put("checkedLevel", checked == null ? 0 : checked);
            } else {
                node.putNull("checkedLevel");
            }
            node.put("scored", ScoredLevels.level(basis, self, checked));
        }
        return root;
    }

    /** The readable summary in the language of {@code texts}; JSON stays the same in every language. */
    void printText(PrintStream out, CliTexts texts) {
        Language lang = texts.language();
        Role role = readiness.role();
        String overall = percent(texts, readiness.overall()).strip();
        out.println(at == null ? texts.get("score.title", profile.name(), role.name().get(lang), overall)
                : texts.get("score.title.at", profile.name(), role.name().get(lang),
                texts.formats().longDate(at, zone), overall));
        out.println(texts.get("score.atTarget", readiness.atTarget().met(), readiness.atTarget().of()));
        out.println(new dev.skillradar.text.CalibrationTexts(texts.texts()).scoredOn(basis));
        out.println();
        int labelWidth = 2 + java.util.stream.Stream.concat(
                roadmap.phases().stream().map(p -> p.name().get(lang)),
                roadmap.areas().stream().map(a -> a.name().get(lang)))
                .mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(0);
        out.println(texts.get("score.byPhase"));
        for (Map.Entry<String, Double> e : readiness.byPhase().entrySet()) {
            String name = roadmap.phase(e.getKey()).map(Phase::name).map(n -> n.get(lang)).orElse(e.getKey());
            out.println("  " + CliTexts.pad(name, labelWidth) + percent(texts, e.getValue()));
        }
        out.println(texts.get("score.byArea"));
        for (Map.Entry<String, Double> e : readiness.byArea().entrySet()) {
            String name = roadmap.area(e.getKey()).map(Area::name).map(n -> n.get(lang)).orElse(e.getKey());
            out.println("  " + CliTexts.pad(name, labelWidth) + percent(texts, e.getValue()));
        }
        out.println();
        gaps(out, texts);
        out.println();
        MonthsRange m = readiness.monthsToReady();
        String study = m.isZero() ? texts.get("score.study.none") : texts.get("score.study", texts.formats().months(m));
        out.println(texts.get("score.timeToReady", study, texts.formats().years(role)));
        out.println(texts.get("score.salary", texts.formats().salary(role)));
    }

    private void gaps(PrintStream out, CliTexts texts) {
        Language lang = texts.language();
        if (readiness.gaps().isEmpty()) {
            out.println(texts.get("score.noGaps"));
            return;
        }
        out.println(texts.get("score.gaps"));
        int nameWidth = readiness.gaps().stream().limit(TOP_GAPS).map(g -> g.unit().name().get(lang))
                .mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(0) + 2;
        int demandWidth = Math.max(demand(texts, 100, true).length(), demand(texts, 100, false).length());
        int n = 0;
        for (Gap g : readiness.gaps()) {
            if (++n > TOP_GAPS) {
                break;
            }
            String name = g.unit().name().get(lang);
            String demand = demand(texts, Math.round(g.weight() * 100), g.unit().estimated());
            out.println("  " + n + ". " + CliTexts.pad(name, nameWidth) + g.current() + " → " + g.target() + "   "
                    + texts.get("score.demand") + " " + CliTexts.pad(demand, demandWidth) + "  "
                    + texts.get("score.priority") + " " + texts.formats().decimal(g.priority(), 2));
            if (g.unit().group()) {
                out.println("     " + texts.get("score.anyOf", String.join(", ",
                        g.unit().members().stream().map(Skill::name).map(t -> t.get(lang)).toList())));
            }
            for (Resource r : g.resources()) {
                out.println("     " + r.name().get(lang) + ": " + r.url());
            }
        }
        int more = readiness.gaps().size() - TOP_GAPS;
        if (more > 0) {
            out.println("  " + texts.get("score.more", more));
        }
    }

    /** "80% (article)", "40 % (Schätzung)". */
    private static String demand(CliTexts texts, long percent, boolean estimate) {
        return texts.demand(percent, estimate, false);
    }

    /** " 57.3%" (right-aligned to the width of 100%), or "-" under the percent sign where the role targets nothing. */
    private static String percent(CliTexts texts, Double value) {
        int width = texts.formats().percentOneDecimal(100).length();
        if (value == null) {
            return " ".repeat(width - 1) + "-  " + texts.get("score.nothingTargeted");
        }
        String text = texts.formats().percentOneDecimal(value);
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
