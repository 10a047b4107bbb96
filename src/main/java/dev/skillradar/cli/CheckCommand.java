package dev.skillradar.cli;

import dev.skillradar.app.ProfileChecks;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.WebLink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code check SKILL ID...}: ticks statements of a skill (with a note and link), or with --clear unticks them. */
final class CheckCommand implements Command {
    static final Spec SPEC = new Spec("check",
            "check SKILL ID... [--note TEXT] [--evidence URL] [--lang en|de]  |  check SKILL ID... --clear [--lang en|de]",
            "Tick check statements of a skill (skillradar checks SKILL lists their ids), or untick them with --clear.",
            """
            Ticks each statement ID of SKILL and records it in the profile's tick history; the note and link
            go on each. Ticking again changes only a note or link given. With --clear the statements are
            unticked and their notes and links removed. Nothing is changed when an id is unknown.
              --note TEXT      a note, at most 4000 characters ("" removes it)
              --evidence URL   an http:// or https:// link to evidence ("" removes it)
              --clear          untick instead
              --lang en|de     language of the confirmation (default en)""",
            List.of("SKILL", "ID..."), 2, Set.of("--note", "--evidence", "--lang"), Set.of("--clear"));

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang"))); // an unknown language changes nothing
        Skill skill = session.skill(args.positional(0));
        boolean clear = args.has("--clear");
        String note = args.value("--note");
        String evidence = args.value("--evidence");
        if (clear && (note != null || evidence != null)) {
            throw CliException.usage("--clear unticks and removes notes and links; it takes no --note or --evidence");
        }
        if (note != null && note.strip().codePointCount(0, note.strip().length()) > Rating.MAX_NOTE_LENGTH) {
            throw CliException.usage("the note is longer than " + Rating.MAX_NOTE_LENGTH + " characters");
        }
        if (evidence != null && !evidence.isBlank()) {
            String problem = WebLink.problem(evidence.strip()).orElse(null);
            if (problem != null) {
                throw CliException.usage("the evidence link '" + evidence + "' is not accepted: " + problem);
            }
        }
        List<String> ids = statements(session.statements(), skill, args.positionals().subList(1, args.positionals().size()));
        Profile profile = session.ownProfile();
        ProfileChecks checks = session.checks();
        int removed = 0;
        if (clear) {
            removed = checks.untick(profile.id(), ids, ChangeOrigin.CLI);
        } else {
            checks.tick(profile.id(), ids, note, evidence, ChangeOrigin.CLI);
        }
        Rating rating = session.history().ratings(profile.id()).get(skill.id());
        String name = skill.name().get(texts.language());
        String listed = String.join(", ", ids);
        int checked = checks.checkedLevel(profile.id(), skill.id());
        String self = rating == null ? texts.get("check.selfRating.none") : String.valueOf(rating.level());
        session.out().println(clear
                ? texts.get("check.unticked", removed, ids.size(), name, skill.id(), profile.name(), listed, checked, self)
                : texts.get("check.ticked", ids.size(), name, skill.id(), profile.name(), listed, checked, self));
        return ExitCode.OK;
    }

    /** The ids as given (each once), all statements of {@code skill}; exit 2 naming every other one. */
    static List<String> statements(CheckCatalogue catalogue, Skill skill, List<String> given) throws CliException {
        Set<String> ids = new LinkedHashSet<>(given);
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            boolean ofSkill = catalogue.statement(id).map(CheckStatement::skillId).filter(skill.id()::equals).isPresent();
            if (!ofSkill) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw CliException.usage((unknown.size() == 1 ? "unknown statement id '" : "unknown statement ids '")
                    + String.join("', '", unknown) + "' for the skill " + skill.id() + " (skillradar checks "
                    + skill.id() + " lists them); nothing was changed");
        }
        return List.copyOf(ids);
    }
}
