package dev.skillradar.ui.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.ui.common.SaveStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rating, notes, evidence and save status of one row, without the FX toolkit. */
class SkillRowViewModelTest {
    private final AssessFixture fx = AssessFixture.manual();
    private final FakeProgressWriter writer = fx.writer;

    @Test
    void ratingWritesOnceAndOnlyWhenTheLevelChanges() {
        SkillRowViewModel python = fx.row("python");
        python.rate(3);
        python.rate(3);
        assertEquals(List.of(new FakeProgressWriter.Call("level", "python", 3)), writer.calls);
        assertEquals(3, python.levelProperty().get());
        python.rate(9);
        assertEquals(5, python.levelProperty().get(), "levels are kept within 0..5");
    }

    @Test
    void zeroRatesAnUnratedSkillOnceAndScoresLikeNoRating() {
        var before = fx.state.readiness().overall();
        SkillRowViewModel python = fx.row("python");
        python.rate(0);
        python.rate(0); // still on its way: not written twice
        assertEquals(List.of(new FakeProgressWriter.Call("level", "python", 0)), writer.calls);
        writer.commitAll();
        assertTrue(python.ratedProperty().get());
        python.rate(0);
        assertEquals(1, writer.calls.size(), "rated 0 already");
        assertEquals(before, fx.state.readiness().overall(), "unrated counts as 0");
    }

    @Test
    void storedRatingsAreShownWithoutBeingWrittenBack() {
        fx.state.ratings().put("sql", new Rating("sql", 4, "window functions", "https://example.org/sql", Instant.EPOCH));
        SkillRowViewModel sql = fx.row("sql");
        assertEquals(4, sql.levelProperty().get());
        assertEquals("window functions", sql.notes().noteProperty().get());
        assertEquals("https://example.org/sql", sql.notes().evidenceProperty().get());
        fx.state.ratings().remove("sql");
        assertEquals(0, sql.levelProperty().get());
        fx.flushAll();
        assertTrue(writer.calls.isEmpty(), "programmatic updates never write");
    }

    @Test
    void anOlderCommitDoesNotOverwriteANewerChoice() {
        SkillRowViewModel pandas = fx.row("pandas");
        pandas.rate(3);
        pandas.rate(4);
        writer.commitNext(); // level 3 arrives in AppState while 4 is still on its way
        assertEquals(4, pandas.levelProperty().get());
        writer.commitNext();
        assertEquals(4, pandas.levelProperty().get());
        fx.state.ratings().put("pandas", new Rating("pandas", 2, null, null, Instant.EPOCH)); // later CLI change
        assertEquals(2, pandas.levelProperty().get());
    }

    @Test
    void aFailedSaveShowsTheReasonAndTheStoredLevelAgain() {
        fx.state.ratings().put("docker", new Rating("docker", 1, null, null, Instant.EPOCH));
        SkillRowViewModel docker = fx.row("docker");
        docker.rate(3);
        writer.failNext("the disk is full");
        assertEquals(1, docker.levelProperty().get());
        assertEquals(SaveStatus.State.FAILED, docker.statusProperty().get().state());
        assertEquals("the disk is full", docker.statusProperty().get().message());
        fx.row("python").rate(2);
        assertEquals(SaveStatus.State.FAILED, docker.statusProperty().get().state(), "a failure stays until its row saves");
    }

    @Test
    void savedShowsOnTheRowThatWasSavedOnly() {
        fx.row("numpy").rate(2);
        writer.commitAll();
        assertEquals(SaveStatus.State.SAVED, fx.row("numpy").statusProperty().get().state());
        assertEquals(SaveStatus.State.IDLE, fx.row("pandas").statusProperty().get().state());
        fx.row("pandas").rate(2);
        assertEquals(SaveStatus.State.IDLE, fx.row("numpy").statusProperty().get().state());
    }

    @Test
    void notesAreSavedOnceAfterTypingStops() {
        fx.stored("python", 2);
        SkillNotesViewModel notes = fx.row("python").notes();
        notes.noteProperty().set("W");
        notes.noteProperty().set("Wrote");
        notes.noteProperty().set("Wrote a scraper");
        assertTrue(writer.calls.isEmpty(), "nothing is written while typing");
        fx.flushAll();
        assertEquals(List.of(new FakeProgressWriter.Call("note", "python", "Wrote a scraper")), writer.calls);
        notes.commitNote();
        assertEquals(1, writer.calls.size(), "an unchanged note is not written again");
    }

    @Test
    void typingIsNotUndoneByTheCommitOfAnEarlierNote() {
        fx.stored("sql", 1);
        SkillNotesViewModel notes = fx.row("sql").notes();
        notes.noteProperty().set("joins");
        fx.flushAll();
        notes.noteProperty().set("joins and window functions");
        writer.commitAll(); // "joins" arrives while the longer text waits for its quiet moment
        assertEquals("joins and window functions", notes.noteProperty().get());
        fx.flushAll();
        writer.commitAll();
        assertEquals("joins and window functions", fx.state.ratings().get("sql").note());
    }

