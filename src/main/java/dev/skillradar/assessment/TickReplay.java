package dev.skillradar.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A profile's ticked statements at any moment, replayed from its tick history ({@link TickChange}s) by the rules
 * of {@link HistoryReplay}: the last {@link ChangeOrigin#IMPORT_REPLACE} marker starts the timeline anew (entries
 * of a lower seq no longer count), the rest is applied in time order, ties by seq, each entry ticking or unticking
 * its statement; the state at a moment includes the entries made at it. Every id is kept, also those the catalogue
 * lacks ({@link CheckedLevels} ignores them). Pure; built in O(n log n).
 */
public final class TickReplay {
    private static final Comparator<TickChange> TIME_ORDER =
            Comparator.comparing(TickChange::at).thenComparingLong(TickChange::seq);
    private static final TickReplay EMPTY = new TickReplay(List.of());

    private final TickChange[] timeline;
    private final TickChange lastMarker;

    private TickReplay(List<TickChange> history) {
        TickChange marker = null;
        for (TickChange c : history) {
            Objects.requireNonNull(c.at(), "at");
            Objects.requireNonNull(c.origin(), "origin");
            if (c.origin() == ChangeOrigin.IMPORT_REPLACE && (marker == null || c.seq() > marker.seq())) {
                marker = c;
            }
        }
        this.lastMarker = marker;
        long from = marker == null ? Long.MIN_VALUE : marker.seq();
        List<TickChange> counted = new ArrayList<>();
        for (TickChange c : history) {
            if (c.origin() == ChangeOrigin.IMPORT_REPLACE || c.seq() < from) {
                continue;
            }
            Objects.requireNonNull(c.checkId(), "checkId");
            Objects.requireNonNull(c.ticked(), "ticked");
            counted.add(c);
        }
        this.timeline = counted.toArray(TickChange[]::new);
        Arrays.sort(timeline, TIME_ORDER);
    }

    public static TickReplay of(List<TickChange> history) {
        return history.isEmpty() ? EMPTY : new TickReplay(history);
    }

    /** No ticks ever (a format-1 file, a profile from before the checks). */
    public static TickReplay empty() {
        return EMPTY;
    }

    /** The entries that count, in replay order (time, then seq). */
    public List<TickChange> timeline() {
        return Collections.unmodifiableList(Arrays.asList(timeline));
    }

    /** How an entry of the same history counts ({@code UNKNOWN_SKILL} never: every id is kept). */
    public HistoryReplay.Standing standing(TickChange entry) {
        if (entry.origin() == ChangeOrigin.IMPORT_REPLACE) {
            return HistoryReplay.Standing.MARKER;
        }
        return lastMarker != null && entry.seq() < lastMarker.seq() ? HistoryReplay.Standing.REPLACED
                : HistoryReplay.Standing.COUNTED;
    }

    public boolean isEmpty() {
        return timeline.length == 0;
    }

    /** The ids ticked at {@code moment}, counting the entries made at or before it. */
    public Set<String> tickedAt(Instant moment) {
        Set<String> out = new HashSet<>();
        for (TickChange c : timeline) {
            if (c.at().isAfter(moment)) {
                break;
            }
            apply(out, c);
        }
        return out;
    }

    /** The ids ticked after every entry (what the current ticks should be). */
    public Set<String> finalState() {
        return tickedAt(Instant.MAX);
    }

    /** For each id the history names, the entry that decided its state (the latest in replay order). */
    public Map<String, TickChange> finalChanges() {
        Map<String, TickChange> out = new LinkedHashMap<>();
        for (TickChange c : timeline) {
            out.remove(c.checkId());
            out.put(c.checkId(), c);
        }
        return out;
    }

    static void apply(Set<String> ticked, TickChange c) {
        if (c.ticked()) {
            ticked.add(c.checkId());
        } else {
            ticked.remove(c.checkId());
        }
    }

    /** Entry {@code i} of the timeline (package use: the merged sweep of {@link AssessmentTimeline}). */
    TickChange at(int i) {
        return timeline[i];
    }

    int size() {
        return timeline.length;
    }
}
