package dev.skillradar.storage;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of ticks, their history and the scoring basis (schema 4), on a connection the caller controls. */
final class TickRows {
    private TickRows() {
    }

    static Map<String, Tick> ticks(Connection c, long profileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT check_id, note, evidence, ticked_at FROM check_tick"
                + " WHERE profile_id = ? ORDER BY check_id")) {
            ps.setLong(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, Tick> out = new LinkedHashMap<>();
                while (rs.next()) {
                    out.put(rs.getString(1), new Tick(rs.getString(1), rs.getString(2), rs.getString(3),
                            Times.parse(rs.getString(4))));
                }
                return out;
            }
        }
    }

    static Optional<Tick> tick(Connection c, long profileId, String checkId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT check_id, note, evidence, ticked_at FROM check_tick"
                + " WHERE profile_id = ? AND check_id = ?")) {
            ps.setLong(1, profileId);
            ps.setString(2, checkId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Tick(rs.getString(1), rs.getString(2), rs.getString(3),
                        Times.parse(rs.getString(4)))) : Optional.empty();
            }
        }
    }

    static void insertOrReplace(Connection c, long profileId, Tick t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO check_tick"
                + " (profile_id, check_id, note, evidence, ticked_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (profile_id, check_id) DO UPDATE SET note = excluded.note,"
                + " evidence = excluded.evidence, ticked_at = excluded.ticked_at")) {
            ps.setLong(1, profileId);
            ps.setString(2, t.checkId());
            ps.setString(3, t.note());
            ps.setString(4, t.evidence());
            ps.setString(5, Times.format(t.tickedAt()));
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, long profileId, String checkId) throws SQLException {
        Rows.update(c, "DELETE FROM check_tick WHERE profile_id = ? AND check_id = ?", profileId, checkId);
    }

    static List<TickChange> history(Connection c, long profileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, check_id, ticked, note, evidence, changed_at, origin"
                + " FROM check_history WHERE profile_id = ? ORDER BY seq")) {
            ps.setLong(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                List<TickChange> out = new ArrayList<>();
                while (rs.next()) {
                    String originId = rs.getString(7);
                    ChangeOrigin origin = ChangeOrigin.fromId(originId).orElseThrow(() -> new IllegalStateException(
                            "unknown origin '" + originId + "' in check_history"));
                    int ticked = rs.getInt(3);
                    Boolean value = rs.wasNull() ? null : ticked == 1;
                    out.add(new TickChange(rs.getLong(1), rs.getString(2), value, rs.getString(4), rs.getString(5),
                            Times.parse(rs.getString(6)), origin));
                }
                return out;
            }
        }
    }

    /** Appends an entry; {@code checkId} and {@code ticked} null make an import-replace marker. */
    static void appendHistory(Connection c, long profileId, String checkId, Boolean ticked, String note,
                              String evidence, Instant at, ChangeOrigin origin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO check_history"
                + " (profile_id, check_id, ticked, note, evidence, changed_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, profileId);
            ps.setString(2, checkId);
            if (ticked == null) {
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setInt(3, ticked ? 1 : 0);
            }
            ps.setString(4, note);
            ps.setString(5, evidence);
            ps.setString(6, Times.format(at));
            ps.setString(7, origin.id());
            ps.executeUpdate();
        }
    }

    static Basis basis(Connection c, long profileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT basis FROM profile WHERE id = ?")) {
            ps.setLong(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                String id = rs.next() ? rs.getString(1) : null;
                return Basis.fromId(id).orElse(Basis.SELF);
            }
        }
    }

    static void setBasis(Connection c, long profileId, Basis basis) throws SQLException {
        Rows.update(c, "UPDATE profile SET basis = ? WHERE id = ?", basis.id(), profileId);
    }
}
