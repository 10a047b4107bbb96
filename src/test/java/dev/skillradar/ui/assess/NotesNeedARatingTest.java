package dev.skillradar.ui.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Language;
import dev.skillradar.storage.Database;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.AutosaveService;
import dev.skillradar.ui.common.DirectTaskExecutor;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.common.SaveStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage keeps a note or an evidence link only with a rating ("rate it first"). The notes of an
 * unrated skill are therefore not editable, and text that could not be saved is never lost: it
 * stays on screen and is written once the skill is rated. Without the FX toolkit.
 */
class NotesNeedARatingTest {
    @TempDir
    Path dir;

    @Test
    void notesAndLinksAreEditableOnlyOnceARatingIsCommitted() {
        AssessFixture fx = AssessFixture.manual();
        SkillNotesViewModel notes = fx.row("python").notes();
        assertFalse(notes.editableProperty().get());
        assertEquals("Rate this skill first to add a note and an evidence link.", notes.rateFirstTextProperty().get());
        fx.state.messages().languageProperty().set(Language.DE);
        assertEquals("Bewerten Sie diese Kompetenz zuerst, um eine Notiz und einen Nachweis-Link hinzuzufügen.",
                notes.rateFirstTextProperty().get());

        fx.row("python").rate(3);
        assertFalse(notes.editableProperty().get(), "not before the ratings map has the rating");
        fx.writer.commitAll();
        assertTrue(notes.editableProperty().get());

        fx.row("sql").rate(0); // "no exposure" is a rating too
        fx.writer.commitAll();
        assertTrue(fx.row("sql").notes().editableProperty().get());
    }

    @Test
    void textThatCannotBeSavedYetIsKeptAndWrittenAsSoonAsTheSkillIsRated() {
        AssessFixture fx = AssessFixture.manual();
        SkillNotesViewModel notes = fx.row("numpy").notes();
        notes.noteProperty().set("Vectorised the pipeline");
        notes.evidenceProperty().set("https://github.com/me/vectors");
        fx.flushAll();
        notes.commitNote();
        notes.commitEvidence();
        assertTrue(fx.writer.calls.isEmpty(), "storage would refuse them: nothing is sent");
        fx.state.ratings().put("sql", new dev.skillradar.assessment.Rating("sql", 2, null, null, java.time.Instant.EPOCH));
        assertEquals("Vectorised the pipeline", notes.noteProperty().get(), "other changes leave the text alone");

        fx.row("numpy").rate(2);
        fx.writer.commitAll();
        assertEquals("Vectorised the pipeline", notes.noteProperty().get(), "the rating's echo (no note) does not clear it");
        fx.flushAll();
        fx.writer.commitAll();
        assertEquals("Vectorised the pipeline", fx.state.ratings().get("numpy").note());
        assertEquals("https://github.com/me/vectors", fx.state.ratings().get("numpy").evidence());
        assertEquals(List.of("level", "note", "evidence"), fx.writer.calls.stream().map(FakeProgressWriter.Call::kind).toList());
    }

    @Test
    void aNoteTypedWhileTheFirstRatingFailsIsKeptAndSavedWithTheNextRating() throws IOException {
        List<ManualDebounce> debounces = new ArrayList<>();
        QueuedExecutor queue = new QueuedExecutor();
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            Messages messages = new Messages(Language.EN);
            AppState state = new AppState(AssessFixture.builtIn(), messages);
            new ProfileSession(db, state, new DirectTaskExecutor()).apply(ProfileSession.read(db, state.roadmap(), null, null, "junior"));
            AutosaveService autosave = new AutosaveService(state, db, queue, new ErrorMessages(messages), Clock.systemUTC());
            AssessViewModel vm = new AssessViewModel(state, autosave, new DirectTaskExecutor(), url -> { }, () -> {
                ManualDebounce d = new ManualDebounce();
                debounces.add(d);
                return d;
            });
            long profile = state.profile().id();
            SkillRowViewModel python = vm.row("python").orElseThrow();
            SkillNotesViewModel notes = python.notes();

            python.rate(3); // shown at once (optimistically), so the note can be typed straight away
            assertTrue(notes.editableProperty().get());
            notes.noteProperty().set("Wrote a scraper");
            debounces.forEach(ManualDebounce::flush);
            assertEquals(2, queue.size(), "the level, then the note");

            queue.failNext(new IOException("disk full")); // the level is not saved...
            queue.runNext(); // ...so storage refuses the note: "rate it first"
            assertNull(db.ratings().current(profile).get("python"));
            assertFalse(python.ratedProperty().get());
            assertFalse(notes.editableProperty().get());
            assertEquals(SaveStatus.State.FAILED, python.statusProperty().get().state());
            assertEquals("Wrote a scraper", notes.noteProperty().get(), "the typed note is still there");

            python.rate(3);
            assertTrue(notes.editableProperty().get());
            debounces.forEach(ManualDebounce::flush);
            queue.runAll();
            assertEquals(3, db.ratings().current(profile).get("python").level());
            assertEquals("Wrote a scraper", db.ratings().current(profile).get("python").note());
            assertEquals("Wrote a scraper", notes.noteProperty().get());
            assertEquals(SaveStatus.State.SAVED, python.statusProperty().get().state());
        }
    }

    @Test
    void aNoteWhoseSaveFailedIsNotReplacedByTheStoredOneAndIsTriedAgainOnLeavingTheField() {
        AssessFixture fx = AssessFixture.manual();
        fx.stored("sql", 2);
        SkillNotesViewModel notes = fx.row("sql").notes();
        notes.noteProperty().set("CTEs and window functions");
        fx.flushAll();
        fx.writer.failNext("the disk is full");
        fx.row("sql").rate(3);
        fx.writer.commitAll(); // the level's commit echoes the old (empty) note
        assertEquals("CTEs and window functions", notes.noteProperty().get());
        notes.commitNote();
        fx.writer.commitAll();
        assertEquals("CTEs and window functions", fx.state.ratings().get("sql").note());
    }
}
