package dev.skillradar.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.Language;
import dev.skillradar.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSessionTest {
    @TempDir
    Path dir;
    TestSession t;
    final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        t = new TestSession(dir, Language.EN);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aChangeCommittedByTheCommandLineIsShownAfterTheNextPoll() {
        double before = t.state.readiness().overall();
        try (Database cli = Database.open(dir, Clock.systemUTC())) {
            cli.ratings().setLevel(t.profileId(), "python", 3, ChangeOrigin.CLI);
        }
        boolean[] reloaded = {false};
        t.session.pollForOutsideChanges(() -> reloaded[0] = true, failures::add);

        assertTrue(reloaded[0]);
        assertEquals(3, t.state.ratings().get("python").level());
        assertTrue(t.state.readiness().overall() > before);
        assertTrue(failures.isEmpty());
    }

    @Test
    void ourOwnWritesDoNotCauseAReload() {
        t.autosave.setLevel("python", 3);
        boolean[] reloaded = {false};
        t.session.pollForOutsideChanges(() -> reloaded[0] = true, failures::add);
        assertFalse(reloaded[0]);
    }

    @Test
    void whenTheShownProfileIsDeletedElsewhereTheDefaultProfileIsShown() {
        Profile anna;
        try (Database cli = Database.open(dir, Clock.systemUTC())) {
            anna = cli.profiles().create("Anna", "mid");
        }
        t.session.switchTo(anna, () -> { }, failures::add);
        assertEquals("Anna", t.state.profile().name());
        assertEquals("mid", t.state.role().id());

        try (Database cli = Database.open(dir, Clock.systemUTC())) {
            cli.profiles().delete(anna.id());
        }
        t.session.pollForOutsideChanges(() -> { }, failures::add);

        assertEquals("default", t.state.profile().name());
        assertEquals(1, t.session.profiles().size());
    }

    @Test
    void theTargetRoleIsSavedAndASwitchIsRememberedForTheNextStart() {
        t.session.setTargetRole(t.state.roadmap().role("senior").orElseThrow(), failures::add);
        assertEquals("senior", t.db.profiles().find("default").orElseThrow().targetRoleId());
        assertEquals("senior", t.state.profile().targetRoleId());

        Profile bo = t.db.profiles().create("Bo", "junior");
        t.session.switchTo(bo, () -> { }, failures::add);
        assertEquals("Bo", ProfileSession.read(t.db, t.state.roadmap(), null, null, "junior").current().name());
    }

    @Test
    void aStoredRoleTheRoadmapLacksReadsAsTheDefaultRoleAndIsToldOnce() {
        List<ProfileSession.UnknownRole> told = new ArrayList<>();
        t.session.setOnUnknownRole(told::add);
        Profile odd = t.db.profiles().create("Odd", "data-wizard");
        t.session.switchTo(odd, () -> { }, failures::add);
        assertEquals(t.state.roadmap().defaultRole(), t.state.role());
        assertEquals(1, told.size());
        assertEquals("data-wizard", told.get(0).storedRoleId());
        assertEquals("Odd", told.get(0).profile().name());
        t.session.reload(() -> { }, failures::add);
        assertEquals(1, told.size(), "told once per profile, not on every reload");
        assertEquals("data-wizard", t.db.profiles().find("Odd").orElseThrow().targetRoleId(), "nothing is written");
        assertEquals(List.of(), failures);
    }
}
