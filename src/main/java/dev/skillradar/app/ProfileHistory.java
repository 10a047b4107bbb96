package dev.skillradar.app;

import dev.skillradar.assessment.AssessmentTimeline;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.CheckedLevels;
import dev.skillradar.assessment.Drift;
import dev.skillradar.assessment.DriftTrend;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.Reconfirmation;
import dev.skillradar.assessment.ScoredLevels;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.assessment.TickEvents;
import dev.skillradar.assessment.TickReplay;
import dev.skillradar.assessment.TrendPeriod;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.storage.Database;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A profile's ratings now and as they were: its history replayed ({@link HistoryReplay}: in time order, from its
 * last replacement by an import, skills this roadmap lacks skipped), and other profiles to compare with. The
 * same reads for the radar, the History screen, {@code score --at}, {@code trend} and the report. With its ticks
 * ({@link AssessmentTimeline}): the levels scored on a {@link Basis} now and then, the check-based levels, the drift
 * now and over time, and the stale ratings. Failures come out as {@link AppProblem} (a broken checks file as
 * {@link AppProblem.Kind#CATALOG}). Call from the I/O thread.
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

    /** The profile's scoring basis. */
    public Basis basis(long profileId) {
        return AppProblem.translating(() -> db.profiles().basis(profileId));
    }

    /** The profile's tick history replayed (every id kept; the scoring ignores those the catalogue lacks). */
    public TickReplay tickReplay(long profileId) {
        return TickReplay.of(tickChanges(profileId));
    }

    /**
     * The profile's ratings and ticks over time, with this roadmap's statements (none for a format-1 roadmap). The
     * statements are read only when there is a tick to interpret: a profile that never ticked one scores as before,
     * even with a catalogue whose checks file is missing.
     */
    public AssessmentTimeline timeline(long profileId) {
        return timeline(profileId, changes(profileId));
    }

    /** {@link #timeline(long)} on the profile's rating history {@code changes} read already ({@link #changes}). */
    public AssessmentTimeline timeline(long profileId, List<RatingChange> changes) {
        return timeline(changes, tickChanges(profileId));
    }

    /** {@link #timeline(long)} on the profile's rating and tick histories read already. */
    public AssessmentTimeline timeline(List<RatingChange> changes, List<TickChange> tickChanges) {
        TickReplay ticks = TickReplay.of(tickChanges);
        return AssessmentTimeline.of(HistoryReplay.of(changes, roadmap), ticks,
                ticks.isEmpty() ? null : checks().orElse(null));
    }

    /** Every entry of the profile's tick history, oldest first (by seq), markers and replaced entries included. */
    public List<TickChange> tickChanges(long profileId) {
        return AppProblem.translating(() -> db.checks().history(profileId));
    }

    /**
     * The tick history {@code tickChanges} as a timeline lists it ({@link TickEvents}, seq order); empty for a roadmap
     * without statements, where no tick means anything. The statements are read only when there is an entry.
     */
    public List<TickEvents.Event> tickEvents(List<TickChange> tickChanges) {
        if (tickChanges.isEmpty()) {
            return List.of();
        }
        return checks().map(c -> TickEvents.of(tickChanges, c)).orElse(List.of());
    }

    /** The check-based level now of every skill with a tick; empty for a roadmap without statements. */
    public Map<String, Integer> checkedLevels(long profileId) {
        Set<String> ticked = AppProblem.translating(() -> db.checks().ticks(profileId).keySet());
        if (ticked.isEmpty()) {
            return Map.of(); // nothing to interpret: the statements are not read
        }
        return checks().map(c -> CheckedLevels.of(c, ticked)).orElse(Map.of());
    }

    /**
     * The levels to score now on {@code basis} ({@link ScoredLevels}): what readiness, the radar and the report take.
     * On a basis with checks the roadmap must have statements ({@link AppProblem.Kind#INVALID_VALUE} otherwise).
     */
    public Map<String, Integer> scoredLevels(long profileId, Basis basis) {
        requireChecks(basis);
        return ScoredLevels.of(basis, levels(profileId), basis == Basis.SELF ? Map.of() : checkedLevels(profileId));
    }

    /** The levels scored on {@code basis} as they were at {@code at}, ratings and ticks replayed. */
    public Map<String, Integer> scoredLevelsAt(long profileId, Basis basis, Instant at) {
        requireChecks(basis);
        return timeline(profileId).at(at).scored(basis);
    }

    /** How far the self-ratings drift from the checks now, per area and overall. */
    public Drift drift(long profileId) {
        return Drift.of(roadmap, levels(profileId), checkedLevels(profileId));
    }

    /** The drift at the end of each period in which a rating or a tick changed. */
    public List<DriftTrend.Point> driftTrend(long profileId, TrendPeriod every, ZoneId zone) {
        return new DriftTrend(roadmap).of(timeline(profileId), every, zone);
    }

    /** The ratings to confirm again at {@code now}, after the data folder's re-confirmation period. */
    public List<Reconfirmation.Stale> stale(long profileId, Instant now, ZoneId zone) {
        int months = AppProblem.translating(() -> db.settings().confirmMonths());
        return Reconfirmation.stale(roadmap, ratings(profileId), replay(profileId), months, now, zone);
    }

    /** Ticks, basis and confirmations of this database and roadmap. */
    public ProfileChecks checksOf() {
        return new ProfileChecks(db, roadmap);
    }

    /** The roadmap's statements, read on first use; a broken checks file is {@link AppProblem.Kind#CATALOG}. */
    public Optional<CheckCatalogue> checks() {
        return AppProblem.translating(roadmap::checks);
    }

    private void requireChecks(Basis basis) {
        if (basis.usesChecks() && !roadmap.hasChecks()) {
            throw new AppProblem(AppProblem.Kind.INVALID_VALUE, "basisNeedsChecks", List.of("basis", basis.id()), null,
                    "the roadmap " + roadmap.id() + " has no check statements (catalogue format 1), so it cannot be"
                            + " scored on " + basis.id(), null);
        }
    }

    private static Map<String, Integer> levelsOf(Map<String, Rating> ratings) {
        Map<String, Integer> out = new HashMap<>();
        ratings.forEach((skill, r) -> out.put(skill, r.level()));
        return out;
    }
}
