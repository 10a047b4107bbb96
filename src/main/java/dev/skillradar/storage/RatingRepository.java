package dev.skillradar.storage;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.storage.StorageException.Kind;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A profile's current ratings (level, note, evidence link) and their append-only history; every write
 * returns only after its transaction has been committed to disk.
 */
public final class RatingRepository {
    private final SqlSession sql;
    private final Clock clock;

    RatingRepository(SqlSession sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The profile's ratings by skill id, ordered by skill id. */
    public Map<String, Rating> current(long profileId) {
        return sql.read(c -> {
            Rows.requireProfile(c, profileId);
            return Rows.ratings(c, profileId);
        });
    }

    /**
     * Sets a skill's level (0..5). A history entry is appended for a first rating and whenever the level
     * changes; setting the same level again changes nothing.
     */
    public Rating setLevel(long profileId, String skillId, int level, ChangeOrigin origin) {
        String skill = Checks.skillId(skillId);
        Checks.level(level);
        Objects.requireNonNull(origin, "origin");
        if (origin == ChangeOrigin.IMPORT_REPLACE || origin == ChangeOrigin.CONFIRM) {
            throw SqlErrors.invalid("origin", origin.id(), "the import marker or a confirmation is not a rating change");
        }
        return sql.write(c -> {
            Rating old = Rows.ownRating(sql, profileId, skill).orElse(null);
            if (old != null && old.level() == level) {
                return old;
            }
            Instant now = Times.now(clock);
            Rating updated = old == null ? new Rating(skill, level, null, null, now)
                    : new Rating(skill, level, old.note(), old.evidence(), now);
            Rows.insertOrReplaceRating(sql, profileId, updated);
            Rows.appendHistory(sql, profileId, skill, old == null ? null : old.level(), level, now, origin);
            return updated;
        });
    }

    /**
     * Sets level, and where given also note and evidence link, in ONE transaction, so that a crash
     * never leaves the level saved without the note the user typed with it. A null note or link leaves
     * the stored one as it is; a blank one clears it.
     */
    public Rating rate(long profileId, String skillId, int level, String note, String evidence, ChangeOrigin origin) {
        String skill = Checks.skillId(skillId);
        Checks.level(level);
        Objects.requireNonNull(origin, "origin");
        if (origin == ChangeOrigin.IMPORT_REPLACE || origin == ChangeOrigin.CONFIRM) {
            throw SqlErrors.invalid("origin", origin.id(), "the import marker or a confirmation is not a rating change");
        }
        String noteValue = note == null ? null : Checks.note(note);
        String evidenceValue = evidence == null ? null : Checks.evidence(evidence);
        return sql.write(c -> {
            Rating old = Rows.ownRating(sql, profileId, skill).orElse(null);
            String newNote = note != null ? noteValue : old == null ? null : old.note();
            String newEvidence = evidence != null ? evidenceValue : old == null ? null : old.evidence();
            if (old != null && old.level() == level && Objects.equals(old.note(), newNote)
                    && Objects.equals(old.evidence(), newEvidence)) {
                return old;
            }
            Instant now = Times.now(clock);
            Rating updated = new Rating(skill, level, newNote, newEvidence, now);
            Rows.insertOrReplaceRating(sql, profileId, updated);
            if (old == null || old.level() != level) {
                Rows.appendHistory(sql, profileId, skill, old == null ? null : old.level(), level, now, origin);
            }
            return updated;
        });
    }

    /** Sets or (null/blank) clears the note of a rated skill; at most {@link Rating#MAX_NOTE_LENGTH} characters. */
    public Rating setNote(long profileId, String skillId, String note) {
        String skill = Checks.skillId(skillId);
        String value = Checks.note(note);
        return sql.write(c -> {
            Rating old = requireRating(profileId, skill);
            if (Objects.equals(old.note(), value)) {
                return old;
            }
            Rating updated = new Rating(skill, old.level(), value, old.evidence(), Times.now(clock));
            Rows.insertOrReplaceRating(sql, profileId, updated);
            return updated;
        });
    }

    /** Sets or (null/blank) clears the evidence link of a rated skill; only http/https links are accepted. */
    public Rating setEvidence(long profileId, String skillId, String url) {
        String skill = Checks.skillId(skillId);
        String value = Checks.evidence(url);
        return sql.write(c -> {
            Rating old = requireRating(profileId, skill);
            if (Objects.equals(old.evidence(), value)) {
                return old;
            }
            Rating updated = new Rating(skill, old.level(), old.note(), value, Times.now(clock));
            Rows.insertOrReplaceRating(sql, profileId, updated);
            return updated;
        });
    }

    /**
     * Confirms that the ratings still hold, in ONE transaction: for each skill a history entry with origin
     * {@link ChangeOrigin#CONFIRM} and old = new = its level, now; the ratings themselves (and their
     * {@code updatedAt}) stay as they are. A skill without a rating is NOT_FOUND and nothing is confirmed.
     * Returns the entries appended, in the order of {@code skillIds}.
     */
    public List<RatingChange> confirm(long profileId, Collection<String> skillIds) {
        Objects.requireNonNull(skillIds, "skillIds");
        if (skillIds.isEmpty()) {
            throw SqlErrors.invalid("skillId", "", "name at least one skill to confirm");
        }
        LinkedHashSet<String> skills = new LinkedHashSet<>();
        skillIds.forEach(id -> skills.add(Checks.skillId(id)));
        return sql.write(c -> {
            Instant now = Times.now(clock);
            List<RatingChange> out = new ArrayList<>();
            for (String skill : skills) {
                Rating r = requireRating(profileId, skill);
                Rows.appendHistory(sql, profileId, skill, r.level(), r.level(), now, ChangeOrigin.CONFIRM);
                long seq = Sqlite.queryLong(c, "SELECT last_insert_rowid()");
                out.add(new RatingChange(seq, skill, r.level(), r.level(), now, ChangeOrigin.CONFIRM));
            }
            return out;
        });
    }

    /** The profile's history, oldest first (ordered by seq). */
    public List<RatingChange> history(long profileId) {
        return sql.read(c -> {
            Rows.requireProfile(c, profileId);
            return Rows.history(c, profileId);
        });
    }

    private Rating requireRating(long profileId, String skill) throws SQLException {
        return Rows.ownRating(sql, profileId, skill).orElseThrow(() -> new StorageException(Kind.NOT_FOUND,
                "The skill " + skill + " has no rating in profile " + profileId + " yet: rate it first.",
                List.of("rating", String.valueOf(profileId), skill)));
    }
}
