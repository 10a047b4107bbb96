package dev.skillradar.exchange;

import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's history must explain its ratings: replayed as the app replays it ({@link HistoryReplay}: time order,
 * ties by seq, from the last import-replace entry on), it must leave every rated skill at its rating's level and
 * no unrated skill at any level. Otherwise the History screen and the trend would show a past that does not end
 * where the profile is.
 */
final class HistoryAgreement {
    private HistoryAgreement() {
    }

    /**
     * Refuses the first disagreement: ratings in file order (the place is the history entry that decided the
     * level, or {@code /history} when none did), then skills the history rates but the file does not.
     */
    static void check(List<Rating> ratings, List<RatingChange> history) throws InvalidDocumentException {
        HistoryReplay replay = HistoryReplay.ofAllSkills(history); // the skills were checked against the catalogue
        Map<String, RatingChange> decided = new HashMap<>(replay.finalChanges());
        Map<Long, Integer> indexOfSeq = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            indexOfSeq.put(history.get(i).seq(), i);
        }
        for (Rating r : ratings) {
            RatingChange last = decided.remove(r.skillId());
            if (last == null) {
                throw InvalidDocumentException.at("/history", ImportProblem.RATING_WITHOUT_HISTORY, r.skillId(), r.level());
            }
            if (last.newLevel() != r.level()) {
                throw InvalidDocumentException.at(pointer(indexOfSeq, last), ImportProblem.HISTORY_DISAGREES_WITH_RATING,
                        r.skillId(), last.newLevel(), r.level());
            }
        }
        for (RatingChange last : replay.finalChanges().values()) {
            if (decided.containsKey(last.skillId())) {
                throw InvalidDocumentException.at(pointer(indexOfSeq, last), ImportProblem.HISTORY_WITHOUT_RATING,
                        last.skillId(), last.newLevel());
            }
        }
    }

    private static String pointer(Map<Long, Integer> indexOfSeq, RatingChange entry) {
        return Places.pointer("history", String.valueOf(indexOfSeq.get(entry.seq())));
    }
}
