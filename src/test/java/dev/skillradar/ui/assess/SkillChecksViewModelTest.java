package dev.skillradar.ui.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Tick;
import dev.skillradar.catalog.Language;
import dev.skillradar.ui.assess.CheckLevelViewModel.State;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row's self-check without the FX toolkit: the comparison and its explanation, the evidence hint, the statements, confirming again. */
class SkillChecksViewModelTest {
    private final AssessFixture fx = AssessFixture.manual();

    private SkillChecksViewModel python() {
        return fx.row("python").checks();
    }

    private CheckLevelViewModel level(SkillChecksViewModel checks, int level) {
        return checks.levels().get(level - 1);
    }

    private void tickLevels(SkillChecksViewModel checks, int upTo) {
        for (int l = 1; l <= upTo; l++) {
            level(checks, l).items().forEach(i -> i.setTicked(true));
        }
    }

    @Test
    void nothingAboutChecksIsShownUntilTheStatementsAreRead() {
        fx.stored("python", 4);
        SkillChecksViewModel checks = python();
        assertFalse(checks.shownProperty().get());
        assertEquals("", checks.comparisonProperty().get());
        assertEquals("", checks.evidenceHintProperty().get(), "no hint that would change its words a moment later");
        assertEquals(List.of(), checks.levels());

        fx.withChecks();
        assertTrue(checks.shownProperty().get());
        assertEquals("You: 4 · Checks: none ticked", checks.comparisonProperty().get());
        assertFalse(checks.differsProperty().get(), "nothing ticked: nothing to compare yet");
        assertEquals(5, checks.levels().size());
        assertSame(checks.levels(), checks.levels(), "made once");
        assertTrue(checks.levels().stream().allMatch(l -> l.items().size() >= 2 && l.items().size() <= 3));
        assertTrue(checks.noteProperty().get().contains("SkillRadar’s own judgement"), checks.noteProperty().get());
    }

    @Test
    void anUnratedSkillWithoutTicksSaysNothing() {
        fx.withChecks();
        assertEquals("", python().comparisonProperty().get());
        assertFalse(python().lineShownProperty().get());
    }

    @Test
    void theComparisonFollowsTheTicksAndSaysWhatWouldBringThemTogether() {
        fx.withChecks();
        fx.stored("python", 4);
        SkillChecksViewModel checks = python();
        tickLevels(checks, 2);
        assertEquals(2, checks.checkedLevelProperty().get());
        assertEquals("You: 4 · Checks: 2", checks.comparisonProperty().get());
        assertTrue(checks.differsProperty().get());
        assertEquals("Your ticked statements support level 2; tick those of levels 3–4 or lower your rating.",
                checks.explanationProperty().get());
        assertTrue(checks.ratingHelpProperty().get().startsWith("You: 4 · Checks: 2 · Your ticked"));

        tickLevels(checks, 3);
        assertEquals("Your ticked statements support level 3; tick those of level 4 or lower your rating.",
                checks.explanationProperty().get());
        fx.stored("python", 2);
        assertEquals("Your ticked statements support level 3, above your rating: raise it if they are right.",
                checks.explanationProperty().get());
        fx.stored("python", 3);
        assertFalse(checks.differsProperty().get());
        assertEquals("", checks.explanationProperty().get());
        assertEquals("You: 3 · Checks: 3", checks.comparisonProperty().get());
    }

    @Test
    void aLevelCountsOnlyWithEveryLevelBelowIt() {
        fx.withChecks();
        SkillChecksViewModel checks = python();
        level(checks, 2).items().forEach(i -> i.setTicked(true));
        level(checks, 1).items().get(0).setTicked(true);
        assertEquals(0, checks.checkedLevelProperty().get());
        assertEquals(State.WAITING, level(checks, 2).stateProperty().get());
        assertEquals("All ticked; counts once level 1 is complete", level(checks, 2).stateTextProperty().get());
        assertEquals("1 of " + level(checks, 1).items().size() + " ticked", level(checks, 1).stateTextProperty().get());
        assertEquals("You: not rated · Checks: 0", checks.comparisonProperty().get());

        level(checks, 1).items().forEach(i -> i.setTicked(true));
        assertEquals(State.REACHED, level(checks, 1).stateProperty().get());
        assertEquals(State.REACHED, level(checks, 2).stateProperty().get());
        assertEquals("✓ Reached", level(checks, 2).stateTextProperty().get());
        assertEquals(State.OPEN, level(checks, 3).stateProperty().get());
    }

    @Test
    void fromLevelThreeUpARatingWithoutEvidenceAsksSoftlyForSome() {
        fx.withChecks();
        SkillChecksViewModel checks = python();
        fx.stored("python", 2);
        assertEquals("", checks.evidenceHintProperty().get());
        fx.stored("python", 3);
        assertEquals("From 3 up, a rating is more convincing with evidence: a note, a link or ticked statements (Details).",
                checks.evidenceHintProperty().get());
        fx.state.ratings().put("python", new Rating("python", 3, "a scraper at work", null, Instant.EPOCH));
        assertEquals("", checks.evidenceHintProperty().get(), "a note is evidence");
        fx.stored("python", 4);
        level(checks, 1).items().get(0).setTicked(true);
        assertEquals("", checks.evidenceHintProperty().get(), "a ticked statement is evidence");
        assertEquals(4, fx.row("python").levelProperty().get(), "a hint, never a block");
    }

