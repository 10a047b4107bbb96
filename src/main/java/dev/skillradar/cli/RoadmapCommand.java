package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.LocalizedText;
import dev.skillradar.catalog.Phase;
import dev.skillradar.catalog.Resource;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.SkillGroup;
import java.util.List;
import java.util.Set;

/** {@code roadmap}: a summary of the catalogue, as text or JSON, in English or German. */
final class RoadmapCommand implements Command {
    static final Spec SPEC = new Spec("roadmap", "roadmap [--format text|json] [--lang en|de]",
            "Show the roadmap: phases, skills with employer demand, roles with salary bands.",
            """
            Prints the catalogue the scores are based on: the phases with their durations, every skill
            with how often German employers ask for it ("article" where the article gives the figure,
            "estimate" where the app estimates it), the any-of groups, the roles with experience and
            salary bands, and the source. Does not open the database.
              --format text|json   output format (default text)
              --lang en|de         language of names and labels (default en)""",
            List.of(), 0, Set.of("--format", "--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        Format format = Format.parse(args.value("--format"));
        Language lang = CliTexts.language(args.value("--lang"));
        Roadmap roadmap = session.roadmap();
        if (format == Format.JSON) {
            Json.print(session.out(), json(roadmap, lang));
        } else {
            new RoadmapText(roadmap, CliTexts.of(lang), session.out()).print();
        }
        return ExitCode.OK;
    }

    static ObjectNode json(Roadmap r, Language lang) {
        ObjectNode root = Json.object();
        root.put("id", r.id());
        root.put("title", r.title().get(lang));
        root.put("language", lang.code());
        ObjectNode source = root.putObject("source");
        source.put("citation", r.source().citation().get(lang));
        source.put("estimatesNote", r.source().estimatesNote().get(lang));
        ArrayNode phases = root.putArray("phases");
        for (Phase p : r.phases()) {
            phases.addObject().put("id", p.id()).put("name", text(p.name(), lang))
                    .put("monthsMin", p.monthsMin()).put("monthsMax", p.monthsMax()).put("focus", text(p.focus(), lang));
        }
        ArrayNode areas = root.putArray("areas");
        for (Area a : r.areas()) {
            areas.addObject().put("id", a.id()).put("name", text(a.name(), lang));
        }
        ArrayNode groups = root.putArray("groups");
        for (SkillGroup g : r.groups()) {
            ObjectNode gn = groups.addObject().put("id", g.id()).put("name", text(g.name(), lang));
            g.memberIds().forEach(gn.putArray("members")::add);
        }
        ArrayNode skills = root.putArray("skills");
        for (Skill s : r.skills()) {
            ObjectNode sn = skills.addObject();
            sn.put("id", s.id()).put("name", text(s.name(), lang)).put("phase", s.phaseId()).put("area", s.areaId())
                    .put("group", s.groupId()).put("demand", s.demand().weight())
                    .put("demandSource", s.demand().source().id()).put("optional", s.optional())
                    .put("scale", s.scale().id());
            s.prerequisites().forEach(sn.putArray("prerequisites")::add);
            ArrayNode res = sn.putArray("resources");
            for (Resource rs : r.resourcesOf(s)) {
                res.add(resource(rs, lang));
            }
        }
        ArrayNode roles = root.putArray("roles");
        for (Role role : r.roles()) {
            ObjectNode rn = roles.addObject();
            rn.put("id", role.id()).put("name", text(role.name(), lang)).put("yearsMin", role.yearsMin())
                    .put("yearsMax", role.yearsMax()).put("salaryMin", role.salaryMin())
                    .put("salaryMax", role.salaryMax()).put("currency", role.currency());
            ObjectNode targets = rn.putObject("targets");
            for (Skill s : r.skills()) {
                targets.put(s.id(), role.target(s.id()));
            }
        }
        ObjectNode market = root.putObject("market");
        r.market().employers().forEach(market.putArray("employers")::add);
        ArrayNode facts = market.putArray("facts");
        r.market().facts().forEach(f -> facts.add(f.get(lang)));
        market.put("languageNote", r.market().languageNote().get(lang));
        return root;
    }

    static ObjectNode resource(Resource rs, Language lang) {
        return Json.object().put("id", rs.id()).put("name", text(rs.name(), lang)).put("note", text(rs.note(), lang))
                .put("url", rs.url()).put("urlSource", rs.urlIsAppAddition() ? "app" : "article");
    }

    private static String text(LocalizedText t, Language lang) {
        return t.get(lang);
    }
}
