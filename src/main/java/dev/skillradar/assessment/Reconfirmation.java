package dev.skillradar.assessment;

import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which ratings to ask again: a rating is <em>stale</em> when neither a change of its level nor a confirmation
 * ({@link ChangeOrigin#CONFIRM}) has been recorded for {@code months} calendar months: from the local date of its
 * last history entry plus that many months on (confirmed on 10 January with 6 months: stale from 10 July; on
 * 31 August with 6 months: from 28 February). Editing a note writes no history entry, so it does not confirm.
 * Pure.
 */
public final class Reconfirmation {
    /** The data-folder setting's bounds and default, in calendar months. */
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 24;
    public static final int DEFAULT_MONTHS = 6;

    private Reconfirmation() {
    }

    /** A stale rating: its level, when it was last set or confirmed, and the day from which it is stale. */
    public record Stale(String skillId, int level, Instant lastConfirmed, LocalDate dueSince) {
    }

    /**
     * The stale ratings of the catalogue's skills in catalogue order. The last confirmation of a rating is its
     * last entry in {@code history}'s timeline (time order, from the last import-replace marker); a rating the
     * history does not explain falls back to its {@code updatedAt}.
     */
    public static List<Stale> stale(Roadmap roadmap, Map<String, Rating> ratings, HistoryReplay history, int months,
                                    Instant now, ZoneId zone) {
        checkMonths(months);
        Map<String, RatingChange> last = history.finalChanges();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Stale> out = new ArrayList<>();
        for (Skill s : roadmap.skills()) {
            Rating r = ratings.get(s.id());
            if (r == null) {
                continue;
            }
            RatingChange entry = last.get(s.id());
            Instant confirmed = entry != null ? entry.at() : r.updatedAt();
            LocalDate due = due(confirmed, months, zone);
            if (!today.isBefore(due)) {
                out.add(new Stale(s.id(), r.level(), confirmed, due));
            }
        }
        return out;
    }

    /** The local day from which a rating last confirmed at {@code confirmed} is stale. */
    public static LocalDate due(Instant confirmed, int months, ZoneId zone) {
        return LocalDate.ofInstant(confirmed, zone).plusMonths(checkMonths(months));
    }

    /** {@code months} if it is 1..24; otherwise an {@link IllegalArgumentException} naming the bounds. */
    public static int checkMonths(int months) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException("the re-confirmation period must be " + MIN_MONTHS + " to "
                    + MAX_MONTHS + " months, not " + months);
        }
        return months;
    }
}
