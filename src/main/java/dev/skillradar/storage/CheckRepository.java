package dev.skillradar.storage;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A profile's ticked check statements (with an optional note and evidence link each) and their append-only
 * history: every tick, untick and change of a tick's note or link is an entry. Storage knows no catalogue, so any
 * well-formed id is kept (a tick on an id the catalogue lacks is kept and ignored by the scoring). A comparison
 * profile is never ticked. Every write returns only after its transaction has been committed to disk.
 */
public final class CheckRepository {
    private final SqlSession sql;
    private final Clock clock;

    CheckRepository(SqlSession sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The profile's ticks by statement id, ordered by id. */
    public Map<String, Tick> ticks(long profileId) {
        return sql.read(c -> {
            Rows.requireProfile(c, profileId);
            return TickRows.ticks(c, profileId);
        });
    }

    /** The profile's tick history, oldest first (by seq). */
    public List<TickChange> history(long profileId) {
        return sql.read(c -> {
            Rows.requireProfile(c, profileId);
            return TickRows.history(c, profileId);
        });
    }

    /**
     * Ticks the statements in ONE transaction, each with the note and link given: null leaves a tick's stored
     * note or link as it is (none for a new tick), blank clears it; at most {@code Rating.MAX_NOTE_LENGTH}
     * characters, http(s) links only. A history entry is appended for each statement whose tick, note or link
     * changed; ticking again with the same note and link changes nothing. Returns the ticks as stored.
     */
    public List<Tick> tick(long profileId, Collection<String> checkIds, String note, String evidence,
                           ChangeOrigin origin) {
        Set<String> ids = ids(checkIds);
        origin(origin);
        String noteValue = note == null ? null : Checks.note(note);
        String evidenceValue = evidence == null ? null : Checks.evidence(evidence);
        return sql.write(c -> {
            Rows.requireOwnProfile(c, profileId);
            Instant now = Times.now(clock);
            List<Tick> out = new ArrayList<>();
            for (String id : ids) {
                Tick old = TickRows.tick(c, profileId, id).orElse(null);
                String newNote = note != null ? noteValue : old == null ? null : old.note();
                String newEvidence = evidence != null ? evidenceValue : old == null ? null : old.evidence();
                if (old != null && Objects.equals(old.note(), newNote) && Objects.equals(old.evidence(), newEvidence)) {
                    out.add(old);
                    continue;
                }
                Tick updated = new Tick(id, newNote, newEvidence, old == null ? now : old.tickedAt());
                TickRows.insertOrReplace(c, profileId, updated);
                TickRows.appendHistory(c, profileId, id, true, newNote, newEvidence, now, origin);
                out.add(updated);
            }
            return out;
        });
    }

    /**
     * Unticks the statements in ONE transaction, removing their notes and links; a history entry for each that was
     * ticked. Returns how many were ticked.
     */
    public int untick(long profileId, Collection<String> checkIds, ChangeOrigin origin) {
        Set<String> ids = ids(checkIds);
        origin(origin);
        return sql.write(c -> {
            Rows.requireOwnProfile(c, profileId);
            Instant now = Times.now(clock);
            int removed = 0;
            for (String id : ids) {
                if (TickRows.tick(c, profileId, id).isPresent()) {
                    TickRows.delete(c, profileId, id);
                    TickRows.appendHistory(c, profileId, id, false, null, null, now, origin);
                    removed++;
                }
            }
            return removed;
        });
    }

    private static Set<String> ids(Collection<String> checkIds) {
        Objects.requireNonNull(checkIds, "checkIds");
        if (checkIds.isEmpty()) {
            throw SqlErrors.invalid("checkId", "", "name at least one statement");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : checkIds) {
            ids.add(Checks.checkId(id));
        }
        return ids;
    }

    private static void origin(ChangeOrigin origin) {
        Objects.requireNonNull(origin, "origin");
        if (origin == ChangeOrigin.IMPORT_REPLACE || origin == ChangeOrigin.CONFIRM) {
            throw SqlErrors.invalid("origin", origin.id(), "it is not a tick of a statement");
        }
    }
}
