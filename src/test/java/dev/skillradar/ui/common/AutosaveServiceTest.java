package dev.skillradar.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.catalog.Language;
import dev.skillradar.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveServiceTest {
    @TempDir
    Path dir;
    TestSession t;

    @BeforeEach
    void open() {
        t = new TestSession(dir, Language.EN);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aLevelIsCommittedAsAnAppChangeAndOnlyThenReportedSaved() {
        t.autosave.setLevel("python", 3);

        assertEquals(3, t.db.ratings().current(t.profileId()).get("python").level());
        List<RatingChange> history = t.db.ratings().history(t.profileId());
        assertEquals(ChangeOrigin.APP, history.get(history.size() - 1).origin());
        assertEquals(SaveStatus.State.SAVED, t.autosave.statusProperty().get().state());
        assertEquals(3, t.state.ratings().get("python").level());
        assertFalse(t.autosave.isPending("python"));
    }

    @Test
    void writingOneSkillDoesNotOverwriteAnotherChangedMeanwhileFromTheCommandLine() {
        t.autosave.setLevel("python", 2);
        try (Database cli = Database.open(dir, Clock.systemUTC())) {
            cli.ratings().setLevel(t.profileId(), "sql", 4, ChangeOrigin.CLI);
        }
        t.autosave.setLevel("python", 3);

        assertEquals(4, t.db.ratings().current(t.profileId()).get("sql").level());
        assertEquals(3, t.db.ratings().current(t.profileId()).get("python").level());
    }

    @Test
    void notesAndEvidenceKeepTheLevelAndBlankClearsThem() {
        t.autosave.setLevel("docker", 2);
        t.autosave.setNote("docker", "Built two images");
        t.autosave.setEvidence("docker", " https://example.org/repo ");
        var stored = t.db.ratings().current(t.profileId()).get("docker");
        assertEquals(2, stored.level());
        assertEquals("Built two images", stored.note());
        assertEquals("https://example.org/repo", stored.evidence());

        t.autosave.setNote("docker", "   ");
        assertNull(t.db.ratings().current(t.profileId()).get("docker").note());
    }

    @Test
    void aFailedWriteRevertsTheShownValueAndSaysWhyInTheUsersLanguage() {
        t.autosave.setLevel("python", 2);
        t.messages.languageProperty().set(Language.DE);

        t.autosave.setLevel("python", 9); // storage refuses a level outside 0..5

        assertEquals(2, t.state.ratings().get("python").level());
        SaveStatus s = t.autosave.statusProperty().get();
        assertEquals(SaveStatus.State.FAILED, s.state());
        assertTrue(s.message().startsWith("Der Wert"), s.message());
        assertEquals(2, t.db.ratings().current(t.profileId()).get("python").level());
    }

    @Test
    void aFailedFirstRatingDisappearsAgain() {
        t.autosave.setLevel("calculus", -1);

        assertFalse(t.state.ratings().containsKey("calculus"));
        assertEquals(SaveStatus.State.FAILED, t.autosave.statusProperty().get().state());
    }

    @Test
    void anUnchangedValueIsNotWrittenAgain() {
        t.autosave.setLevel("python", 2);
        int before = t.db.ratings().history(t.profileId()).size();
        t.autosave.setLevel("python", 2);
        assertEquals(before, t.db.ratings().history(t.profileId()).size());
    }
}
