package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.app.ProfileChecks;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Skill;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code checks SKILL}: the skill's check statements by level with their ids and whether they are ticked. */
final class ChecksCommand implements Command {
    static final Spec SPEC = new Spec("checks", "checks SKILL [--format text|json] [--lang en|de]",
            "List a skill's check statements by level, with their ids and whether you ticked them.",
            """
            Every skill has two or three concrete statements per level 1-5 of what a person at that level has
            done or can do. They are SkillRadar's own judgement, not the article's, and cumulative: a level
            assumes the statements of the levels below. The check-based level is the highest level whose
            statements, and all below, are ticked (skillradar check SKILL ID... ticks them).
              --format text|json   output format (default text); json lists both languages' texts
              --lang en|de         language of the text output (default en); json is the same in every language""",
            List.of("SKILL"), 1, Set.of("--format", "--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        Format format = Format.parse(args.value("--format"));
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang")));
        Skill skill = session.skill(args.positional(0));
        session.statements(); // exit 2 for a roadmap without statements, 3 for a broken checks file
        Profile profile = session.profile();
        ProfileChecks checks = session.checks();
        List<ProfileChecks.LevelChecks> levels = checks.ofSkill(profile.id(), skill.id());
        if (format == Format.JSON) {
            ObjectNode root = Json.object().put("skill", skill.id());
            ArrayNode list = root.putArray("levels");
            for (ProfileChecks.LevelChecks l : levels) {
                ArrayNode items = list.addObject().put("level", l.level()).putArray("checks");
                for (ProfileChecks.Item item : l.items()) {
                    ObjectNode text = Json.object();
                    for (Language lang : Language.values()) {
                        text.put(lang.code(), item.statement().text().get(lang));
                    }
                    items.addObject().put("id", item.statement().id()).<ObjectNode>set("text", text)
                            .put("ticked", item.ticked());
                }
            }
            Json.print(session.out(), root);
            return ExitCode.OK;
        }
        Rating rating = session.history().ratings(profile.id()).get(skill.id());
        printText(session, texts, profile, skill, levels, rating, checks.checkedLevel(profile.id(), skill.id()));
        return ExitCode.OK;
    }

    private static void printText(Session session, CliTexts texts, Profile profile, Skill skill,
                                  List<ProfileChecks.LevelChecks> levels, Rating rating, int checked)
            throws CliException {
        PrintStream out = session.out();
        Language lang = texts.language();
        out.println(texts.get("checks.title", skill.name().get(lang), skill.id(), profile.name()));
        out.println(texts.get("checks.levels", checked, rating == null ? texts.get("checks.notRated") : rating.level()));
        out.println(texts.get("checks.intro"));
        int idWidth = levels.stream().flatMap(l -> l.items().stream()).mapToInt(i -> i.statement().id().length())
                .max().orElse(0) + 2;
        for (ProfileChecks.LevelChecks l : levels) {
            out.println();
            String name = session.roadmap().level(skill.scale(), l.level()).name().get(lang);
            out.println(texts.get("checks.level", l.level(), name));
            for (ProfileChecks.Item item : l.items()) {
                out.println("  " + (item.ticked() ? "[x] " : "[ ] ") + CliTexts.pad(item.statement().id(), idWidth)
                        + item.statement().text().get(lang));
                if (item.ticked() && item.tick().note() != null) {
                    out.println("      " + " ".repeat(idWidth) + texts.get("checks.note", item.tick().note()));
                }
                if (item.ticked() && item.tick().evidence() != null) {
                    out.println("      " + " ".repeat(idWidth) + texts.get("checks.evidence", item.tick().evidence()));
                }
            }
        }
    }
}
