package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.HistoryReplay.Standing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HistoryReplayTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private final dev.skillradar.catalog.Roadmap roadmap = TestRoadmaps.small();

    private static RatingChange change(long seq, String skill, int level, Instant at) {
        return new RatingChange(seq, skill, null, level, at, ChangeOrigin.APP);
    }

    private static RatingChange marker(long seq, Instant at) {
        return new RatingChange(seq, null, null, null, at, ChangeOrigin.IMPORT_REPLACE);
    }

    @Test
    void noHistoryMeansNothingRatedAtAnyMoment() {
        HistoryReplay replay = HistoryReplay.of(List.of(), roadmap);
        assertTrue(replay.isEmpty());
        assertEquals(Map.of(), replay.stateAt(T));
        assertEquals(Map.of(), replay.finalState());
        assertTrue(replay.first().isEmpty());
    }

    @Test
    void beforeTheFirstEntryNothingIsRatedAndAnEntryCountsFromItsOwnMoment() {
        HistoryReplay replay = HistoryReplay.of(List.of(change(1, "a", 2, T)), roadmap);
        assertEquals(Map.of(), replay.stateAt(T.minusMillis(1)));
        assertEquals(Map.of("a", 2), replay.stateAt(T), "inclusive: the state at T includes a change made at T");
        assertEquals(Map.of("a", 2), replay.stateAt(Instant.MAX));
    }

    @Test
    void entriesApplyInTimeOrderNotSeqOrderWithTiesBySeq() {
        List<RatingChange> history = List.of(
                change(1, "a", 3, T.plusSeconds(60)),
                change(2, "a", 1, T),
                change(3, "b", 4, T),
                change(4, "b", 2, T)); // same moment as seq 3: the higher seq wins
        HistoryReplay replay = HistoryReplay.of(history, roadmap);
        assertEquals(Map.of("a", 1, "b", 2), replay.stateAt(T));
        assertEquals(Map.of("a", 3, "b", 2), replay.stateAt(T.plusSeconds(60)));
        assertEquals(List.of(2L, 3L, 4L, 1L), replay.timeline().stream().map(RatingChange::seq).toList());
        assertEquals(1L, replay.finalChanges().get("a").seq());
    }

    @Test
    void theLastReplaceMarkerStartsTheTimelineAndImportedEntriesKeepTheirEarlierTimes() {
        List<RatingChange> history = List.of(
                change(1, "a", 5, T.minusSeconds(3600)),
                change(2, "b", 5, T.minusSeconds(3000)),
                marker(3, T.minusSeconds(2000)),
                change(4, "c", 1, T.minusSeconds(1900)),
                marker(5, T), // import --replace at T of a file whose changes were made earlier
                change(6, "a", 2, T.minusSeconds(7200)),
                change(7, "d", 3, T.minusSeconds(600)),
                change(8, "a", 4, T.plusSeconds(60)));
        HistoryReplay replay = HistoryReplay.of(history, roadmap);
        assertEquals(Map.of(), replay.stateAt(T.minusSeconds(7201)), "nothing of before the replacement counts");
        assertEquals(Map.of("a", 2), replay.stateAt(T.minusSeconds(3600)));
        assertEquals(Map.of("a", 2, "d", 3), replay.stateAt(T));
        assertEquals(Map.of("a", 4, "d", 3), replay.finalState());
        assertEquals(5L, replay.lastReplace().orElseThrow().seq());
        assertEquals(List.of(Standing.REPLACED, Standing.REPLACED, Standing.MARKER, Standing.REPLACED, Standing.MARKER,
                Standing.COUNTED, Standing.COUNTED, Standing.COUNTED), history.stream().map(replay::standing).toList());
        assertEquals(T.minusSeconds(7200), replay.first().orElseThrow());
    }

    @Test
    void aMarkerAtTheEndLeavesNothingRated() {
        HistoryReplay replay = HistoryReplay.of(List.of(change(1, "a", 3, T), marker(2, T)), roadmap);
        assertTrue(replay.isEmpty());
        assertEquals(Map.of(), replay.stateAt(Instant.MAX));
    }

    @Test
    void skillsTheCatalogueLacksAreSkippedButReported() {
        List<RatingChange> history = List.of(change(1, "a", 3, T), change(2, "cobol", 4, T), change(3, "a", 1, T.plusSeconds(1)));
        HistoryReplay replay = HistoryReplay.of(history, roadmap);
        assertEquals(Map.of("a", 1), replay.finalState());
        assertEquals(List.of(2L), replay.unknownSkillEntries().stream().map(RatingChange::seq).toList());
        assertEquals(Standing.UNKNOWN_SKILL, replay.standing(history.get(1)));
        assertEquals(Map.of("a", 1, "cobol", 4), HistoryReplay.ofAllSkills(history).finalState(),
                "without a catalogue every skill id counts");
    }

    @Test
    void manyMomentsInAnyOrderGiveTheSameStatesAsOneByOne() {
        Random rnd = new Random(3);
        List<RatingChange> history = new ArrayList<>();
        String[] skills = {"a", "b", "c", "d", "e", "lang-de"};
        for (int i = 1; i <= 500; i++) {
            history.add(change(i, skills[rnd.nextInt(skills.length)], rnd.nextInt(6), T.plusSeconds(rnd.nextInt(10_000))));
        }
        HistoryReplay replay = HistoryReplay.of(history, roadmap);
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            moments.add(T.plusSeconds(rnd.nextInt(10_200) - 100));
        }
        List<Map<String, Integer>> states = replay.statesAt(moments);
        for (int i = 0; i < moments.size(); i++) {
            assertEquals(replay.stateAt(moments.get(i)), states.get(i));
        }
    }

    @Test
    void aCursorOnlyMovesForwardAndItsExclusiveBoundLeavesOutTheEndMoment() {
        HistoryReplay replay = HistoryReplay.of(List.of(change(1, "a", 1, T), change(2, "a", 2, T.plusSeconds(10))), roadmap);
        HistoryReplay.Cursor cursor = replay.cursor();
        assertEquals(Map.of("a", 1), cursor.advanceBefore(T.plusSeconds(10)).snapshot());
        assertEquals(1, cursor.applied());
        assertEquals(Map.of("a", 2), cursor.advanceTo(T.plusSeconds(10)).levels());
        assertThrows(IllegalArgumentException.class, () -> cursor.advanceTo(T));
        assertThrows(IllegalArgumentException.class, () -> cursor.advanceBefore(T.plusSeconds(10)),
                "an exclusive bound at the same moment would have to undo what the inclusive one applied");
    }
}
