package dev.skillradar.app;

import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.storage.Database;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A profile's ratings now and as they were: its history replayed ({@link HistoryReplay}: in time order, from its
 * last replacement by an import, skills this roadmap lacks skipped), and other profiles to compare with. The
 * same reads for the radar, the History screen, {@code score --at}, {@code trend} and the report. Failures come
 * out as {@link AppProblem}. Call from the I/O thread.
 */
public final class ProfileHistory {
    private final Database db;
    private final Roadmap roadmap;

    public ProfileHistory(Database db, Roadmap roadmap) {
        this.db = db;
        this.roadmap = roadmap;
    }

    /** Every entry of the profile's history, oldest first (by seq). */
    public List<RatingChange> changes(long profileId) {
        return AppProblem.translating(() -> db.ratings().history(profileId));
    }

    /** The profile's timeline as this roadmap replays it. */
    public HistoryReplay replay(long profileId) {
        return HistoryReplay.of(changes(profileId), roadmap);
    }

    /** The profile's levels now: skill id to level, absent = not rated. */
    public Map<String, Integer> levels(long profileId) {
        return AppProblem.translating(() -> levelsOf(db.ratings().current(profileId)));
    }

    /** The profile's current ratings with their notes and evidence links: skill id to rating. */
    public Map<String, Rating> ratings(long profileId) {
        return AppProblem.translating(() -> Map.copyOf(db.ratings().current(profileId)));
    }

    /** The profile's levels as they were at {@code at} (nothing rated before its first entry). */
    public Map<String, Integer> levelsAt(long profileId, Instant at) {
        return replay(profileId).stateAt(at);
    }

    /** A profile of this data folder by name (case-insensitive), one's own or a comparison. */
    public Optional<Profile> find(String name) {
        return AppProblem.translating(() -> db.profiles().find(name));
    }

    /** Every profile, one's own and comparisons, as storage sorts them. */
    public List<Profile> profiles() {
        return AppProblem.translating(() -> db.profiles().list());
    }

    private static Map<String, Integer> levelsOf(Map<String, Rating> ratings) {
        Map<String, Integer> out = new HashMap<>();
        ratings.forEach((skill, r) -> out.put(skill, r.level()));
        return out;
    }
}
