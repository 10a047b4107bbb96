package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.assessment.Drift;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Reconfirmation;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.text.CalibrationTexts;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code calibration}: how far self-ratings drift from the checks, per area and overall, and the stale ratings. */
final class CalibrationCommand implements Command {
    static final Spec SPEC = new Spec("calibration", "calibration [--format text|json] [--lang en|de]",
            "Show how far your self-ratings drift from the checks, per area and overall, and the ratings to confirm again.",
            """
            Drift is the mean of (self-rating - check-based level) over the rated skills with at least one
            ticked statement: positive means rated higher than the checks show. A rating neither changed nor
            confirmed for the data folder's period (skillradar settings confirm-months, default 6 months) is
            stale; skillradar confirm SKILL confirms it.
              --format text|json   output format (default text); json: {"overall", "areas": [{"id", "drift",
                                   "skills"}], "stale": [skill ids]}, drift rounded to two decimals
              --lang en|de         language of the text output (default en); json is the same in every language""",
            List.of(), 0, Set.of("--format", "--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        Format format = Format.parse(args.value("--format"));
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang")));
        Profile profile = session.profile();
        Drift drift = session.history().drift(profile.id());
        Instant now = session.clock().instant();
        List<Reconfirmation.Stale> stale = session.history().stale(profile.id(), now, session.zone());
        if (format == Format.JSON) {
            ObjectNode root = Json.object();
            root.put("overall", Json.rounded(drift.overall(), 2));
            ArrayNode areas = root.putArray("areas");
            for (Drift.AreaDrift a : drift.areas()) {
                areas.addObject().put("id", a.areaId()).put("drift", Json.rounded(a.drift(), 2)).put("skills", a.skills());
            }
            ArrayNode ids = root.putArray("stale");
            stale.forEach(s -> ids.add(s.skillId()));
            Json.print(session.out(), root);
            return ExitCode.OK;
        }
        printText(session.out(), texts, session.roadmap(), profile, drift, stale, session.checks().confirmMonths(),
                session);
        return ExitCode.OK;
    }

    private static void printText(PrintStream out, CliTexts texts, Roadmap roadmap, Profile profile, Drift drift,
                                  List<Reconfirmation.Stale> stale, int months, Session session) {
        Language lang = texts.language();
        CalibrationTexts words = new CalibrationTexts(texts.texts());
        out.println(texts.get("calibration.title", profile.name()));
        if (!roadmap.hasChecks()) {
            out.println(texts.get("calibration.noChecks"));
        } else {
            out.println(texts.get("calibration.explained"));
            out.println();
            String overall = words.drift(drift.overall());
            out.println(drift.overall() == null ? texts.get("calibration.overall.none", overall)
                    : texts.get("calibration.overall", overall, drift.skills().size(), words.meaning(drift.overall())));
            out.println(texts.get("calibration.byArea"));
            int width = roadmap.areas().stream().mapToInt(a -> a.name().get(lang).length()).max().orElse(0) + 2;
            for (Drift.AreaDrift a : drift.areas()) {
                String name = roadmap.area(a.areaId()).map(x -> x.name().get(lang)).orElse(a.areaId());
                String value = a.drift() == null ? "-" : words.signed(a.drift());
                out.println("  " + CliTexts.pad(name, width) + " ".repeat(Math.max(0, 6 - value.length())) + value
                        + "   " + texts.get("calibration.skills", a.skills()));
            }
        }
        out.println();
        if (stale.isEmpty()) {
            out.println(texts.get("calibration.stale.none", months));
            return;
        }
        out.println(texts.get("calibration.stale", months));
        int width = stale.stream().map(s -> label(roadmap, s.skillId(), lang)).mapToInt(String::length).max().orElse(0) + 2;
        for (Reconfirmation.Stale s : stale) {
            out.println("  " + CliTexts.pad(label(roadmap, s.skillId(), lang), width) + s.level() + "   "
                    + texts.get("calibration.stale.since", texts.formats().longDate(s.lastConfirmed(), session.zone())));
        }
    }

    private static String label(Roadmap roadmap, String skillId, Language lang) {
        Skill s = roadmap.skill(skillId).orElseThrow();
        return s.name().get(lang) + " (" + s.id() + ")";
    }
}