    @Test
    void aPauseAfterASpaceKeepsTheSpace() {
        fx.stored("python", 2);
        SkillNotesViewModel notes = fx.row("python").notes();
        notes.noteProperty().set("Built ");
        fx.flushAll();
        assertEquals("Built", writer.calls.get(0).value(), "saved as storage keeps it: stripped");
        writer.commitAll();
        assertEquals("Built ", notes.noteProperty().get(), "the space the user just typed stays");
    }

    @Test
    void anInvalidEvidenceLinkIsNamedAndNotSaved() {
        fx.stored("python", 2);
        SkillNotesViewModel notes = fx.row("python").notes();
        notes.evidenceProperty().set("ftp://example.org/code");
        fx.flushAll();
        assertTrue(writer.calls("evidence").isEmpty());
        assertFalse(notes.evidenceProblemProperty().get().isEmpty());
        assertFalse(notes.canOpenEvidenceProperty().get());
        notes.evidenceProperty().set("https://github.com/me/scraper");
        assertEquals("", notes.evidenceProblemProperty().get(), "the message goes as soon as the link is valid");
        fx.flushAll();
        assertEquals(List.of(new FakeProgressWriter.Call("evidence", "python", "https://github.com/me/scraper")),
                writer.calls("evidence"));
        notes.openEvidence();
        assertEquals(List.of("https://github.com/me/scraper"), fx.opened);
        notes.evidenceProperty().set("  ");
        fx.flushAll();
        assertEquals("", writer.calls("evidence").get(1).value(), "a blank link clears the stored one");
    }

    @Test
    void evidenceProblemsAreClassified() {
        assertEquals(EvidenceProblem.NOT_WEB, EvidenceProblem.of("javascript:alert(1)").orElseThrow());
        assertEquals(EvidenceProblem.NOT_WEB, EvidenceProblem.of("www.example.org").orElseThrow());
        assertEquals(EvidenceProblem.NO_HOST, EvidenceProblem.of("https:///path").orElseThrow());
        assertEquals(EvidenceProblem.MALFORMED, EvidenceProblem.of("https://exa mple.org").orElseThrow());
        assertEquals(EvidenceProblem.TOO_LONG, EvidenceProblem.of("https://e.org/" + "a".repeat(2100)).orElseThrow());
        assertTrue(EvidenceProblem.of("http://example.org").isEmpty());
        assertTrue(EvidenceProblem.of("").isEmpty());
    }

    @Test
    void aProfileSwitchDropsEditsTypedForTheOldProfile() {
        SkillNotesViewModel notes = fx.row("python").notes();
        notes.noteProperty().set("typed for the old profile");
        fx.state.profileProperty().set(new Profile(2, "other", "junior"));
        fx.flushAll();
        assertTrue(writer.calls.isEmpty());
        assertEquals("", notes.noteProperty().get());
    }

    @Test
    void previewAndFocusShowALevelDescriptionButNeverWrite() {
        SkillRowViewModel python = fx.row("python");
        var hint = python.texts().levelHintProperty();
        assertEquals("", hint.get());
        python.hoverLevelProperty().set(4);
        assertTrue(hint.get().contains(fx.state.messages().of(fx.state.roadmap().level(python.skill().scale(), 4).description())));
        python.hoverLevelProperty().set(-1);
        python.focusedProperty().set(true);
        assertEquals("Not rated yet: type 0–5 or click a star (0 means no exposure).", hint.get());
        fx.stored("python", 0);
        assertTrue(hint.get().contains(fx.state.messages().of(fx.state.roadmap().level(python.skill().scale(), 0).description())));
        assertTrue(writer.calls.isEmpty());
    }

    @Test
    void theRowsPropertiesAreFieldsSoEveryViewBindsToTheSameOnes() {
        SkillRowViewModel python = fx.row("python");
        assertSame(python.texts().levelProperty(), python.texts().levelProperty());
        assertSame(python.meetsTargetProperty(), python.meetsTargetProperty());
        assertSame(python.shownLevelProperty(), python.shownLevelProperty());
        assertSame(python.notes().hasNoteProperty(), python.notes().hasNoteProperty());
        assertSame(fx.vm.ratedTextProperty(), fx.vm.ratedTextProperty());
        assertNull(python.shownLevelProperty().get(), "not rated: the control shows no level, not 0");
        fx.stored("python", 0);
        assertEquals(0, python.shownLevelProperty().get());
    }

    @Test
    void firstSentenceMakesTheOneLineSummary() {
        assertEquals("Experiment tracking with MLflow.",
                LevelTexts.firstSentence("Experiment tracking with MLflow. Part of MLOps: models are deployed.", java.util.Locale.ENGLISH));
        assertEquals("", LevelTexts.firstSentence(null, java.util.Locale.ENGLISH));
        assertNull(fx.row("python").group());
    }
}
