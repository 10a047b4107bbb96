package dev.skillradar.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes one profile as an exchange document (UTF-8 JSON, pretty-printed). Refuses to produce a document
 * that {@link ProfileImporter} would reject as too large, so that every export can be imported again.
 */
public final class ProfileExporter {
    private final ObjectMapper mapper = ExchangeFormat.mapper();
    private final String roadmapId;
    private final String appVersion;
    private final Clock clock;

    public ProfileExporter(String roadmapId, String appVersion, Clock clock) {
        this.roadmapId = Objects.requireNonNull(roadmapId);
        this.appVersion = Objects.requireNonNull(appVersion);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The document for a snapshot, as the DTOs the file is made of. */
    public ProfileDocument toDocument(ProfileSnapshot snapshot) {
        List<ProfileDocument.RatingEntry> ratings = snapshot.ratings().stream().map(ProfileExporter::entry).toList();
        List<ProfileDocument.HistoryEntry> history = snapshot.history().stream().map(ProfileExporter::entry).toList();
        List<ProfileDocument.TickEntry> ticks = snapshot.ticks().stream().map(t -> new ProfileDocument.TickEntry(
                t.checkId(), t.note(), t.evidence(), text(t.tickedAt()))).toList();
        List<ProfileDocument.TickHistoryEntry> tickHistory = snapshot.tickHistory().stream().map(t ->
                new ProfileDocument.TickHistoryEntry(t.seq(), text(t.at()), t.checkId(), t.ticked(), t.note(),
                        t.evidence(), t.origin().id())).toList();
        return new ProfileDocument(ExchangeFormat.FORMAT, ExchangeFormat.APP, appVersion, roadmapId,
                text(exportedAt(snapshot)), new ProfileDocument.ProfileEntry(snapshot.name(), snapshot.targetRoleId()),
                snapshot.basis().id(), ratings, history, ticks, tickHistory);
    }

    /**
     * Now, or the latest time in the profile if that is later: a clock that was once ahead (and wrote those
     * times) must not make the app's own export one that the importer refuses for a time after its export.
     */
    private Instant exportedAt(ProfileSnapshot snapshot) {
        Instant latest = clock.instant();
        for (var c : snapshot.history()) {
            latest = c.at().isAfter(latest) ? c.at() : latest;
        }
        for (var r : snapshot.ratings()) {
            latest = r.updatedAt().isAfter(latest) ? r.updatedAt() : latest;
        }
        for (var t : snapshot.ticks()) {
            latest = t.tickedAt().isAfter(latest) ? t.tickedAt() : latest;
        }
        for (var t : snapshot.tickHistory()) {
            latest = t.at().isAfter(latest) ? t.at() : latest;
        }
        return latest.plusNanos(999_999).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The document's bytes, ready to be written atomically. */
    public byte[] export(ProfileSnapshot snapshot) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(toDocument(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the profile as JSON: " + e.getOriginalMessage(), e);
        }
        if (bytes.length > ExchangeFormat.MAX_DOCUMENT_BYTES) {
            throw new ExportTooLargeException(bytes.length, ExchangeFormat.MAX_DOCUMENT_BYTES);
        }
        return bytes;
    }

    private static ProfileDocument.RatingEntry entry(Rating r) {
        return new ProfileDocument.RatingEntry(r.skillId(), r.level(), r.note(), r.evidence(), text(r.updatedAt()));
    }

    private static ProfileDocument.HistoryEntry entry(RatingChange c) {
        return new ProfileDocument.HistoryEntry(c.seq(), text(c.at()), c.skillId(), c.oldLevel(), c.newLevel(),
                c.origin().id());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
