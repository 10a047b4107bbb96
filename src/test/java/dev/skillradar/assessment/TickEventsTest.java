package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.skillradar.assessment.HistoryReplay.Standing;
import dev.skillradar.assessment.TickEvents.Event;
import dev.skillradar.assessment.TickEvents.Kind;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.CheckCatalogue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tick history as the timeline lists it: what each entry did, how it counts, the level before and after. */
class TickEventsTest {
    private static final CheckCatalogue CHECKS = new CatalogLoader().loadBuiltIn().checks().orElseThrow();

    private long seq;

    private TickChange entry(String id, boolean ticked, String note, String at) {
        return new TickChange(++seq, id, ticked, note, null, Instant.parse(at), ChangeOrigin.APP);
    }

    private TickChange marker(String at) {
        return new TickChange(++seq, null, null, null, null, Instant.parse(at), ChangeOrigin.IMPORT_REPLACE);
    }

    private static String id(String skill, int level, int i) {
        return CHECKS.of(skill, level).get(i).id();
    }

    private List<TickChange> tickLevel(String skill, int level, String at) {
        List<TickChange> out = new ArrayList<>();
        for (var s : CHECKS.of(skill, level)) {
            out.add(entry(s.id(), true, null, at));
        }
        return out;
    }

    @Test
    void aLevelMovesOnlyWithTheEntryThatCompletesItAndAnUntickLowersIt() {
        List<TickChange> history = new ArrayList<>(tickLevel("python", 1, "2026-03-01T09:00:00Z"));
        int level1 = history.size();
        history.add(entry(id("python", 1, 0), false, null, "2026-03-02T09:00:00Z"));
        List<Event> events = TickEvents.of(history, CHECKS);

        assertEquals(level1 + 1, events.size());
        Event first = events.get(0);
        assertEquals(Kind.TICKED, first.kind());
        assertEquals(Standing.COUNTED, first.standing());
        assertEquals("python", first.statement().skillId());
        assertEquals(0, first.checkedAfter(), "one of the level's statements is not the level");
        Event completing = events.get(level1 - 1);
        assertEquals(List.of(0, 1), List.of(completing.checkedBefore(), completing.checkedAfter()));
        Event untick = events.get(level1);
        assertEquals(Kind.UNTICKED, untick.kind());
        assertEquals(List.of(1, 0), List.of(untick.checkedBefore(), untick.checkedAfter()));
    }

    @Test
    void tickingAgainWithANewNoteIsAnEditThatMovesNoLevel() {
        List<TickChange> history = new ArrayList<>(tickLevel("sql", 1, "2026-03-01T09:00:00Z"));
        history.add(entry(id("sql", 1, 0), true, "my repo", "2026-03-03T09:00:00Z"));
        Event edit = TickEvents.of(history, CHECKS).get(history.size() - 1);
        assertEquals(Kind.EDITED, edit.kind());
        assertEquals(List.of(1, 1), List.of(edit.checkedBefore(), edit.checkedAfter()));
    }

    @Test
    void levelsFollowTimeOrderNotSeqOrder() {
        // an import keeps the file's times: the later seq may be the earlier tick
        TickChange b = entry(id("sql", 1, 1), true, null, "2026-03-05T09:00:00Z");
        List<TickChange> history = new ArrayList<>(List.of(b));
        for (int i = 0; i < CHECKS.of("sql", 1).size(); i++) {
            if (i != 1) {
                history.add(entry(id("sql", 1, i), true, null, "2026-03-01T09:00:00Z"));
            }
        }
        List<Event> events = TickEvents.of(history, CHECKS);
        assertEquals(b, events.get(0).change(), "seq order out");
        assertEquals(List.of(0, 1), List.of(events.get(0).checkedBefore(), events.get(0).checkedAfter()),
                "the latest in time completes level 1");
    }

    @Test
    void entriesBeforeTheLastMarkerAreReplacedAndTheReplayStartsAnewAfterIt() {
        List<TickChange> history = new ArrayList<>(tickLevel("docker", 1, "2026-03-01T09:00:00Z"));
        int before = history.size();
        history.add(marker("2026-03-02T09:00:00Z"));
        history.add(entry(id("docker", 1, 0), true, null, "2026-03-02T09:00:00Z"));
        history.add(entry("no-such-statement", true, null, "2026-03-02T09:00:00Z"));
        List<Event> events = TickEvents.of(history, CHECKS);

        assertEquals(Standing.REPLACED, events.get(0).standing());
        assertEquals(1, events.get(before - 1).checkedAfter(), "a replaced entry keeps the level it had then");
        assertEquals(Kind.MARKER, events.get(before).kind());
        assertEquals(Standing.MARKER, events.get(before).standing());
        Event again = events.get(before + 1);
        assertEquals(Kind.TICKED, again.kind(), "nothing is ticked after the marker");
        assertEquals(Standing.COUNTED, again.standing());
        assertEquals(0, again.checkedAfter());
        Event unknown = events.get(before + 2);
        assertEquals(Standing.UNKNOWN_SKILL, unknown.standing());
        assertNull(unknown.statement());
    }
}
