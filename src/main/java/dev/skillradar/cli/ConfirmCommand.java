package dev.skillradar.cli;

import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.catalog.Skill;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code confirm SKILL...} or {@code confirm --all}: records that ratings still hold. */
final class ConfirmCommand implements Command {
    static final Spec SPEC = new Spec("confirm", "confirm SKILL... [--lang en|de]  |  confirm --all [--lang en|de]",
            "Confirm that ratings still hold, so they are not asked again for a while.",
            """
            A rating whose level was neither changed nor confirmed for some months (6 by default, see
            skillradar settings confirm-months) is stale: skillradar calibration lists it. Confirming adds a
            history entry with origin confirm and the same old and new level; the rating stays as it is. A
            note edit does not confirm. Nothing is confirmed when a skill is unknown or not rated.
              --all          every rated skill of the profile
              --lang en|de   language of the confirmation (default en)""",
            List.of("SKILL..."), 0, Set.of("--lang"), Set.of("--all"));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang"))); // an unknown language confirms nothing
        boolean all = args.has("--all");
        if (all == !args.positionals().isEmpty()) {
            throw CliException.usage(all ? "confirm takes SKILL... or --all, not both"
                    : "'confirm' needs SKILL... or --all (usage: skillradar " + SPEC.synopsis() + ")");
        }
        List<Skill> skills = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String id : args.positionals()) {
            Skill s = session.skill(id);
            if (seen.add(s.id())) {
                skills.add(s);
            }
        }
        Profile profile = session.ownProfile();
        Map<String, Rating> ratings = session.history().ratings(profile.id());
        if (all) {
            session.roadmap().skills().stream().filter(s -> ratings.containsKey(s.id())).forEach(skills::add);
            if (skills.isEmpty()) {
                session.out().println(texts.get("confirm.nothing", profile.name()));
                return ExitCode.OK;
            }
        }
        List<String> unrated = skills.stream().filter(s -> !ratings.containsKey(s.id())).map(Skill::id).toList();
        if (!unrated.isEmpty()) {
            throw CliException.usage("not rated yet, so nothing to confirm: " + String.join(", ", unrated)
                    + " (rate it first with skillradar rate SKILL LEVEL); nothing was confirmed");
        }
        List<RatingChange> done = session.checks().confirm(profile.id(), skills.stream().map(Skill::id).toList());
        List<String> what = new ArrayList<>();
        for (RatingChange c : done) {
            Skill s = session.roadmap().skill(c.skillId()).orElseThrow();
            what.add(s.name().get(texts.language()) + " (" + s.id() + ") " + c.newLevel());
        }
        session.out().println(texts.get("confirm.done", done.size(), profile.name(), String.join(", ", what)));
        return ExitCode.OK;
    }
}
