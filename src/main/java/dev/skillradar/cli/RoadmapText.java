package dev.skillradar.cli;

import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Phase;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Scale;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.SkillGroup;
import java.io.PrintStream;
import java.util.List;

/** The readable overview of {@code skillradar roadmap}. */
final class RoadmapText {
    private final Roadmap r;
    private final CliTexts t;
    private final Language lang;
    private final PrintStream out;
    private final int skillWidth;
    private final int areaWidth;

    RoadmapText(Roadmap roadmap, CliTexts texts, PrintStream out) {
        this.r = roadmap;
        this.t = texts;
        this.lang = texts.language();
        this.out = out;
        this.skillWidth = width(roadmap.skills().stream().map(this::skillName).toList());
        this.areaWidth = width(roadmap.areas().stream().map(a -> a.name().get(lang)).toList());
    }

    void print() {
        out.println(r.title().get(lang));
        out.println(t.get("source") + ": " + r.source().citation().get(lang));
        out.println();
        out.println(t.get("phases"));
        int phaseWidth = width(r.phases().stream().map(p -> p.name().get(lang)).toList());
        for (Phase p : r.phases()) {
            out.println("  " + CliTexts.pad(p.name().get(lang), phaseWidth) + t.formats().months(p.monthsMin(), p.monthsMax()));
        }
        out.println();
        out.println(t.get("skills"));
        for (Phase p : r.phases()) {
            out.println("  " + p.name().get(lang) + " (" + t.formats().months(p.monthsMin(), p.monthsMax()) + ")");
            skills(r.skillsInPhase(p.id()).stream().filter(s -> !s.optional()).toList());
            for (SkillGroup g : r.groups()) {
                if (r.skill(g.memberIds().get(0)).map(s -> p.id().equals(s.phaseId())).orElse(false)) {
                    List<String> names = g.memberIds().stream()
                            .map(id -> r.skill(id).orElseThrow().name().get(lang)).toList();
                    out.println("      " + t.get("anyOf", g.name().get(lang), String.join(", ", names)));
                }
            }
        }
        List<Skill> optional = r.skills().stream().filter(Skill::optional).toList();
        if (!optional.isEmpty()) {
            out.println("  " + t.get("optional"));
            skills(optional);
        }
        out.println();
        out.println(t.get("roles"));
        int roleWidth = width(r.roles().stream().map(role -> role.name().get(lang)).toList());
        int yearsWidth = width(r.roles().stream().map(t.formats()::years).toList());
        for (Role role : r.roles()) {
            out.println("  " + CliTexts.pad(role.name().get(lang), roleWidth) + CliTexts.pad(t.formats().years(role), yearsWidth)
                    + t.formats().salary(role));
        }
        if (!r.market().employers().isEmpty()) {
            out.println();
            out.println(t.get("employers") + ": " + String.join(", ", r.market().employers()));
        }
        out.println();
        out.println(t.get("estimates") + ": " + r.source().estimatesNote().get(lang));
    }

    private void skills(List<Skill> skills) {
        for (Skill s : skills) {
            String area = r.area(s.areaId()).map(a -> a.name().get(lang)).orElse(s.areaId());
            out.println("    " + CliTexts.pad(skillName(s), skillWidth) + CliTexts.pad(area, areaWidth)
                    + t.demand(s.demand(), true));
        }
    }

    private String skillName(Skill s) {
        return s.name().get(lang) + (s.scale() == Scale.CEFR ? " (" + t.get("scale.cefr") + ")" : "");
    }

    /** The widest text plus two spaces of gutter. */
    private static int width(List<String> texts) {
        return texts.stream().mapToInt(x -> x.codePointCount(0, x.length())).max().orElse(0) + 2;
    }
}
