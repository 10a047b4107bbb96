package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.RatingChange;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code history}: the profile's rating changes in order. */
final class HistoryCommand implements Command {
    static final Spec SPEC = new Spec("history", "history [--format text|json] [--lang en|de]",
            "List the profile's rating changes in order.",
            """
            Prints every change of a rating: its sequence number, the time (ISO-8601, UTC), the skill,
            the old and new level, and where it was made (app, cli, import, import-replace, restore), or
            confirm for a confirmation that the rating still holds (old and new level equal).
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
        if (format == Format.JSON) {
            ObjectNode root = Json.object().put("profile", profile.name());
            ArrayNode list = root.putArray("history");
            for (RatingChange c : changes) {
                list.addObject().put("seq", c.seq()).put("at", c.at().toString()).put("skill", c.skillId())
                        .put("oldLevel", c.oldLevel()).put("newLevel", c.newLevel()).put("origin", c.origin().id());
            }
            Json.print(session.out(), root);
        } else {
            printText(session.out(), texts, profile, changes);
        }
        return ExitCode.OK;
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
