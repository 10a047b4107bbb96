package dev.skillradar.assessment;

import java.util.List;
import java.util.Objects;

/**
 * Everything that belongs to one profile, as exported and imported: its ratings and their history, its ticked
 * check statements and their history, and its scoring basis.
 */
public record ProfileSnapshot(String name, String targetRoleId, List<Rating> ratings, List<RatingChange> history,
                              List<Tick> ticks, List<TickChange> tickHistory, Basis basis) {
    public ProfileSnapshot {
        ratings = List.copyOf(ratings);
        history = List.copyOf(history);
        ticks = List.copyOf(ticks);
        tickHistory = List.copyOf(tickHistory);
        basis = Objects.requireNonNullElse(basis, Basis.SELF);
    }

    /** A profile without ticks, scored on self-ratings (what a format-1 file holds). */
    public ProfileSnapshot(String name, String targetRoleId, List<Rating> ratings, List<RatingChange> history) {
        this(name, targetRoleId, ratings, history, List.of(), List.of(), Basis.SELF);
    }
}
