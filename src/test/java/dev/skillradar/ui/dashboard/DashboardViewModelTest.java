package dev.skillradar.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.text.ReadinessSummary;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Role;
import dev.skillradar.ui.common.FakeDialogs;
import dev.skillradar.ui.common.TestSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {
    @TempDir
    Path dir;
    TestSession t;
    FakeDialogs dialogs = new FakeDialogs();
    List<String> opened = new ArrayList<>();
    DashboardViewModel vm;

    @BeforeEach
    void open() {
        t = new TestSession(dir, Language.EN);
        vm = new DashboardViewModel(t.state, t.session, dialogs, opened::add);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private Role role(String id) {
        return t.state.roadmap().role(id).orElseThrow();
    }

    @Test
    void readinessFollowsARatingSavedThroughTheAutosave() {
        assertEquals("0%", vm.overallTextProperty().get());
        t.autosave.setLevel("python", 3);
        assertNotEquals("0%", vm.overallTextProperty().get());
        assertTrue(vm.overallProperty().get() > 0);
        assertEquals(3, t.db.ratings().current(t.profileId()).get("python").level());
    }

    @Test
    void theNextStepNamesTheMostImportantGapWithItsLevels() {
        assertEquals("Raise Python from 0 (No exposure) to 3 (Independent).", vm.nextStepProperty().get());
        assertEquals(DashboardViewModel.TOP_GAPS, vm.gaps().size());
        assertEquals("python", vm.gaps().get(0).id());
        assertEquals("Now 0 (No exposure), target 3 (Independent)", vm.gaps().get(0).levels());
    }

    @Test
    void switchingTheRoleUpdatesEverythingAndIsSaved() {
        for (String skill : List.of("python", "numpy", "pandas", "sql", "scikit-learn", "docker")) {
            t.autosave.setLevel(skill, 3);
        }
        String juniorMonths = vm.monthsProperty().get();
        vm.selectRole(role("senior"));

        assertEquals("senior", t.state.role().id());
        assertEquals("senior", t.db.profiles().find("default").orElseThrow().targetRoleId());
        assertEquals("€100,000–140,000", vm.salaryProperty().get());
        assertEquals("5+ years of experience", vm.experienceProperty().get());
        assertTrue(vm.overallCaptionProperty().get().contains("Senior"));
        assertNotEquals(juniorMonths, vm.monthsProperty().get());
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void timeToReadyAndExperienceAreShownSideBySideNeverAdded() {
        assertEquals("15–30 months", vm.monthsProperty().get());
        assertEquals("0–2 years of experience", vm.experienceProperty().get());
    }

    @Test
    void moneyAndPercentagesAreWrittenAsTheLanguageDoes() {
        assertEquals("€55,000–75,000", vm.salaryProperty().get());
        t.messages.languageProperty().set(Language.DE);
        assertEquals("55.000–75.000 €", vm.salaryProperty().get());
        assertEquals("0 %", vm.overallTextProperty().get());
        assertEquals("0–2 Jahre Berufserfahrung", vm.experienceProperty().get());
        assertEquals("15–30 Monate", vm.monthsProperty().get());
        assertTrue(vm.nextStepProperty().get().startsWith("Python von 0"), vm.nextStepProperty().get());
        assertTrue(vm.sourceProperty().get().startsWith("Quelle: "));
    }

    @Test
    void anAreaWithoutTargetsIsShownAsNoTargetNotAsZero() {
        ReadinessSummary.Bar language = vm.areas().stream().filter(b -> b.value() == null).findFirst().orElseThrow();
        assertNull(language.value());
        assertEquals("no target", language.valueText());
        assertTrue(vm.areas().stream().anyMatch(b -> "0%".equals(b.valueText())));
    }

    @Test
    void theMarketContextAndItsSourceComeFromTheCatalogue() {
        assertTrue(vm.employersNoteProperty().get().contains("Siemens"));
        assertEquals(t.state.roadmap().market().facts().size(), vm.facts().size());
        assertTrue(vm.sourceProperty().get().startsWith("Source: "));
    }

    @Test
    void aResourceOpensOnlyWhenClickedAndOnlyWithAWebAddress() {
        ReadinessSummary.Resource r = vm.gaps().get(0).resources().get(0);
        assertTrue(opened.isEmpty());
        vm.openResource(r);
        assertEquals(List.of(r.url()), opened);
        vm.openResource(new ReadinessSummary.Resource("x", "", "file:///etc/passwd", true));
        assertEquals(1, opened.size());
    }

    @Test
    void whenTheRoleCannotBeSavedItGoesBackAndTheUserIsTold() {
        t.db.profiles().delete(t.profileId());
        vm.selectRole(role("mid"));

        assertEquals("junior", t.state.role().id());
        assertEquals("error", dialogs.last().kind());
        assertEquals("The target role was not saved", dialogs.last().title());
    }
}
