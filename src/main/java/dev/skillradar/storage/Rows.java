package dev.skillradar.storage;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.storage.StorageException.Kind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The SQL shared by the repositories, on a connection whose transaction the caller controls. */
final class Rows {
    private Rows() {
    }

    /** Sorted as people expect (a collator: "Ärztin" next to "Ana"), not by SQLite's ASCII-only NOCASE. */
    static List<Profile> profiles(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, target_role_id, kind FROM profile");
             ResultSet rs = ps.executeQuery()) {
            List<Profile> result = new ArrayList<>();
            while (rs.next()) {
                result.add(profile(rs));
            }
            Collator collator = Collator.getInstance(Locale.ROOT);
            // written out: Comparator.comparing makes serializable lambdas, spun anew at every start (README, Start-up)
            result.sort((a, b) -> {
                int byName = collator.compare(a.name(), b.name());
                return byName != 0 ? byName : Long.compare(a.id(), b.id());
            });
            return result;
        }
    }

    static Optional<Profile> profile(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, target_role_id, kind FROM profile WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(profile(rs)) : Optional.empty();
            }
        }
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(rs.getLong(1), rs.getString(2), rs.getString(3), COMPARISON.equals(rs.getString(4)));
    }

    /** The {@code kind} of a comparison profile (a mentor's view, imported); one's own profiles are {@code own}. */
    static final String COMPARISON = "comparison";

    /** One's own profile (not a comparison), which alone may be rated or given a role; NOT_FOUND or INVALID. */
    static Profile requireOwnProfile(Connection c, long id) throws SQLException {
        Profile p = requireProfile(c, id);
        if (p.comparison()) {
            throw comparisonRefused(p.name());
        }
        return p;
    }

    private static StorageException comparisonRefused(String name) {
        return SqlErrors.invalid("profile", name, "it is a comparison profile (someone else’s view, imported "
                + "as a comparison): its ratings and role are not changed here");
    }

    static Profile requireProfile(Connection c, long id) throws SQLException {
        return profile(c, id).orElseThrow(() -> noSuchProfile(id));
    }

    private static StorageException noSuchProfile(long id) {
        return new StorageException(Kind.NOT_FOUND, "There is no profile with id " + id + ".",
                List.of("profile", String.valueOf(id)));
    }

    private static final String OWN_RATING = "SELECT p.name, p.kind, r.skill_id, r.level, r.note, r.evidence, r.updated_at"
            + " FROM profile p LEFT JOIN rating r ON r.profile_id = p.id AND r.skill_id = ? WHERE p.id = ?";

    /**
     * The skill's rating in one's own profile, empty if not rated: {@link #requireOwnProfile} and {@link #rating}
     * in one query on a kept statement, for the saves of the window's autosave.
     */
    static Optional<Rating> ownRating(SqlSession sql, long profileId, String skillId) throws SQLException {
        PreparedStatement ps = sql.prepared(OWN_RATING);
        ps.setString(1, skillId);
        ps.setLong(2, profileId);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw noSuchProfile(profileId);
            }
            if (COMPARISON.equals(rs.getString(2))) {
                throw comparisonRefused(rs.getString(1));
            }
            return rs.getString(3) == null ? Optional.empty() : Optional.of(new Rating(rs.getString(3), rs.getInt(4),
                    rs.getString(5), rs.getString(6), Times.parse(rs.getString(7))));
        }
    }

    /** Case-insensitive for all of Unicode (SQLite's NOCASE only folds ASCII). */
    static Optional<Profile> profileByName(Connection c, String name) throws SQLException {
        return profiles(c).stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    static Profile insertProfile(Connection c, String name, String roleId, Instant now) throws SQLException {
        return insertProfile(c, name, roleId, now, false);
    }

    static Profile insertProfile(Connection c, String name, String roleId, Instant now, boolean comparison)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO profile (name, target_role_id, created_at, kind) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, roleId);
            ps.setString(3, Times.format(now));
            ps.setString(4, comparison ? COMPARISON : "own");
            ps.executeUpdate();
        }
        long id = Sqlite.queryLong(c, "SELECT last_insert_rowid()");
        return new Profile(id, name, roleId, comparison);
    }

    static Map<String, Rating> ratings(Connection c, long profileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT skill_id, level, note, evidence, updated_at"
                + " FROM rating WHERE profile_id = ? ORDER BY skill_id")) {
            ps.setLong(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, Rating> result = new LinkedHashMap<>();
                while (rs.next()) {
                    Rating r = rating(rs);
                    result.put(r.skillId(), r);
                }
                return result;
            }
        }
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        return new Rating(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                Times.parse(rs.getString(5)));
    }

    private static final String UPSERT_RATING = "INSERT INTO rating"
            + " (profile_id, skill_id, level, note, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (profile_id, skill_id) DO UPDATE SET level = excluded.level,"
            + " note = excluded.note, evidence = excluded.evidence, updated_at = excluded.updated_at";

    static void insertOrReplaceRating(Connection c, long profileId, Rating r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_RATING)) {
            insertOrReplaceRating(ps, profileId, r);
        }
    }

    /** The same on the session's kept statement. */
    static void insertOrReplaceRating(SqlSession sql, long profileId, Rating r) throws SQLException {
        insertOrReplaceRating(sql.prepared(UPSERT_RATING), profileId, r);
    }

    private static void insertOrReplaceRating(PreparedStatement ps, long profileId, Rating r) throws SQLException {
        ps.setLong(1, profileId);
        ps.setString(2, r.skillId());
        ps.setInt(3, r.level());
        ps.setString(4, r.note());
        ps.setString(5, r.evidence());
        ps.setString(6, Times.format(r.updatedAt()));
        ps.executeUpdate();
    }

    static List<RatingChange> history(Connection c, long profileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, skill_id, old_level, new_level, changed_at,"
                + " origin FROM rating_history WHERE profile_id = ? ORDER BY seq")) {
            ps.setLong(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                List<RatingChange> result = new ArrayList<>();
                while (rs.next()) {
                    String originId = rs.getString(6);
                    ChangeOrigin origin = ChangeOrigin.fromId(originId).orElseThrow(() -> new IllegalStateException(
                            "unknown origin '" + originId + "' in rating_history"));
                    result.add(new RatingChange(rs.getLong(1), rs.getString(2), nullableInt(rs, 3),
                            nullableInt(rs, 4), Times.parse(rs.getString(5)), origin));
                }
                return result;
            }
        }
    }

    private static final String APPEND_HISTORY = "INSERT INTO rating_history"
            + " (profile_id, skill_id, old_level, new_level, changed_at, origin) VALUES (?, ?, ?, ?, ?, ?)";

    static void appendHistory(Connection c, long profileId, String skillId, Integer oldLevel, Integer newLevel,
                              Instant at, ChangeOrigin origin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(APPEND_HISTORY)) {
            appendHistory(ps, profileId, skillId, oldLevel, newLevel, at, origin);
        }
    }

    /** The same on the session's kept statement. */
    static void appendHistory(SqlSession sql, long profileId, String skillId, Integer oldLevel, Integer newLevel,
                              Instant at, ChangeOrigin origin) throws SQLException {
        appendHistory(sql.prepared(APPEND_HISTORY), profileId, skillId, oldLevel, newLevel, at, origin);
    }

    private static void appendHistory(PreparedStatement ps, long profileId, String skillId, Integer oldLevel,
                                      Integer newLevel, Instant at, ChangeOrigin origin) throws SQLException {
        ps.setLong(1, profileId);
        ps.setString(2, skillId);
        setNullableInt(ps, 3, oldLevel);
        setNullableInt(ps, 4, newLevel);
        ps.setString(5, Times.format(at));
        ps.setString(6, origin.id());
        ps.executeUpdate();
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void setNullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
