package dev.skillradar.storage;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.storage.StorageException.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The learner's profiles (unique names, case-insensitive), plus export and import of one profile as a
 * {@link ProfileSnapshot}.
 */
public final class ProfileRepository {
    /** Name of the profile created on first start. */
    public static final String DEFAULT_NAME = "default";

    private final SqlSession sql;
    private final Clock clock;
    private final BackupService backups;

    ProfileRepository(SqlSession sql, Clock clock, BackupService backups) {
        this.sql = sql;
        this.clock = clock;
        this.backups = backups;
    }

    /** All profiles by name. */
    public List<Profile> list() {
        return sql.read(Rows::profiles);
    }

    /** The profile with this name (trimmed, case-insensitive). */
    public Optional<Profile> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.strip();
        return sql.read(c -> Rows.profileByName(c, trimmed));
    }

    /** A new profile; CONFLICT when the name is taken (ignoring case). */
    public Profile create(String name, String targetRoleId) {
        String n = Checks.profileName(name);
        String role = Checks.roleId(targetRoleId);
        return sql.write(c -> {
            requireFreeName(c, n, -1);
            return Rows.insertProfile(c, n, role, Times.now(clock));
        });
    }

    /**
     * The profile used when none is named: the one called "default" if it exists; otherwise, when there
     * are no profiles at all, a new "default" profile aiming for {@code roleIdForNew} (the catalogue's
     * default role: storage knows no catalogue); otherwise the oldest profile (so renaming or deleting
     * "default" does not make it come back while other profiles exist).
     */
    public Profile getOrCreateDefault(String roleIdForNew) {
        String role = Checks.roleId(roleIdForNew);
        return sql.write(c -> getOrCreateDefault(c, role, Times.now(clock)));
    }

    static Profile getOrCreateDefault(Connection c, String roleIdForNew, Instant now) throws SQLException {
        Optional<Profile> named = Rows.profileByName(c, DEFAULT_NAME).filter(p -> !p.comparison());
        if (named.isPresent()) {
            return named.get();
        }
        List<Profile> all = Rows.profiles(c).stream().filter(p -> !p.comparison()).toList();
        if (all.isEmpty()) {
            return Rows.insertProfile(c, DEFAULT_NAME, roleIdForNew, now);
        }
        return all.stream().min(Comparator.comparingLong(Profile::id)).orElseThrow();
    }

    public void rename(long profileId, String newName) {
        String n = Checks.profileName(newName);
        sql.write(c -> {
            Rows.requireProfile(c, profileId);
            requireFreeName(c, n, profileId);
            return Rows.update(c, "UPDATE profile SET name = ? WHERE id = ?", n, profileId);
        });
    }

    /** Deletes the profile with its ratings and history. */
    public void delete(long profileId) {
        sql.write(c -> {
            Rows.requireProfile(c, profileId);
            return Rows.update(c, "DELETE FROM profile WHERE id = ?", profileId);
        });
    }

    public void setTargetRole(long profileId, String roleId) {
        String role = Checks.roleId(roleId);
        sql.write(c -> {
            Rows.requireOwnProfile(c, profileId);
            return Rows.update(c, "UPDATE profile SET target_role_id = ? WHERE id = ?", role, profileId);
        });
    }

    /** The profile's scoring basis (self for every profile from before the checks). */
    public Basis basis(long profileId) {
        return sql.read(c -> {
            Rows.requireProfile(c, profileId);
            return TickRows.basis(c, profileId);
        });
    }

    /** Sets what the profile is scored on; a comparison profile's basis is not changed here (INVALID). */
    public void setBasis(long profileId, Basis basis) {
        Objects.requireNonNull(basis, "basis");
        sql.write(c -> {
            Rows.requireOwnProfile(c, profileId);
            TickRows.setBasis(c, profileId, basis);
            return null;
        });
    }

    /** Everything of one profile for export, read in one consistent transaction. */
    public ProfileSnapshot snapshot(long profileId) {
        return sql.read(c -> {
            Profile p = Rows.requireProfile(c, profileId);
            return new ProfileSnapshot(p.name(), p.targetRoleId(), List.copyOf(Rows.ratings(c, profileId).values()),
                    Rows.history(c, profileId), List.copyOf(TickRows.ticks(c, profileId).values()),
                    TickRows.history(c, profileId), TickRows.basis(c, profileId));
        });
    }

    /**
     * Imports a snapshot into the profile named {@code targetProfileName} (created if missing, its target
     * role set to the snapshot's), in one transaction after a backup of the whole database.
     * <ul>
     *   <li>If the profile has ratings or ticks and {@code replace} is false: CONFLICT ("profileHasRatings").</li>
     *   <li>With {@code replace} on an existing profile: an IMPORT_REPLACE marker is appended to its
     *       history and its ratings are removed.</li>
     *   <li>The snapshot's history is appended in seq order (new seq numbers, original times and origins);
     *       where its replay ({@link HistoryReplay}: time order, from its last import-replace entry) does not end
     *       at an imported rating's level, an IMPORT entry records that level.</li>
     *   <li>Ticks the same way: with {@code replace} an IMPORT_REPLACE marker in the tick history and the ticks
     *       removed; the snapshot's tick history appended; an IMPORT entry where its replay does not end at the
     *       snapshot's ticks. The profile's basis becomes the snapshot's.</li>
     * </ul>
     * Anything invalid in the snapshot aborts the whole import, leaving the database as it was.
     */
    public Profile importSnapshot(String targetProfileName, ProfileSnapshot snapshot, boolean replace) {
        String name = Checks.profileName(targetProfileName);
        Objects.requireNonNull(snapshot, "snapshot");
        String role = Checks.roleId(snapshot.targetRoleId());
        sql.read(c -> {
            Optional<Profile> existing = Rows.profileByName(c, name);
            if (existing.isPresent()) {
                Rows.requireOwnProfile(c, existing.get().id());
            }
            if (existing.isPresent() && !replace && hasData(c, existing.get().id())) {
                throw hasRatings(existing.get().name());
            }
            return null;
        });
        backups.backupNow("before-import");
        return sql.write(c -> {
            Instant now = Times.now(clock);
            Optional<Profile> existing = Rows.profileByName(c, name);
            Profile profile;
            if (existing.isPresent()) {
                profile = new Profile(existing.get().id(), existing.get().name(), role);
                if (!replace && hasData(c, profile.id())) {
                    throw hasRatings(profile.name()); // a rating arrived since the check above
                }
                if (replace) {
                    Rows.appendHistory(c, profile.id(), null, null, null, now, ChangeOrigin.IMPORT_REPLACE);
                    Rows.update(c, "DELETE FROM rating WHERE profile_id = ?", profile.id());
                    if (!TickRows.history(c, profile.id()).isEmpty()) {
                        TickRows.appendHistory(c, profile.id(), null, null, null, null, now, ChangeOrigin.IMPORT_REPLACE);
                    }
                    Rows.update(c, "DELETE FROM check_tick WHERE profile_id = ?", profile.id());
                }
                Rows.update(c, "UPDATE profile SET target_role_id = ? WHERE id = ?", role, profile.id());
            } else {
                profile = Rows.insertProfile(c, name, role, now);
            }
            HistoryReplay replay = HistoryReplay.ofAllSkills(appendHistory(c, profile.id(), snapshot.history()));
            writeRatings(c, profile.id(), snapshot.ratings(), replay, now);
            TickImport.write(c, profile.id(), snapshot, now);
            return profile;
        });
    }

    /**
     * Imports someone else's view of a learner (a mentor's export) as a comparison profile named
     * {@code name}: created if missing, or, when a comparison of that name exists (the same file imported
     * again), replaced whole, with a fresh timeline. A comparison is never rated here, never the last profile,
     * and never mixed into one's own. An own profile of that name: CONFLICT.
     */
    public Profile importComparison(String name, ProfileSnapshot snapshot) {
        String n = Checks.profileName(name);
        Objects.requireNonNull(snapshot, "snapshot");
        String role = Checks.roleId(snapshot.targetRoleId());
        backups.backupNow("before-import");
        return sql.write(c -> {
            Instant now = Times.now(clock);
            Optional<Profile> existing = Rows.profileByName(c, n);
            Profile profile;
            if (existing.isPresent()) {
                if (!existing.get().comparison()) {
                    throw new StorageException(Kind.CONFLICT, "There is already a profile called " + n + ".",
                            List.of("name", n));
                }
                profile = new Profile(existing.get().id(), existing.get().name(), role, true);
                Rows.update(c, "DELETE FROM rating WHERE profile_id = ?", profile.id());
                Rows.update(c, "DELETE FROM rating_history WHERE profile_id = ?", profile.id());
                Rows.update(c, "DELETE FROM check_tick WHERE profile_id = ?", profile.id());
                Rows.update(c, "DELETE FROM check_history WHERE profile_id = ?", profile.id());
                Rows.update(c, "UPDATE profile SET target_role_id = ? WHERE id = ?", role, profile.id());
            } else {
                profile = Rows.insertProfile(c, n, role, now, true);
            }
            HistoryReplay replay = HistoryReplay.ofAllSkills(appendHistory(c, profile.id(), snapshot.history()));
            writeRatings(c, profile.id(), snapshot.ratings(), replay, now);
            TickImport.write(c, profile.id(), snapshot, now);
            return profile;
        });
    }

    /** Appends the snapshot's history and returns it as checked (the profile's timeline from now on). */
    private static List<RatingChange> appendHistory(Connection c, long profileId, List<RatingChange> history)
            throws SQLException {
        List<RatingChange> appended = new ArrayList<>();
        List<RatingChange> ordered = history.stream().sorted(Comparator.comparingLong(RatingChange::seq)).toList();
        for (RatingChange change : ordered) {
            if (change == null || change.origin() == null || change.at() == null) {
                throw SqlErrors.invalid("snapshot", String.valueOf(change), "a history entry lacks its time or origin");
            }
            if (change.origin() == ChangeOrigin.IMPORT_REPLACE) {
                Rows.appendHistory(c, profileId, null, null, null, change.at(), change.origin());
                appended.add(change);
                continue;
            }
            if (change.newLevel() == null) {
                throw SqlErrors.invalid("snapshot", String.valueOf(change), "a history entry lacks its new level");
            }
            String skill = Checks.skillId(change.skillId());
            Integer oldLevel = Checks.optionalLevel(change.oldLevel());
            int newLevel = Checks.level(change.newLevel());
            Rows.appendHistory(c, profileId, skill, oldLevel, newLevel, change.at(), change.origin());
            appended.add(change);
        }
        return appended;
    }

    /**
     * Writes the ratings; where the replay of the snapshot's history does not end at a rating's level, an
     * IMPORT entry records it, at the import's time (or at the deciding entry's time if that is later still),
     * so that the profile's replayed history always ends at its ratings.
     */
    private static void writeRatings(Connection c, long profileId, List<Rating> ratings, HistoryReplay replay,
                                     Instant now) throws SQLException {
        Map<String, Integer> lastLevel = replay.finalState();
        Map<String, RatingChange> deciding = replay.finalChanges();
        Set<String> seen = new HashSet<>();
        for (Rating r : ratings) {
            if (r == null) {
                throw SqlErrors.invalid("snapshot", "null", "a rating is missing");
            }
            String skill = Checks.skillId(r.skillId());
            if (!seen.add(skill)) {
                throw SqlErrors.invalid("snapshot", skill, "the skill is rated twice");
            }
            int level = Checks.level(r.level());
            Rating clean = new Rating(skill, level, Checks.note(r.note()), Checks.evidence(r.evidence()),
                    r.updatedAt() == null ? now : r.updatedAt());
            Rows.insertOrReplaceRating(c, profileId, clean);
            Integer last = lastLevel.get(skill);
            if (last == null || last != level) {
                RatingChange decided = deciding.get(skill);
                Instant at = decided != null && decided.at().isAfter(now) ? decided.at() : now;
                Rows.appendHistory(c, profileId, skill, last, level, at, ChangeOrigin.IMPORT);
            }
        }
    }

    /** Ratings or ticks: what an import without replace must not mix with the file's. */
    private static boolean hasData(Connection c, long profileId) throws SQLException {
        return !Rows.ratings(c, profileId).isEmpty() || !TickRows.ticks(c, profileId).isEmpty();
    }

    private static void requireFreeName(Connection c, String name, long exceptId) throws SQLException {
        Optional<Profile> holder = Rows.profileByName(c, name);
        if (holder.isPresent() && holder.get().id() != exceptId) {
            throw new StorageException(Kind.CONFLICT, "A profile named \"" + holder.get().name()
                    + "\" already exists.", List.of("profileName", holder.get().name()));
        }
    }

    private static StorageException hasRatings(String name) {
        return new StorageException(Kind.CONFLICT, "The profile \"" + name + "\" already has ratings: import with"
                + " replace to overwrite them, or import into another profile.", List.of("profileHasRatings", name));
    }
}
