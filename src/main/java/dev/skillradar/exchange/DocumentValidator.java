package dev.skillradar.exchange;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.catalog.Level;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.WebLink;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The semantic step of an import: checks a schema-valid document against the catalogue (format version,
 * roadmap id, known skills and role, levels 0..5, http/https links, note length, no duplicate ratings,
 * increasing history, confirmations that keep their level, no time after the export, a history that ends at the
 * ratings; in format 2 the basis and the ticks, {@link TickValidator}) and converts it to the domain's
 * {@link ProfileSnapshot}.
 */
final class DocumentValidator {
    private final Roadmap roadmap;

    DocumentValidator(Roadmap roadmap) {
        this.roadmap = roadmap;
    }

    ProfileSnapshot validate(ProfileDocument d) throws InvalidDocumentException {
        checkFormat(d.format());
        if (!ExchangeFormat.APP.equals(d.app())) {
            throw InvalidDocumentException.at("/app", ImportProblem.NOT_SKILLRADAR, ExchangeFormat.APP);
        }
        if (d.appVersion().isBlank() || d.appVersion().length() > ExchangeFormat.MAX_APP_VERSION_LENGTH) {
            throw InvalidDocumentException.at("/appVersion", ImportProblem.BAD_APP_VERSION,
                    ExchangeFormat.MAX_APP_VERSION_LENGTH);
        }
        if (!roadmap.id().equals(d.roadmapId())) {
            throw InvalidDocumentException.at("/roadmapId", ImportProblem.OTHER_ROADMAP, shorten(d.roadmapId()), roadmap.id());
        }
        Instant exportedAt = instant(d.exportedAt(), "/exportedAt");
        String name = profileName(d.profile().name());
        String role = d.profile().targetRole();
        if (roadmap.role(role).isEmpty()) {
            throw InvalidDocumentException.at("/profile/targetRole", ImportProblem.UNKNOWN_ROLE, shorten(role),
                    String.join(", ", roadmap.roles().stream().map(r -> r.id()).toList()));
        }
        List<Rating> ratings = ratings(d.ratings(), d.exportedAt(), exportedAt);
        List<RatingChange> history = history(d.history(), d.exportedAt(), exportedAt);
        HistoryAgreement.check(ratings, history);
        if (d.format() < 2) {
            return new ProfileSnapshot(name, role, ratings, history);
        }
        Basis basis = Basis.fromId(d.basis()).orElseThrow(() -> InvalidDocumentException.at("/basis",
                ImportProblem.UNKNOWN_BASIS, shorten(d.basis()), basisIds()));
        TickValidator ticks = new TickValidator(d.exportedAt(), exportedAt);
        List<Tick> ticked = ticks.ticks(d.ticks());
        List<TickChange> tickHistory = ticks.history(d.tickHistory());
        TickValidator.agree(ticked, tickHistory);
        return new ProfileSnapshot(name, role, ratings, history, ticked, tickHistory, basis);
    }

    /** Formats 1 and 2 are read; anything else is refused before the schema (a newer one may have new fields). */
    static void checkFormat(int format) throws InvalidDocumentException {
        if (format < ExchangeFormat.OLDEST_FORMAT || format > ExchangeFormat.FORMAT) {
            throw InvalidDocumentException.at("/format", ImportProblem.UNSUPPORTED_FORMAT, format, ExchangeFormat.FORMAT);
        }
    }