    @Test
    void aRoadmapWithoutStatementsShowsNoChecksButStillAsksForANoteOrLink() {
        AssessFixture plain = AssessFixture.formatOne();
        plain.stored("python", 4);
        SkillChecksViewModel checks = plain.row("python").checks();
        assertFalse(checks.shownProperty().get());
        assertEquals("", checks.comparisonProperty().get());
        assertEquals(List.of(), checks.levels());
        assertEquals("From 3 up, a rating is more convincing with evidence: a note or a link (Details).",
                checks.evidenceHintProperty().get());
    }

    @Test
    void aTickedStatementTakesANoteAndAValidLinkAndUntickingDropsThem() {
        fx.withChecks();
        CheckItemViewModel item = level(python(), 1).items().get(0);
        assertFalse(item.evidenceShownProperty().get());
        item.askForEvidence();
        assertFalse(item.evidenceShownProperty().get(), "only a ticked statement has evidence");
        item.setTicked(true);
        assertEquals(List.of(new FakeProgressWriter.Call("tick", "python", item.id())), fx.writer.calls);
        item.askForEvidence();
        assertTrue(item.evidenceShownProperty().get());

        item.noteProperty().set("  Finished the course ");
        item.evidenceProperty().set("ftp://example.org/notebook");
        fx.flushAll();
        item.commitEvidence();
        assertEquals("Not saved: only web addresses starting with http:// or https:// are allowed.",
                item.evidenceProblemProperty().get());
        assertEquals(List.of(new FakeProgressWriter.Call("tickNote", "python", List.of(item.id(), "Finished the course"))),
                fx.writer.calls("tickNote"));
        assertTrue(fx.writer.calls("tickEvidence").isEmpty(), "a bad link is not saved");
        assertEquals("Finished the course", fx.state.ticks().get(item.id()).note());

        item.evidenceProperty().set("https://github.com/me/course");
        assertEquals("", item.evidenceProblemProperty().get());
        item.commitEvidence();
        assertEquals("https://github.com/me/course", fx.state.ticks().get(item.id()).evidence());
        assertEquals("https://github.com/me/course", item.evidenceToOpen());

        item.setTicked(false);
        assertNull(fx.state.ticks().get(item.id()));
        assertFalse(item.evidenceShownProperty().get());
        assertEquals("", item.noteProperty().get());
        assertEquals("", item.evidenceProperty().get());
    }

    @Test
    void aTickThatCouldNotBeSavedIsTakenBack() {
        fx.withChecks();
        CheckItemViewModel item = level(python(), 1).items().get(0);
        item.setTicked(true);
        assertTrue(item.tickedProperty().get(), "shown at once");
        fx.writer.failNext("the disk is full");
        assertFalse(item.tickedProperty().get());
        assertEquals(0, python().checkedLevelProperty().get());
    }

    @Test
    void ticksFromElsewhereArriveInTheListAndItsAccessibleTexts() {
        fx.withChecks();
        CheckItemViewModel item = level(python(), 2).items().get(1);
        fx.state.ticks().put(item.id(), new Tick(item.id(), "from the shell", null, Instant.EPOCH));
        assertTrue(item.tickedProperty().get());
        assertEquals("from the shell", item.noteProperty().get());
        assertTrue(item.evidenceShownProperty().get(), "a stored note shows its field");
        assertTrue(fx.writer.calls.isEmpty(), "a stored tick is not written back");
        assertTrue(item.accessibleProperty().get().startsWith("Level 2 · Guided: I "), item.accessibleProperty().get());
        fx.state.messages().languageProperty().set(Language.DE);
        assertTrue(item.accessibleProperty().get().startsWith("Stufe 2 · "), item.accessibleProperty().get());
    }

    @Test
    void onlyARatingDueAgainIsConfirmedAndTheMarkerGoes() {
        fx.stored("python", 3);
        SkillChecksViewModel checks = python();
        assertFalse(checks.confirm(), "not due: a key is left to others");
        assertTrue(fx.writer.calls.isEmpty());
        fx.state.stale().add("python");
        assertTrue(checks.staleProperty().get());
        assertTrue(checks.lineShownProperty().get(), "the marker shows before the statements are read");
        assertEquals("Confirm again that Python is still at 3 · Independent (Enter)", checks.confirmAccessibleProperty().get());
        assertTrue(checks.confirm());
        assertEquals(List.of(new FakeProgressWriter.Call("confirm", "python", "python")), fx.writer.calls);
        assertFalse(checks.staleProperty().get());
        assertFalse(checks.confirm(), "once");
    }
}
