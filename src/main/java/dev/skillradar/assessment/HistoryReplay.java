package dev.skillradar.assessment;

import dev.skillradar.catalog.Roadmap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A profile's ratings at any moment, replayed from its history ({@link RatingChange}s). Pure; built once in
 * O(n log n), then each {@link #stateAt} costs O(entries up to the moment) and a {@link Cursor} sweeps any number
 * of increasing moments in O(n) in total.
 *
 * <p>The rules:
 * <ul>
 *   <li>An {@link ChangeOrigin#IMPORT_REPLACE} marker starts the timeline anew: entries whose seq is below the
 *       <em>last</em> marker's no longer count ({@link Standing#REPLACED}). The entries after it are the timeline,
 *       even where their times are earlier than the marker's (an import keeps the file's original times).</li>
 *   <li>The timeline is applied in time order ({@code at}), ties by {@code seq}; each entry sets its skill to
 *       {@code newLevel} ({@code oldLevel} is informational).</li>
 *   <li>A {@link ChangeOrigin#CONFIRM} entry is part of the timeline like any other: it sets its skill to the level
 *       it already had, and tells {@link Reconfirmation} when the rating was last confirmed; {@link Trend} leaves
 *       it out.</li>
 *   <li>Entries for skills the catalogue lacks are skipped ({@link Standing#UNKNOWN_SKILL}) but reported by
 *       {@link #unknownSkillEntries()}, so the History screen can grey them.</li>
 *   <li>The state at a moment includes the entries made at that very moment ({@code at ≤ moment}); before the
 *       first entry nothing is rated.</li>
 * </ul>
 */
public final class HistoryReplay {
    /** How an entry of the history counts in the replay. */
    public enum Standing {
        /** Part of the timeline. */
        COUNTED,
        /** An import-replace marker (the last one starts the timeline). */
        MARKER,
        /** Before the last import-replace marker: replaced by that import. */
        REPLACED,
        /** After the last marker, but for a skill the catalogue lacks: skipped. */
        UNKNOWN_SKILL
    }

    private static final Comparator<RatingChange> TIME_ORDER =
            Comparator.comparing(RatingChange::at).thenComparingLong(RatingChange::seq);

    private final RatingChange[] timeline;
    private final List<RatingChange> unknownSkill;
    private final Set<Long> unknownSeqs = new HashSet<>();
    private final RatingChange lastMarker;

    private HistoryReplay(List<RatingChange> history, Predicate<String> knownSkill) {
        RatingChange marker = null;
        for (RatingChange c : history) {
            Objects.requireNonNull(c.at(), "at");
            Objects.requireNonNull(c.origin(), "origin");
            if (c.origin() == ChangeOrigin.IMPORT_REPLACE && (marker == null || c.seq() > marker.seq())) {
                marker = c;
            }
        }
        this.lastMarker = marker;
        long from = marker == null ? Long.MIN_VALUE : marker.seq();
        List<RatingChange> counted = new ArrayList<>();
        List<RatingChange> unknown = new ArrayList<>();
        for (RatingChange c : history) {
            if (c.origin() == ChangeOrigin.IMPORT_REPLACE || c.seq() < from) {
                continue;
            }
            Objects.requireNonNull(c.skillId(), "skillId");
            Objects.requireNonNull(c.newLevel(), "newLevel");
            if (knownSkill.test(c.skillId())) {
                counted.add(c);
            } else {
                unknown.add(c);
                unknownSeqs.add(c.seq());
            }
        }
        this.timeline = counted.toArray(RatingChange[]::new);
        Arrays.sort(timeline, TIME_ORDER);
        unknown.sort(TIME_ORDER);
        this.unknownSkill = List.copyOf(unknown);
    }

    /** The replay against a catalogue: entries for skills it lacks are skipped. */
    public static HistoryReplay of(List<RatingChange> history, Roadmap roadmap) {
        return new HistoryReplay(history, id -> roadmap.skill(id).isPresent());
    }

    /** The replay counting only the skills {@code knownSkill} accepts. */
    public static HistoryReplay of(List<RatingChange> history, Predicate<String> knownSkill) {
        return new HistoryReplay(history, knownSkill);
    }

    /** The replay of every skill id, for code without a catalogue (storage's migration, the import check). */
    public static HistoryReplay ofAllSkills(List<RatingChange> history) {
        return new HistoryReplay(history, id -> true);
    }

    /** The entries that count, in replay order (time, then seq). */
    public List<RatingChange> timeline() {
        return Collections.unmodifiableList(Arrays.asList(timeline));
    }

    /** Entries after the last marker for skills the catalogue lacks, in time order. */
    public List<RatingChange> unknownSkillEntries() {
        return unknownSkill;
    }

    /** The last import-replace marker, if any. */
    public Optional<RatingChange> lastReplace() {
        return Optional.ofNullable(lastMarker);
    }

    /** How an entry of the same history counts. */
    public Standing standing(RatingChange entry) {
        if (entry.origin() == ChangeOrigin.IMPORT_REPLACE) {
            return Standing.MARKER;
        }
        if (lastMarker != null && entry.seq() < lastMarker.seq()) {
            return Standing.REPLACED;
        }
        return unknownSeqs.contains(entry.seq()) ? Standing.UNKNOWN_SKILL : Standing.COUNTED;
    }

    /** True when nothing counts (no history, or nothing since the last replacement). */
    public boolean isEmpty() {
        return timeline.length == 0;
    }

    /** The time of the first entry that counts. */
    public Optional<Instant> first() {
        return isEmpty() ? Optional.empty() : Optional.of(timeline[0].at());
    }

    /** The time of the last entry that counts. */
    public Optional<Instant> last() {
        return isEmpty() ? Optional.empty() : Optional.of(timeline[timeline.length - 1].at());
    }

    /** Skill id to level at {@code moment}, counting the entries made at or before it; empty before the first. */
    public Map<String, Integer> stateAt(Instant moment) {
        Cursor c = cursor();
        c.advanceTo(moment);
        return c.snapshot();
    }

    /** The state after every entry (what the current ratings should be). */
    public Map<String, Integer> finalState() {
        return stateAt(Instant.MAX);
    }

    /** For each skill of the final state, the entry that set its level (the latest in replay order). */
    public Map<String, RatingChange> finalChanges() {
        Map<String, RatingChange> out = new LinkedHashMap<>();
        for (RatingChange c : timeline) {
            out.remove(c.skillId()); // keeps the map in order of the deciding entries
            out.put(c.skillId(), c);
        }
        return out;
    }

    /** The states at the given moments (any order), in one sweep: O(n + m log m). */
    public List<Map<String, Integer>> statesAt(List<Instant> moments) {
        Integer[] order = new Integer[moments.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(moments::get));
        List<Map<String, Integer>> out = new ArrayList<>(Collections.nCopies(moments.size(), null));
        Cursor c = cursor();
        for (int i : order) {
            c.advanceTo(moments.get(i));
            out.set(i, c.snapshot());
        }
        return out;
    }

    /** A fresh sweep from before the first entry. */
    public Cursor cursor() {
        return new Cursor();
    }

    /**
     * Walks the timeline forward, for many increasing moments in O(n) total. Not thread-safe; moments must
     * not go backwards.
     */
    public final class Cursor {
        private final Map<String, Integer> levels = new HashMap<>();
        private final Map<String, Integer> view = Collections.unmodifiableMap(levels);
        private int next;
        private Instant reached = Instant.MIN;
        private boolean inclusive = true;

        private Cursor() {
        }

        /** Applies every entry made at or before {@code moment}. */
        public Cursor advanceTo(Instant moment) {
            check(moment, true);
            while (next < timeline.length && !timeline[next].at().isAfter(moment)) {
                apply(timeline[next++]);
            }
            return this;
        }

        /** Applies every entry made before {@code end} (exclusive: the end of a period is the next one's start). */
        public Cursor advanceBefore(Instant end) {
            check(end, false);
            while (next < timeline.length && timeline[next].at().isBefore(end)) {
                apply(timeline[next++]);
            }
            return this;
        }

        /** The current state, a live read-only view (it changes as the cursor moves). */
        public Map<String, Integer> levels() {
            return view;
        }

        /** A copy of the current state. */
        public Map<String, Integer> snapshot() {
            return Map.copyOf(levels);
        }

        /** How many timeline entries have been applied. */
        public int applied() {
            return next;
        }

        private void apply(RatingChange c) {
            levels.put(c.skillId(), c.newLevel());
        }

        private void check(Instant moment, boolean inclusiveBound) {
            Objects.requireNonNull(moment, "moment");
            int cmp = moment.compareTo(reached);
            if (cmp < 0 || (cmp == 0 && inclusive && !inclusiveBound)) {
                throw new IllegalArgumentException("the cursor is at " + reached + " and cannot go back to " + moment);
            }
            reached = moment;
            inclusive = inclusiveBound;
        }
    }
}
