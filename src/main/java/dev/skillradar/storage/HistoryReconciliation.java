package dev.skillradar.storage;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.RatingChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Migration step 2: makes every profile's history end at its ratings. Before imports had to explain their
 * ratings, a file's history could end elsewhere (or its times could contradict its sequence numbers), so a
 * replay of the history ({@link HistoryReplay}) did not always end at the stored ratings.
 *
 * <p>For each profile, the history is replayed by skill id alone (the migration has no catalogue; entries for
 * skills the catalogue no longer has are reconciled too, which is harmless, since the app's replay skips them).
 * For every rating whose level the replay does not end at (or does not know), one entry is appended: origin
 * {@code import} (the difference came from an import), old level = the replayed one (null if none), new level =
 * the stored one, with the normal next seq. Its time is the rating's {@code updated_at}: every write of the row
 * sets it, so the stored level has held at least since then, and an earlier time would claim a past we do not
 * know. Where the replay's deciding entry for the skill is later still, that entry's time is used instead (the
 * new entry wins the tie by its higher seq), so the replay really ends at the rating. A skill the replay rates
 * but that has no rating is left as it is: the history cannot record "not rated".
 *
 * <p>The SQL is that of schema version 1, written here rather than shared with {@link Rows}, so that later
 * changes to the tables and to Rows do not change what this released step does. Running it again adds nothing.
 */
final class HistoryReconciliation {
    private HistoryReconciliation() {
    }

    static void run(Connection c) throws SQLException {
        for (long profileId : profileIds(c)) {
            reconcile(c, profileId);
        }
    }

    /** Appends the entries one profile needs; returns how many. */
    static int reconcile(Connection c, long profileId) throws SQLException {
        HistoryReplay replay = HistoryReplay.ofAllSkills(history(c, profileId));
        Map<String, Integer> replayed = replay.finalState();
        Map<String, RatingChange> deciding = replay.finalChanges();
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT skill_id, level, updated_at FROM rating WHERE profile_id = ? ORDER BY skill_id")) {
            ps.setLong(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String skill = rs.getString(1);
                    int level = rs.getInt(2);
                    Integer old = replayed.get(skill);
                    if (old != null && old == level) {
                        continue;
                    }
                    Instant at = Instant.parse(rs.getString(3));
                    RatingChange last = deciding.get(skill);
                    if (last != null && last.at().isAfter(at)) {
                        at = last.at();
                    }
                    append(c, profileId, skill, old, level, at);
                    added++;
                }
            }
        }
        return added;
    }

    private static List<Long> profileIds(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM profile ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** A row without a skill is the import-replace marker (schema 1 checks this), whatever its origin text. */
    private static List<RatingChange> history(Connection c, long profileId) throws SQLException {
        List<RatingChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, skill_id, old_level, new_level, changed_at, origin"
                + " FROM rating_history WHERE profile_id = ? ORDER BY seq")) {
            ps.setLong(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String skill = rs.getString(2);
                    int newLevel = rs.getInt(4);
                    boolean hasNew = !rs.wasNull();
                    ChangeOrigin origin = skill == null ? ChangeOrigin.IMPORT_REPLACE
                            : ChangeOrigin.fromId(rs.getString(6)).orElse(ChangeOrigin.APP);
                    if (skill != null && !hasNew) {
                        continue; // cannot exist under schema 1's checks; nothing to replay
                    }
                    out.add(new RatingChange(rs.getLong(1), skill, null, skill == null ? null : newLevel,
                            Instant.parse(rs.getString(5)), origin));
                }
            }
        }
        return out;
    }

    private static void append(Connection c, long profileId, String skill, Integer oldLevel, int newLevel, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rating_history"
                + " (profile_id, skill_id, old_level, new_level, changed_at, origin) VALUES (?, ?, ?, ?, ?, 'import')")) {
            ps.setLong(1, profileId);
            ps.setString(2, skill);
            if (oldLevel == null) {
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setInt(3, oldLevel);
            }
            ps.setInt(4, newLevel);
            ps.setString(5, DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS)));
            ps.executeUpdate();
        }
    }
}