    private List<Rating> ratings(List<ProfileDocument.RatingEntry> entries, String exportedText, Instant exportedAt)
            throws InvalidDocumentException {
        List<Rating> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ProfileDocument.RatingEntry e = entries.get(i);
            String at = Places.pointer("ratings", String.valueOf(i));
            String skill = skill(e.skill(), at + "/skill");
            if (!seen.add(skill)) {
                throw InvalidDocumentException.at(at + "/skill", ImportProblem.RATED_TWICE, skill);
            }
            level(e.level(), at + "/level");
            String note = note(e.note(), at + "/note");
            String evidence = evidence(e.evidence(), at + "/evidence");
            Instant updatedAt = instant(e.updatedAt(), at + "/updatedAt");
            notAfterExport(updatedAt, e.updatedAt(), at + "/updatedAt", exportedText, exportedAt);
            out.add(new Rating(skill, e.level(), note, evidence, updatedAt));
        }
        return out;
    }

    private List<RatingChange> history(List<ProfileDocument.HistoryEntry> entries, String exportedText,
                                       Instant exportedAt) throws InvalidDocumentException {
        List<RatingChange> out = new ArrayList<>(entries.size());
        long lastSeq = 0;
        for (int i = 0; i < entries.size(); i++) {
            ProfileDocument.HistoryEntry e = entries.get(i);
            String at = Places.pointer("history", String.valueOf(i));
            if (e.seq() <= lastSeq) {
                throw InvalidDocumentException.at(at + "/seq", ImportProblem.SEQUENCE_NOT_INCREASING, e.seq(), lastSeq);
            }
            lastSeq = e.seq();
            Instant when = instant(e.at(), at + "/at");
            ChangeOrigin origin = ChangeOrigin.fromId(e.origin()).orElseThrow(() -> InvalidDocumentException.at(
                    at + "/origin", ImportProblem.UNKNOWN_ORIGIN, shorten(e.origin()), originIds()));
            String skill = null;
            if (origin == ChangeOrigin.IMPORT_REPLACE) {
                if (e.skill() != null || e.oldLevel() != null || e.newLevel() != null) {
                    throw InvalidDocumentException.at(at, ImportProblem.REPLACE_MARKER_WITH_DATA);
                }
            } else {
                if (e.skill() == null) {
                    throw InvalidDocumentException.at(at + "/skill", ImportProblem.SKILL_MISSING);
                }
                skill = skill(e.skill(), at + "/skill");
                if (e.oldLevel() != null) {
                    level(e.oldLevel(), at + "/oldLevel");
                }
                if (e.newLevel() == null) {
                    throw InvalidDocumentException.at(at + "/newLevel", ImportProblem.NEW_LEVEL_MISSING, Level.MIN, Level.MAX);
                }
                level(e.newLevel(), at + "/newLevel");
                if (origin == ChangeOrigin.CONFIRM && !e.newLevel().equals(e.oldLevel())) {
                    throw InvalidDocumentException.at(at, ImportProblem.CONFIRM_CHANGES_LEVEL, e.oldLevel(), e.newLevel());
                }
            }
            notAfterExport(when, e.at(), at + "/at", exportedText, exportedAt);
            out.add(new RatingChange(e.seq(), skill, e.oldLevel(), e.newLevel(), when, origin));
        }
        return out;
    }

    /** The catalogue's own id string, so that 100,000 history rows share a handful of strings. */
    private String skill(String id, String at) throws InvalidDocumentException {
        return roadmap.skill(id).map(Skill::id).orElseThrow(() ->
                InvalidDocumentException.at(at, ImportProblem.UNKNOWN_SKILL, shorten(id)));
    }

    private static void level(int level, String at) throws InvalidDocumentException {
        if (!Level.isValid(level)) {
            throw InvalidDocumentException.at(at, ImportProblem.LEVEL_OUT_OF_RANGE, level, Level.MIN, Level.MAX);
        }
    }

    /** The stripped note, null for none or blank; at most {@link Rating#MAX_NOTE_LENGTH} characters. */
    static String note(String raw, String at) throws InvalidDocumentException {
        String note = raw == null ? null : raw.strip();
        int noteLength = note == null ? 0 : note.codePointCount(0, note.length());
        if (noteLength > Rating.MAX_NOTE_LENGTH) {
            throw InvalidDocumentException.at(at, ImportProblem.NOTE_TOO_LONG, noteLength, Rating.MAX_NOTE_LENGTH);
        }
        return note == null || note.isEmpty() ? null : note;
    }

    /** The stripped link, null for none; a blank link means "no link", as when it is typed in the app. */
    static String evidence(String raw, String at) throws InvalidDocumentException {
        String evidence = raw == null || raw.isBlank() ? null : raw.strip();
        if (evidence != null) {
            Optional<String> problem = WebLink.problem(evidence);
            if (problem.isPresent()) {
                throw InvalidDocumentException.at(at, linkProblem(evidence), problem.get(), WebLink.MAX_LENGTH);
            }
        }
        return evidence;
    }

    static Instant instant(String text, String at) throws InvalidDocumentException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidDocumentException.at(at, ImportProblem.BAD_TIME, shorten(text));
        }
    }

    /** Nothing in a file can have happened after the file was written. */
    static void notAfterExport(Instant when, String whenText, String at, String exportedText,
                                       Instant exportedAt) throws InvalidDocumentException {
        if (when.isAfter(exportedAt)) {
            throw InvalidDocumentException.at(at, ImportProblem.TIME_AFTER_EXPORT, shorten(whenText), shorten(exportedText));
        }
    }

    /** The trimmed name: 1 to 80 characters, no control characters (the rules storage applies). */
    private static String profileName(String raw) throws InvalidDocumentException {
        String name = raw.strip();
        int length = name.codePointCount(0, name.length());
        if (name.isEmpty() || length > Profile.MAX_NAME_LENGTH) {
            throw InvalidDocumentException.at("/profile/name", ImportProblem.PROFILE_NAME_LENGTH, Profile.MAX_NAME_LENGTH);
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidDocumentException.at("/profile/name", ImportProblem.PROFILE_NAME_CONTROL);
        }
        return name;
    }

    /** A value from the file, shortened so that a hostile file cannot flood the message (the kinds quote it). */
    static String shorten(String value) {
        String v = value.length() <= 60 ? value : value.substring(0, 57) + "...";
        return v.replaceAll("\\p{Cntrl}", "?");
    }

    /** The kind of a link {@link WebLink} refuses (WebLink decides; this only names the reason). */
    private static ImportProblem linkProblem(String link) {
        if (link.length() > WebLink.MAX_LENGTH) {
            return ImportProblem.LINK_TOO_LONG;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return ImportProblem.LINK_NOT_WEB;
            }
            return uri.getHost() == null || uri.getHost().isBlank() ? ImportProblem.LINK_NO_HOST
                    : ImportProblem.LINK_MALFORMED;
        } catch (URISyntaxException e) {
            return ImportProblem.LINK_MALFORMED;
        }
    }

    private static String basisIds() {
        List<String> ids = new ArrayList<>();
        for (Basis b : Basis.values()) {
            ids.add(b.id());
        }
        return String.join(", ", ids);
    }

    private static String originIds() {
        List<String> ids = new ArrayList<>();
        for (ChangeOrigin o : ChangeOrigin.values()) {
            ids.add(o.id());
        }
        return String.join(", ", ids);
    }
}
