package dev.skillradar.assessment;

import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A profile's tick history as a timeline reads it: each entry with what it did to its statement, how it counts
 * (the rules of {@link TickReplay}), and the check-based level of the statement's skill just before and just after
 * it. Levels are replayed as the scoring replays them: in time order, ties by seq, each import-replace marker
 * starting anew from nothing ticked (so the entries a replacement superseded keep the levels they had then). Pure.
 */
public final class TickEvents {
    private static final Comparator<TickChange> TIME_ORDER =
            Comparator.comparing(TickChange::at).thenComparingLong(TickChange::seq);

    private TickEvents() {
    }

    /** What an entry did to its statement. */
    public enum Kind {
        /** Ticked a statement that was not ticked. */
        TICKED,
        /** Unticked a statement. */
        UNTICKED,
        /** Ticked again: only the note or link of a ticked statement changed (no level can change). */
        EDITED,
        /** An import-replace marker: the ticks of an import replaced the earlier ones. */
        MARKER
    }

    /**
     * One entry. {@code statement} is null for a marker and for an id the catalogue lacks (then
     * {@code standing} is {@link HistoryReplay.Standing#UNKNOWN_SKILL}, unless the entry was replaced, and both levels
     * are 0). The levels are those of the statement's skill, 0 where nothing of it is ticked.
     */
    public record Event(TickChange change, Kind kind, HistoryReplay.Standing standing, CheckStatement statement,
                        int checkedBefore, int checkedAfter) {
        /** True when the entry moved its skill's check-based level. */
        public boolean levelChanged() {
            return checkedBefore != checkedAfter;
        }
    }

    /** Every entry of {@code history} (any order) as an {@link Event}, in seq order. */
    public static List<Event> of(List<TickChange> history, CheckCatalogue checks) {
        Objects.requireNonNull(checks, "checks");
        List<TickChange> bySeq = history.stream().sorted(Comparator.comparingLong(TickChange::seq)).toList();
        List<Event> out = new ArrayList<>(bySeq.size());
        List<TickChange> segment = new ArrayList<>();
        for (TickChange c : bySeq) {
            if (c.origin() == ChangeOrigin.IMPORT_REPLACE) {
                replay(segment, checks, true, out); // a marker follows: replaced by its import
                segment.clear();
                out.add(new Event(c, Kind.MARKER, HistoryReplay.Standing.MARKER, null, 0, 0));
            } else {
                segment.add(c);
            }
        }
        replay(segment, checks, false, out); // after the last marker: the ticks that count
        out.sort(Comparator.comparingLong(e -> e.change().seq()));
        return out;
    }

    /** Replays one stretch between markers from nothing ticked, appending its events (in time order). */
    private static void replay(List<TickChange> segment, CheckCatalogue checks, boolean replaced, List<Event> out) {
        Set<String> ticked = new HashSet<>();
        for (TickChange c : segment.stream().sorted(TIME_ORDER).toList()) {
            boolean was = ticked.contains(c.checkId());
            CheckStatement s = checks.statement(c.checkId()).orElse(null);
            int before = s == null ? 0 : CheckedLevels.level(checks, s.skillId(), ticked);
            TickReplay.apply(ticked, c);
            int after = s == null ? 0 : CheckedLevels.level(checks, s.skillId(), ticked);
            Kind kind = !c.ticked() ? Kind.UNTICKED : was ? Kind.EDITED : Kind.TICKED;
            HistoryReplay.Standing standing = replaced ? HistoryReplay.Standing.REPLACED
                    : s == null ? HistoryReplay.Standing.UNKNOWN_SKILL : HistoryReplay.Standing.COUNTED;
            out.add(new Event(c, kind, standing, s, before, after));
        }
    }
}
