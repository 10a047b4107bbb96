package dev.skillradar.exchange;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.catalog.Level;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.WebLink;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The semantic step of an import: checks a schema-valid document against the catalogue (format version,
 * roadmap id, known skills and role, levels 0..5, http/https links, note length, no duplicate ratings,
 * increasing history) and converts it to the domain's {@link ProfileSnapshot}.
 */
final class DocumentValidator {
    private final Roadmap roadmap;

    DocumentValidator(Roadmap roadmap) {
        this.roadmap = roadmap;
    }

    ProfileSnapshot validate(ProfileDocument d) throws InvalidDocumentException {
        checkFormat(d.format());
        if (!ExchangeFormat.APP.equals(d.app())) {
            throw new InvalidDocumentException("/app", "expected \"" + ExchangeFormat.APP
                    + "\": this is not a SkillRadar profile file");
        }
        if (d.appVersion().isBlank() || d.appVersion().length() > ExchangeFormat.MAX_APP_VERSION_LENGTH) {
            throw new InvalidDocumentException("/appVersion", "expected a version of 1 to "
                    + ExchangeFormat.MAX_APP_VERSION_LENGTH + " characters");
        }
        if (!roadmap.id().equals(d.roadmapId())) {
            throw new InvalidDocumentException("/roadmapId", "the profile was made for the roadmap " + quote(d.roadmapId())
                    + ", not '" + roadmap.id() + "'");
        }
        instant(d.exportedAt(), "/exportedAt");
        String name = profileName(d.profile().name());
        String role = d.profile().targetRole();
        if (roadmap.role(role).isEmpty()) {
            throw new InvalidDocumentException("/profile/targetRole", "unknown role " + quote(role) + " (known: "
                    + String.join(", ", roadmap.roles().stream().map(r -> r.id()).toList()) + ")");
        }
        return new ProfileSnapshot(name, role, ratings(d.ratings()), history(d.history()));
    }

    static void checkFormat(int format) throws InvalidDocumentException {
        if (format != ExchangeFormat.FORMAT) {
            throw new InvalidDocumentException("/format", "format version " + format
                    + " is not supported (this version of SkillRadar reads format " + ExchangeFormat.FORMAT + ")");
        }
    }

    private List<Rating> ratings(List<ProfileDocument.RatingEntry> entries) throws InvalidDocumentException {
        List<Rating> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ProfileDocument.RatingEntry e = entries.get(i);
            String at = Places.pointer("ratings", String.valueOf(i));
            String skill = skill(e.skill(), at + "/skill");
            if (!seen.add(skill)) {
                throw new InvalidDocumentException(at + "/skill", "skill '" + skill + "' is rated twice");
            }
            level(e.level(), at + "/level");
            String note = e.note() == null ? null : e.note().strip();
            int noteLength = note == null ? 0 : note.codePointCount(0, note.length());
            if (noteLength > Rating.MAX_NOTE_LENGTH) {
                throw new InvalidDocumentException(at + "/note", "the note has " + noteLength
                        + " characters, more than the " + Rating.MAX_NOTE_LENGTH + " allowed");
            }
            // A blank link means "no link", as when it is typed in the app.
            String evidence = e.evidence() == null || e.evidence().isBlank() ? null : e.evidence().strip();
            if (evidence != null) {
                Optional<String> problem = WebLink.problem(evidence);
                if (problem.isPresent()) {
                    throw new InvalidDocumentException(at + "/evidence", problem.get());
                }
            }
            out.add(new Rating(skill, e.level(), note == null || note.isEmpty() ? null : note, evidence,
                    instant(e.updatedAt(), at + "/updatedAt")));
        }
        return out;
    }

    private List<RatingChange> history(List<ProfileDocument.HistoryEntry> entries) throws InvalidDocumentException {
        List<RatingChange> out = new ArrayList<>(entries.size());
        long lastSeq = 0;
        for (int i = 0; i < entries.size(); i++) {
            ProfileDocument.HistoryEntry e = entries.get(i);
            String at = Places.pointer("history", String.valueOf(i));
            if (e.seq() <= lastSeq) {
                throw new InvalidDocumentException(at + "/seq", "sequence numbers must be positive and increase (found "
                        + e.seq() + " after " + lastSeq + ")");
            }
            lastSeq = e.seq();
            Instant when = instant(e.at(), at + "/at");
            ChangeOrigin origin = ChangeOrigin.fromId(e.origin()).orElseThrow(() -> new InvalidDocumentException(
                    at + "/origin", "unknown origin " + quote(e.origin()) + " (known: " + originIds() + ")"));
            String skill = null;
            if (origin == ChangeOrigin.IMPORT_REPLACE) {
                if (e.skill() != null || e.oldLevel() != null || e.newLevel() != null) {
                    throw new InvalidDocumentException(at, "an import-replace entry has no skill and no levels");
                }
            } else {
                if (e.skill() == null) {
                    throw new InvalidDocumentException(at + "/skill", "expected a skill id, found null");
                }
                skill = skill(e.skill(), at + "/skill");
                if (e.oldLevel() != null) {
                    level(e.oldLevel(), at + "/oldLevel");
                }
                if (e.newLevel() == null) {
                    throw new InvalidDocumentException(at + "/newLevel", "expected a level 0 to 5, found null");
                }
                level(e.newLevel(), at + "/newLevel");
            }
            out.add(new RatingChange(e.seq(), skill, e.oldLevel(), e.newLevel(), when, origin));
        }
        return out;
    }

    /** The catalogue's own id string, so that 100,000 history rows share a handful of strings. */
    private String skill(String id, String at) throws InvalidDocumentException {
        return roadmap.skill(id).map(Skill::id).orElseThrow(() ->
                new InvalidDocumentException(at, "unknown skill " + quote(id)));
    }

    private static void level(int level, String at) throws InvalidDocumentException {
        if (!Level.isValid(level)) {
            throw new InvalidDocumentException(at, "level " + level + " is outside " + Level.MIN + " to " + Level.MAX);
        }
    }

    private static Instant instant(String text, String at) throws InvalidDocumentException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidDocumentException(at, quote(text) + " is not an ISO-8601 time such as 2026-01-31T12:00:00Z");
        }
    }

    /** The trimmed name: 1 to 80 characters, no control characters (the rules storage applies). */
    private static String profileName(String raw) throws InvalidDocumentException {
        String name = raw.strip();
        int length = name.codePointCount(0, name.length());
        if (name.isEmpty() || length > Profile.MAX_NAME_LENGTH) {
            throw new InvalidDocumentException("/profile/name", "a profile name has 1 to " + Profile.MAX_NAME_LENGTH
                    + " characters and is not blank");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidDocumentException("/profile/name", "a profile name has no control characters or line breaks");
        }
        return name;
    }

    /** A value from the file in quotes, shortened so that a hostile file cannot flood the message. */
    private static String quote(String value) {
        String v = value.length() <= 60 ? value : value.substring(0, 57) + "...";
        return "'" + v.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private static String originIds() {
        List<String> ids = new ArrayList<>();
        for (ChangeOrigin o : ChangeOrigin.values()) {
            ids.add(o.id());
        }
        return String.join(", ", ids);
    }
}
