package dev.skillradar.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Language;
import dev.skillradar.app.Backups;
import dev.skillradar.app.ProfileChecks;
import dev.skillradar.ui.common.FakeDialogs;
import dev.skillradar.ui.common.Formats;
import dev.skillradar.ui.common.TestSession;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataViewModelTest {
    @TempDir
    Path dir;
    TestSession t;
    FakeDialogs dialogs = new FakeDialogs();
    DataViewModel vm;

    @BeforeEach
    void open() {
        t = new TestSession(dir, Language.EN);
        vm = new DataViewModel(t.session, t.backups, new ProfileChecks(t.db, t.state.roadmap()), t.io, dialogs,
                new Formats(t.messages, ZoneOffset.UTC), dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theConfirmAgainPeriodIsAskedWithTheCurrentOneSavedForTheFolderAndTheDueRatingsFollow() {
        t.autosave.setLevel("python", 3);
        t.clock.advance(java.time.Duration.ofDays(100)); // about three months: not due with the default six
        t.session.readCalibration();
        assertTrue(t.state.stale().isEmpty());

        dialogs.textAnswers.add("0");
        vm.setConfirmPeriod();
        dialogs.textAnswers.add("25");
        vm.setConfirmPeriod();
        dialogs.textAnswers.add("three");
        vm.setConfirmPeriod();
        assertEquals(List.of("Type a whole number of months from 1 to 24.", "Type a whole number of months from 1 to 24.",
                "Type a whole number of months from 1 to 24."), dialogs.validations);
        assertEquals(6, t.db.settings().confirmMonths(), "a refused answer changes nothing");

        dialogs.textAnswers.add(" 2 ");
        vm.setConfirmPeriod();
        assertEquals("askText", dialogs.last().kind());
        assertTrue(dialogs.last().message().contains("1–24"), dialogs.last().message());
        assertEquals(2, t.db.settings().confirmMonths());
        assertEquals(java.util.Set.of("python"), t.state.stale(), "python is due again at once");
    }

    @Test
    void backUpNowAddsAManualBackupAndSaysWhere() {
        int before = t.db.backups().list().size();
        vm.backupNow();
        assertEquals(before + 1, t.db.backups().list().size());
        assertEquals("inform", dialogs.last().kind());
        assertTrue(dialogs.last().message().contains(t.db.backups().directory().toString()));
    }

    @Test
    void restoringGoesBackToTheChosenBackupAfterAConfirmation() {
        t.autosave.setLevel("python", 2);
        vm.backupNow();
        // the session clock moves a millisecond per reading, so the next backup gets a name of its own
        t.autosave.setLevel("python", 5);

        dialogs.chooseAnswers.add(0); // newest first: the manual backup
        dialogs.confirmAnswers.add(false);
        vm.restore();
        assertEquals(5, t.state.ratings().get("python").level());

        dialogs.chooseAnswers.add(0);
        dialogs.confirmAnswers.add(true);
        vm.restore();
        assertEquals(2, t.state.ratings().get("python").level());
        assertEquals(2, t.db.ratings().current(t.profileId()).get("python").level());
        assertTrue(dialogs.of("choose").get(0).message().contains("made by you"));
        assertEquals("inform", dialogs.last().kind());
    }

    @Test
    void theRecoveryNoticeIsToldInTheUsersLanguageWithTheBackupsDate() {
        t.messages.languageProperty().set(Language.DE);
        Backups.Recovery n = new Backups.Recovery("DAMAGED", dir.resolve("skillradar.db.damaged"),
                Optional.of(Instant.parse("2026-03-01T09:30:00Z")), Optional.of(dir.resolve("backups/b.db")));
        String text = vm.recoveryText(n);
        assertTrue(text.startsWith("Die SkillRadar-Datenbank war beschädigt"), text);
        assertTrue(text.contains("01.03.2026"), text);
        assertTrue(text.contains("b.db"), text);

        Backups.Recovery fresh = new Backups.Recovery("EMPTY_FILE", dir.resolve("x"),
                Optional.empty(), Optional.empty());
        assertTrue(vm.recoveryText(fresh).contains("leeren Profil"));
        assertFalse(vm.recoveryText(fresh).contains("!"));
    }
}
