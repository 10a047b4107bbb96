package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Trend;
import dev.skillradar.assessment.TrendPeriod;
import dev.skillradar.assessment.TrendPoint;
import dev.skillradar.catalog.Role;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code trend}: readiness over time, one point per period in which ratings changed. */
final class TrendCommand implements Command {
    static final Spec SPEC = new Spec("trend", "trend [--role ROLE] [--every day|week|month] [--format text|json] [--lang en|de]",
            "Show readiness over time: one point per period in which ratings changed.",
            """
            Replays the profile's history (in time order, from its last replacement by an import) and scores
            the ratings as they were at the end of each period in which something changed, for the role's
            targets, on the profile's basis (skillradar basis; with checks, the tick history is replayed too). Periods are days, ISO weeks or months of this computer's time zone.
              --role ROLE               targets of this role (default: the profile's)
              --every day|week|month    the period (default month)
              --format text|json        output format (default text)
              --lang en|de              language of the text output (default en); json is the same in every language""",
            List.of(), 0, Set.of("--role", "--every", "--format", "--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        Format format = Format.parse(args.value("--format"));
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang")));
        String everyOption = args.value("--every");
        TrendPeriod every = everyOption == null ? TrendPeriod.MONTH : TrendPeriod.fromId(everyOption)
                .orElseThrow(() -> CliException.usage("unknown period '" + everyOption + "' (use day, week or month)"));
        String roleOption = args.value("--role");
        if (roleOption != null) {
            session.role(roleOption);
        }
        Profile profile = session.profile();
        Role role = roleOption != null ? session.role(roleOption) : session.roleOf(profile);
        Basis basis = session.basis(profile, null);
        List<TrendPoint> points = new Trend(session.calculator()).of(session.history().timeline(profile.id()), basis,
                role, every, session.zone());
        if (format == Format.JSON) {
            ObjectNode root = Json.object().put("profile", profile.name()).put("role", role.id()).put("every", every.id())
                    .put("basis", basis.id());
            ArrayNode list = root.putArray("points");
            for (TrendPoint p : points) {
                ObjectNode node = list.addObject().put("period", p.periodId()).put("end", p.end().toString())
                        .put("readiness", Json.rounded(p.readiness().overall(), 1));
                ArrayNode areas = node.putArray("areas");
                for (Map.Entry<String, Double> e : p.readiness().byArea().entrySet()) {
                    areas.addObject().put("id", e.getKey()).put("readiness", Json.rounded(e.getValue(), 1));
                }
            }
            Json.print(session.out(), root);
        } else {
            printText(session.out(), texts, profile, role, every, basis, points);
        }
        return ExitCode.OK;
    }

    private static void printText(PrintStream out, CliTexts texts, Profile profile, Role role, TrendPeriod every,
                                  Basis basis, List<TrendPoint> points) {
        if (points.isEmpty()) {
            out.println(texts.get("history.none", profile.name()));
            return;
        }
        out.println(texts.get("trend.heading", profile.name(), texts.texts().of(role.name()), texts.get("trend.every." + every.id())));
        out.println(new dev.skillradar.text.CalibrationTexts(texts.texts()).scoredOn(basis));
        int width = points.stream().mapToInt(p -> p.periodId().length()).max().orElse(0) + 2;
        for (TrendPoint p : points) {
            Double r = p.readiness().overall();
            String value = r == null ? "-" : texts.formats().percentOneDecimal(r);
            out.println("  " + CliTexts.pad(p.periodId(), width) + " ".repeat(Math.max(0, 7 - value.length())) + value
                    + "   " + texts.get("trend.changes", p.changes()));
        }
    }
}
