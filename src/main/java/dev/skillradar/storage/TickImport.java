package dev.skillradar.storage;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.assessment.TickReplay;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tick part of an import (inside {@link ProfileRepository}'s transaction): the snapshot's tick history appended
 * in seq order with new seq numbers and its original times and origins, its ticks written, and where the history's
 * replay ({@link TickReplay}) does not end at them an IMPORT entry that makes it so, as for ratings. The profile's
 * basis becomes the snapshot's. Any id is kept; the scoring ignores those the catalogue lacks.
 */
final class TickImport {
    private TickImport() {
    }

    static void write(Connection c, long profileId, ProfileSnapshot snapshot, Instant now) throws SQLException {
        List<TickChange> appended = new ArrayList<>();
        List<TickChange> ordered = snapshot.tickHistory().stream()
                .sorted(Comparator.comparingLong(TickChange::seq)).toList();
        for (TickChange t : ordered) {
            if (t == null || t.origin() == null || t.at() == null) {
                throw SqlErrors.invalid("snapshot", String.valueOf(t), "a tick history entry lacks its time or origin");
            }
            if (t.origin() == ChangeOrigin.IMPORT_REPLACE) {
                TickRows.appendHistory(c, profileId, null, null, null, null, t.at(), t.origin());
            } else {
                if (t.ticked() == null) {
                    throw SqlErrors.invalid("snapshot", String.valueOf(t), "a tick history entry lacks ticked");
                }
                boolean ticked = t.ticked();
                TickRows.appendHistory(c, profileId, Checks.checkId(t.checkId()), ticked,
                        ticked ? Checks.note(t.note()) : null, ticked ? Checks.evidence(t.evidence()) : null,
                        t.at(), t.origin());
            }
            appended.add(t);
        }
        TickReplay replay = TickReplay.of(appended);
        Set<String> replayed = replay.finalState();
        Map<String, TickChange> deciding = replay.finalChanges();
        Set<String> seen = new HashSet<>();
        for (Tick t : snapshot.ticks()) {
            if (t == null) {
                throw SqlErrors.invalid("snapshot", "null", "a tick is missing");
            }
            String id = Checks.checkId(t.checkId());
            if (!seen.add(id)) {
                throw SqlErrors.invalid("snapshot", id, "the statement is ticked twice");
            }
            Tick clean = new Tick(id, Checks.note(t.note()), Checks.evidence(t.evidence()),
                    t.tickedAt() == null ? now : t.tickedAt());
            TickRows.insertOrReplace(c, profileId, clean);
            if (!replayed.contains(id)) {
                TickRows.appendHistory(c, profileId, id, true, clean.note(), clean.evidence(), after(deciding.get(id), now),
                        ChangeOrigin.IMPORT);
            }
        }
        for (String id : replayed) {
            if (!seen.contains(id)) {
                TickRows.appendHistory(c, profileId, id, false, null, null, after(deciding.get(id), now),
                        ChangeOrigin.IMPORT);
            }
        }
        TickRows.setBasis(c, profileId, snapshot.basis());
    }

    /** Now, or the deciding entry's time if that is later still, so that the new entry really ends the replay. */
    private static Instant after(TickChange decided, Instant now) {
        return decided != null && decided.at().isAfter(now) ? decided.at() : now;
    }
}
