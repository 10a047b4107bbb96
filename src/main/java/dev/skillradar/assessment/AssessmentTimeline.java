package dev.skillradar.assessment;

import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A profile's self-ratings and ticks together over time: its rating history ({@link HistoryReplay}) and its tick
 * history ({@link TickReplay}) swept as one timeline in time order (at the same instant ratings first, then ticks),
 * so that the scored levels of any {@link Basis} can be had for any moment ({@link #at}) and as a sequence of
 * steps ({@link #steps}) for {@link Trend} and {@link DriftTrend}. Without check statements (a format-1 catalogue)
 * ticks count for nothing. Pure and immutable; a {@link Cursor} is not thread-safe.
 */
public final class AssessmentTimeline {
    private final HistoryReplay ratings;
    private final TickReplay ticks;
    private final CheckCatalogue checks;

    private AssessmentTimeline(HistoryReplay ratings, TickReplay ticks, CheckCatalogue checks) {
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.ticks = Objects.requireNonNull(ticks, "ticks");
        this.checks = checks;
    }

    /** {@code checks} null: the catalogue has none, and no tick counts. */
    public static AssessmentTimeline of(HistoryReplay ratings, TickReplay ticks, CheckCatalogue checks) {
        return new AssessmentTimeline(ratings, ticks, checks);
    }

    /** Only the ratings: what SkillRadar scored before the checks. */
    public static AssessmentTimeline ofRatings(HistoryReplay ratings) {
        return new AssessmentTimeline(ratings, TickReplay.empty(), null);
    }

    public HistoryReplay ratings() {
        return ratings;
    }

    public TickReplay ticks() {
        return ticks;
    }

    public Optional<CheckCatalogue> checks() {
        return Optional.ofNullable(checks);
    }

    /** The self-ratings and check-based levels at one moment (nothing before the first entry). */
    public record Snapshot(Map<String, Integer> self, Map<String, Integer> checked) {
        public Snapshot {
            self = Map.copyOf(self);
            checked = Map.copyOf(checked);
        }

        /** The levels to score on {@code basis} ({@link ScoredLevels}). */
        public Map<String, Integer> scored(Basis basis) {
            return ScoredLevels.of(basis, self, checked);
        }
    }

    /** The state at {@code moment}, counting the entries made at or before it. */
    public Snapshot at(Instant moment) {
        return cursor().advanceTo(moment).snapshot();
    }

    /** The state after every entry. */
    public Snapshot last() {
        return at(Instant.MAX);
    }

    /** The time of the first entry that counts on {@code basis}; empty when there is none. */
    public Optional<Instant> first(Basis basis) {
        List<Step> steps = steps(basis);
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(0).at());
    }

    /**
     * One entry that counts on a basis: at {@code at}, the skill's scored level became {@code level} (0 where it
     * counts nothing). Entries that cannot change the basis are left out: ticks under SELF, ratings under CHECKS,
     * ticks of unknown ids, and confirmations (they keep the level).
     */
    public record Step(Instant at, String skillId, int level) {
    }

    /** The steps of {@code basis} in timeline order. */
    public List<Step> steps(Basis basis) {
        List<Step> out = new ArrayList<>();
        Cursor c = cursor();
        while (c.hasNext()) {
            Instant at = c.nextAt();
            boolean rating = c.nextIsRating();
            String skill = c.applyNext();
            if (skill == null || (rating ? basis == Basis.CHECKS : basis == Basis.SELF)) {
                continue;
            }
            out.add(new Step(at, skill, ScoredLevels.level(basis, c.self.get(skill), c.checked.get(skill))));
        }
        return out;
    }

    /** A fresh sweep from before the first entry. */
    public Cursor cursor() {
        return new Cursor();
    }

    /** Walks the merged timeline forward; moments must not go backwards. */
    public final class Cursor {
        private final List<RatingChange> ratingTimeline = ratings.timeline();
        private final Map<String, Integer> self = new HashMap<>();
        private final Set<String> ticked = new HashSet<>();
        private final Map<String, Integer> checked = new HashMap<>();
        private final Map<String, Integer> tickCount = new HashMap<>();
        private int nextRating;
        private int nextTick;

        private Cursor() {
        }

        /** Applies every entry made at or before {@code moment}. */
        public Cursor advanceTo(Instant moment) {
            while (hasNext() && !nextAt().isAfter(moment)) {
                applyNext();
            }
            return this;
        }

        /** Applies every entry made before {@code end} (exclusive). */
        public Cursor advanceBefore(Instant end) {
            while (hasNext() && nextAt().isBefore(end)) {
                applyNext();
            }
            return this;
        }

        /** A copy of the current state. */
        public Snapshot snapshot() {
            return new Snapshot(self, checked);
        }

        /** The current self-ratings, a live read-only view. */
        public Map<String, Integer> self() {
            return Collections.unmodifiableMap(self);
        }

        /** The current check-based levels of the skills with a tick, a live read-only view. */
        public Map<String, Integer> checked() {
            return Collections.unmodifiableMap(checked);
        }

        boolean hasNext() {
            return nextRating < ratingTimeline.size() || nextTick < ticks.size();
        }

        Instant nextAt() {
            return nextIsRating() ? ratingTimeline.get(nextRating).at() : ticks.at(nextTick).at();
        }

        boolean nextIsRating() {
            if (nextRating >= ratingTimeline.size()) {
                return false;
            }
            return nextTick >= ticks.size() || !ticks.at(nextTick).at().isBefore(ratingTimeline.get(nextRating).at());
        }

        /** Applies the next entry; returns the skill whose scored level it may change, or null. */
        String applyNext() {
            if (nextIsRating()) {
                RatingChange c = ratingTimeline.get(nextRating++);
                Integer before = self.put(c.skillId(), c.newLevel());
                boolean keeps = c.origin() == ChangeOrigin.CONFIRM && Objects.equals(before, c.newLevel());
                return keeps ? null : c.skillId();
            }
            TickChange c = ticks.at(nextTick++);
            boolean was = ticked.contains(c.checkId());
            TickReplay.apply(ticked, c);
            CheckStatement s = checks == null ? null : checks.statement(c.checkId()).orElse(null);
            if (s == null) {
                return null;
            }
            if (was != c.ticked()) {
                int n = tickCount.merge(s.skillId(), c.ticked() ? 1 : -1, Integer::sum);
                if (n <= 0) {
                    tickCount.remove(s.skillId());
                }
            }
            if (tickCount.containsKey(s.skillId())) {
                checked.put(s.skillId(), CheckedLevels.level(checks, s.skillId(), ticked));
            } else {
                checked.remove(s.skillId());
            }
            return s.skillId();
        }
    }
}
