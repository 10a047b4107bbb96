package dev.skillradar.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The profile exchange file, format {@value ExchangeFormat#FORMAT}: one profile with its scoring basis, its ratings
 * and their history, its ticked check statements and their history (format 1 has neither basis nor ticks). These
 * DTOs are the file's schema and nothing else; {@link ProfileExporter} and {@link ProfileImporter} convert them
 * explicitly to and from the domain's {@code ProfileSnapshot}, so the domain can change without changing the file.
 * Times are ISO-8601 instants in UTC ("2026-01-31T12:00:00Z").
 */
@JsonPropertyOrder({"format", "app", "appVersion", "roadmapId", "exportedAt", "profile", "basis", "ratings", "history",
        "ticks", "tickHistory"})
public record ProfileDocument(int format, String app, String appVersion, String roadmapId, String exportedAt,
                              ProfileEntry profile, String basis, List<RatingEntry> ratings, List<HistoryEntry> history,
                              List<TickEntry> ticks, List<TickHistoryEntry> tickHistory) {

    public ProfileDocument {
        ratings = List.copyOf(ratings);
        history = List.copyOf(history);
        ticks = List.copyOf(Objects.requireNonNullElse(ticks, List.of()));
        tickHistory = List.copyOf(Objects.requireNonNullElse(tickHistory, List.of()));
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
     * null for an {@code import-replace} marker; a {@code confirm} entry has equal levels.
     */
    @JsonPropertyOrder({"seq", "at", "skill", "oldLevel", "newLevel", "origin"})
    public record HistoryEntry(long seq, String at, String skill, Integer oldLevel, Integer newLevel, String origin) {
    }

    /** One ticked check statement (format 2); {@code note} and {@code evidence} may be null. */
    @JsonPropertyOrder({"check", "note", "evidence", "tickedAt"})
    public record TickEntry(String check, String note, String evidence, String tickedAt) {
    }

    /**
     * One tick history entry (format 2): a statement ticked (with its note and link then) or unticked;
     * {@code check} and {@code ticked} are null for an {@code import-replace} marker.
     */
    @JsonPropertyOrder({"seq", "at", "check", "ticked", "note", "evidence", "origin"})
    public record TickHistoryEntry(long seq, String at, String check, Boolean ticked, String note, String evidence,
                                   String origin) {
    }
}
