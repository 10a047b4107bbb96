package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.assessment.TickEvents;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code history}: the profile's rating changes in order, then its tick history (where it has one). */
final class HistoryCommand implements Command {
    static final Spec SPEC = new Spec("history", "history [--format text|json] [--lang en|de]",
            "List the profile's rating changes in order, then its ticks.",
            """
            Prints every change of a rating: its sequence number, the time (ISO-8601, UTC), the skill,
            the old and new level, and where it was made (app, cli, import, import-replace, restore), or
            confirm for a confirmation that the rating still holds (old and new level equal).
            Then, where the profile has ticked a check statement, every entry of its tick history: its own
            sequence number, the time, the statement, tick, untick or edit (a note or link only), the
            check-based level of the statement's skill where the entry moved it, and where it was made; in
            json an array "ticks", present only then.
              --format text|json   output format (default text)
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
        List<RatingChange> changes = session.database().ratings().history(profile.id());
        List<TickEvents.Event> ticks = ticks(session, profile);
        if (format == Format.JSON) {
            ObjectNode root = Json.object().put("profile", profile.name());
            ArrayNode list = root.putArray("history");
            for (RatingChange c : changes) {
                list.addObject().put("seq", c.seq()).put("at", c.at().toString()).put("skill", c.skillId())
                        .put("oldLevel", c.oldLevel()).put("newLevel", c.newLevel()).put("origin", c.origin().id());
            }
            if (!ticks.isEmpty()) { // absent without ticks: the output of a profile from before the checks stays as it was
                ArrayNode tickList = root.putArray("ticks");
                for (TickEvents.Event e : ticks) {
                    TickChange c = e.change();
                    CheckStatement s = e.statement();
                    tickList.addObject().put("seq", c.seq()).put("at", c.at().toString()).put("statement", c.checkId())
                            .put("skill", s == null ? null : s.skillId()).put("level", s == null ? null : s.level())
                            .put("event", event(e.kind()))
                            .put("oldCheckedLevel", s == null ? null : e.checkedBefore())
                            .put("newCheckedLevel", s == null ? null : e.checkedAfter()).put("origin", c.origin().id());
                }
            }
            Json.print(session.out(), root);
        } else {
            printText(session.out(), texts, profile, changes);
            printTicks(session.out(), texts, profile, ticks);
        }
        return ExitCode.OK;
    }

    /**
     * The tick history with its levels; the statements are read only when there is one. On a format-1 roadmap every
     * statement is unknown (no skill, no level), as its scoring ignores ticks.
     */
    private static List<TickEvents.Event> ticks(Session session, Profile profile) throws CliException {
        List<TickChange> history = session.database().checks().history(profile.id());
        if (history.isEmpty()) {
            return List.of();
        }
        CheckCatalogue checks = session.roadmap().hasChecks() ? session.statements() : new CheckCatalogue(null, List.of());
        return TickEvents.of(history, checks);
    }

    private static String event(TickEvents.Kind kind) {
        return switch (kind) {
            case TICKED -> "tick";
            case UNTICKED -> "untick";
            case EDITED -> "edit";
            case MARKER -> "replace";
        };
    }

    private static void printTicks(PrintStream out, CliTexts texts, Profile profile, List<TickEvents.Event> ticks) {
        if (ticks.isEmpty()) {
            return;
        }
        out.println();
        out.println(texts.get("history.ticks.title", profile.name()));
        for (TickEvents.Event e : ticks) {
            TickChange c = e.change();
            String what = e.kind() == TickEvents.Kind.MARKER ? CliTexts.pad(texts.get("history.ticks.replaced"), 46)
                    : CliTexts.pad(c.checkId(), 28) + CliTexts.pad(event(e.kind()), 8)
                    + CliTexts.pad(e.levelChanged() ? e.checkedBefore() + " → " + e.checkedAfter() : "", 10);
            out.println(String.format(Locale.ROOT, "%6d  %-24s  %s  %s", c.seq(), c.at(), what, c.origin().id()));
        }
    }

    private static void printText(PrintStream out, CliTexts texts, Profile profile, List<RatingChange> changes) {
        if (changes.isEmpty()) {
            out.println(texts.get("history.none", profile.name()));
            return;
        }
        out.println(texts.get("history.title", profile.name()));
        for (RatingChange c : changes) {
            String what = c.origin() == ChangeOrigin.IMPORT_REPLACE ? texts.get("history.replaced")
                    : CliTexts.pad(c.skillId(), 28) + (c.oldLevel() == null ? "-" : c.oldLevel()) + " → " + c.newLevel();
            out.println(String.format(Locale.ROOT, "%6d  %-24s  %s  %s", c.seq(), c.at(), CliTexts.pad(what, 36), c.origin().id()));
        }
    }
}
