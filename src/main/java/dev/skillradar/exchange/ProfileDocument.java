package dev.skillradar.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The profile exchange file, format {@value ExchangeFormat#FORMAT}: one profile with its ratings and history.
 * These DTOs are the file's schema and nothing else; {@link ProfileExporter} and {@link ProfileImporter}
 * convert them explicitly to and from the domain's {@code ProfileSnapshot}, so the domain can change
 * without changing the file. Times are ISO-8601 instants in UTC ("2026-01-31T12:00:00Z").
 */
@JsonPropertyOrder({"format", "app", "appVersion", "roadmapId", "exportedAt", "profile", "ratings", "history"})
public record ProfileDocument(int format, String app, String appVersion, String roadmapId, String exportedAt,
                              ProfileEntry profile, List<RatingEntry> ratings, List<HistoryEntry> history) {

    public ProfileDocument {
        ratings = List.copyOf(ratings);
        history = List.copyOf(history);
    }

    /** The profile's name and target role id. */
    @JsonPropertyOrder({"name", "targetRole"})
    public record ProfileEntry(String name, String targetRole) {
    }

    /** One current rating; {@code note} and {@code evidence} may be null. */
    @JsonPropertyOrder({"skill", "level", "note", "evidence", "updatedAt"})
    public record RatingEntry(String skill, int level, String note, String evidence, String updatedAt) {
    }

    /**
     * One history entry. {@code oldLevel} is null for a first rating; {@code skill} and both levels are
     * null for an {@code import-replace} marker.
     */
    @JsonPropertyOrder({"seq", "at", "skill", "oldLevel", "newLevel", "origin"})
    public record HistoryEntry(long seq, String at, String skill, Integer oldLevel, Integer newLevel, String origin) {
    }
}
