package dev.skillradar.cli;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Level;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.WebLink;
import dev.skillradar.storage.RatingRepository;
import java.util.List;
import java.util.Set;

/** {@code rate SKILL LEVEL}: stores a self-rating, optionally with a note and an evidence link. */
final class RateCommand implements Command {
    static final Spec SPEC = new Spec("rate", "rate SKILL LEVEL [--note TEXT] [--evidence URL] [--lang en|de]",
            "Rate a skill from 0 (none) to 5 (expert), with an optional note and evidence link.",
            """
            Stores the rating in the profile and records the change in its history. The confirmation is
            printed only after the rating has been committed to disk. SKILL is a skill id as listed by
            skillradar roadmap (German uses the CEFR scale: 3 = B1, 4 = B2, 5 = C1).
              --note TEXT      a note, at most 4000 characters ("" removes it)
              --evidence URL   an http:// or https:// link to evidence ("" removes it)
              --lang en|de     language of the confirmation (default en)""",
            List.of("SKILL", "LEVEL"), 2, Set.of("--note", "--evidence", "--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang"))); // an unknown language writes nothing
        Skill skill = session.skill(args.positional(0));
        int level = level(args.positional(1));
        String note = args.value("--note");
        String evidence = args.value("--evidence");
        // Checked here too, so that the user gets the CLI's own wording; storage writes all three in one transaction.
        if (note != null && note.strip().codePointCount(0, note.strip().length()) > Rating.MAX_NOTE_LENGTH) {
            throw CliException.usage("the note is longer than " + Rating.MAX_NOTE_LENGTH + " characters");
        }
        if (evidence != null && !evidence.isBlank()) {
            String problem = WebLink.problem(evidence.strip()).orElse(null);
            if (problem != null) {
                throw CliException.usage("the evidence link '" + evidence + "' is not accepted: " + problem);
            }
        }
        Profile profile = session.ownProfile();
        RatingRepository ratings = session.database().ratings();
        Rating before = ratings.current(profile.id()).get(skill.id());
        Rating after = ratings.rate(profile.id(), skill.id(), level, note, evidence, ChangeOrigin.CLI);
        Language lang = texts.language();
        String levelName = session.roadmap().level(skill.scale(), after.level()).name().get(lang);
        String was = before == null ? texts.get("rate.first") : before.level() == level ? texts.get("rate.unchanged")
                : texts.get("rate.was", before.level());
        session.out().println(texts.get("rate.saved", skill.name().get(lang), skill.id(), after.level(), levelName,
                profile.name(), was));
        return ExitCode.OK;
    }

    static int level(String text) throws CliException {
        try {
            int level = Integer.parseInt(text.strip());
            if (Level.isValid(level)) {
                return level;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw CliException.usage("the level must be a whole number from " + Level.MIN + " to " + Level.MAX
                + ", not '" + text + "'");
    }
}
