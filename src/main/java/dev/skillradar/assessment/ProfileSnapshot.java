package dev.skillradar.assessment;

import java.util.List;

/** Everything that belongs to one profile, as exported and imported: its ratings and its history. */
public record ProfileSnapshot(String name, String targetRoleId, List<Rating> ratings, List<RatingChange> history) {
    public ProfileSnapshot {
        ratings = List.copyOf(ratings);
        history = List.copyOf(history);
    }
}
