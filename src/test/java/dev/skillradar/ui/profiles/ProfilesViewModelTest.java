package dev.skillradar.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.Language;
import dev.skillradar.ui.common.FakeDialogs;
import dev.skillradar.ui.common.TestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfilesViewModelTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    TestSession t;
    FakeDialogs dialogs = new FakeDialogs();
    ProfilesViewModel vm;

    @BeforeEach
    void open() {
        t = new TestSession(dir, Language.EN);
        vm = t.profilesViewModel(dialogs);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aNewProfileIsCreatedAndShown() {
        dialogs.textAnswers.add("  Anna  ");
        vm.create();
        assertEquals("Anna", t.state.profile().name());
        assertEquals(2, vm.profiles().size());
        assertTrue(t.state.ratings().isEmpty());
        assertTrue(t.db.profiles().find("anna").isPresent());
    }

    @Test
    void namesAreCheckedBeforeStorageIsAsked() {
        assertEquals("There is already a profile called “DEFAULT”.", vm.nameProblem("DEFAULT", -1).orElseThrow());
        assertEquals("Enter a name.", vm.nameProblem("   ", -1).orElseThrow());
        assertTrue(vm.nameProblem("x".repeat(Profile.MAX_NAME_LENGTH + 1), -1).isPresent());
        assertTrue(vm.nameProblem("a\nb", -1).isPresent());
        assertTrue(vm.nameProblem("Default", t.profileId()).isEmpty(), "renaming to itself in another case is fine");
        dialogs.textAnswers.add("default");
        vm.create();
        assertEquals(1, t.db.profiles().list().size());
    }

    @Test
    void renamingChangesTheNameShownInTheTitleAndStorage() {
        dialogs.textAnswers.add("Anna Müller");
        vm.renameCurrent();
        assertEquals("Anna Müller", t.state.profile().name());
        assertTrue(t.db.profiles().find("Anna Müller").isPresent());
    }

    @Test
    void switchingShowsTheOtherProfilesRatingsAndRole() {
        Profile bo = t.db.profiles().create("Bo", "senior");
        t.db.ratings().setLevel(bo.id(), "python", 4, ChangeOrigin.CLI);
        t.session.reload(() -> { }, e -> { });
        vm.switchTo(vm.profiles().stream().filter(p -> p.name().equals("Bo")).findFirst().orElseThrow());
        assertEquals("Bo", t.state.profile().name());
        assertEquals("senior", t.state.role().id());
        assertEquals(4, t.state.ratings().get("python").level());
    }

    @Test
    void deletingAsksFirstAndNoMeansNothingChanges() {
        t.db.profiles().create("Bo", "junior");
        t.session.reload(() -> { }, e -> { });
        dialogs.confirmAnswers.add(false);
        vm.deleteCurrent();
        assertEquals(2, t.db.profiles().list().size());

        dialogs.confirmAnswers.add(true);
        vm.deleteCurrent();
        assertEquals(1, t.db.profiles().list().size());
        assertEquals("Bo", t.state.profile().name());
        assertTrue(dialogs.of("confirm").get(0).message().contains("“default”"));
    }

    @Test
    void theLastProfileCannotBeDeleted() {
        assertFalse(vm.canDeleteProperty().get());
        vm.deleteCurrent();
        assertTrue(dialogs.shown.isEmpty());
        assertEquals(1, t.db.profiles().list().size());
    }

    @Test
    void anExportedProfileImportsIntoAnotherDataFolderAndAsksBeforeReplacing(@TempDir Path other) throws Exception {
        t.autosave.setLevel("python", 3);
        t.autosave.setNote("python", "Daily work");
        Path file = files.resolve("default.skillradar.json");
        dialogs.fileAnswers.add(file);
        vm.exportCurrent();
        assertTrue(Files.size(file) > 0);

        try (TestSession o = new TestSession(other, Language.EN)) {
            FakeDialogs d2 = new FakeDialogs();
            ProfilesViewModel vm2 = o.profilesViewModel(d2);
            o.autosave.setLevel("sql", 1);
            d2.fileAnswers.add(file);
            d2.confirmAnswers.add(false);
            vm2.importFile();
            assertEquals("Profile “default” already has ratings. Replace them?", d2.last().message().lines().findFirst().orElseThrow());
            assertEquals(1, o.db.ratings().current(o.profileId()).get("sql").level());

            d2.fileAnswers.add(file);
            d2.confirmAnswers.add(true);
            vm2.importFile();
            assertEquals(3, o.state.ratings().get("python").level());
            assertEquals("Daily work", o.state.ratings().get("python").note());
            assertFalse(o.state.ratings().containsKey("sql"));
        }
    }

    @Test
    void anInvalidFileIsRefusedWithItsProblemAndPlaceAndChangesNothing() throws Exception {
        t.autosave.setLevel("python", 2);
        Path bad = files.resolve("bad.json");
        Files.writeString(bad, "{\"format\": 1, \"app\": \"skillradar\",\n \"profile\": ");
        dialogs.fileAnswers.add(bad);
        vm.importFile();

        FakeDialogs.Shown error = dialogs.last();
        assertEquals("error", error.kind());
        assertTrue(error.message().contains(bad.toString()), error.message());
        assertTrue(error.message().contains("line"), error.message());
        assertTrue(error.message().endsWith("Nothing was changed."), error.message());
        assertEquals(1, t.db.profiles().list().size());
        assertEquals(2, t.db.ratings().current(t.profileId()).get("python").level());
    }

    /** A German user sees what is wrong with the file, and where, in German; nothing changes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated JSON       | das JSON endet zu früh: Die Datei scheint abgeschnitten zu sein (Stelle: Zeile 3, Spalte",
        "unknown skill        | unbekannte Kompetenz „pythn“ (Stelle: /ratings/0/skill)",
        "level out of range   | Stufe 9 liegt außerhalb von 0 bis 5 (Stelle: /ratings/0/level)",
        "wrong format version | Formatversion 3 wird nicht unterstützt (diese SkillRadar-Version liest Format 2) (Stelle: /format)",
        "unknown field        | unbekanntes Feld „stars“ (Stelle: /ratings/0/stars)",
        "not a profile file   | erwartet wird ein Objekt, gefunden wurde eine Liste (JSON-Array) (Stelle: oberste Ebene)",
        "empty file           | die Datei ist leer"})
    void aGermanUserSeesTheProblemAndItsPlaceInGerman(String problem, String detail, @TempDir Path other) throws Exception {
        try (TestSession de = new TestSession(other, Language.DE)) {
            FakeDialogs d = new FakeDialogs();
            ProfilesViewModel german = de.profilesViewModel(d);
            de.autosave.setLevel("python", 2);
            Path bad = files.resolve("kaputt.json");
            Files.writeString(bad, badFile(problem));
            d.fileAnswers.add(bad);
            german.importFile();

            FakeDialogs.Shown error = d.last();
            assertEquals("error", error.kind());
            assertEquals("Das Profil wurde nicht importiert", error.title());
            assertTrue(error.message().startsWith("Die Datei " + bad + " kann nicht importiert werden: " + detail),
                    error.message());
            assertTrue(error.message().endsWith("Es wurde nichts geändert."), error.message());
            assertEquals(1, de.db.profiles().list().size());
            assertEquals(2, de.db.ratings().current(de.profileId()).get("python").level());
        }
    }

    @Test
    void aFileTooLargeIsRefusedInGermanWithBothSizes(@TempDir Path other) throws Exception {
        Path huge = files.resolve("riesig.json");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(64L * 1024 * 1024 + 1); // sparse: no disk space used
        }
        try (TestSession de = new TestSession(other, Language.DE)) {
            FakeDialogs d = new FakeDialogs();
            d.fileAnswers.add(huge);
            de.profilesViewModel(d).importFile();
            assertTrue(d.last().message().contains(": die Datei ist zu groß (64,0 MiB; erlaubt sind höchstens 64 MiB)"),
                    d.last().message());
        }
    }

    /** The export of a one-rating profile, broken in one way. */
    private String badFile(String problem) {
        String valid = """
                {
                  "format": 1,
                  "app": "skillradar",
                  "appVersion": "0.1.0",
                  "roadmapId": "%s",
                  "exportedAt": "2026-01-31T12:00:00Z",
                  "profile": {"name": "Anna", "targetRole": "junior"},
                  "ratings": [{"skill": "python", "level": 3, "note": null, "evidence": null, "updatedAt": "2026-01-30T10:00:00Z"}],
                  "history": []
                }
                """.formatted(t.state.roadmap().id());
        return switch (problem) {
            case "truncated JSON" -> valid.substring(0, valid.indexOf("\"app\"") + 12);
            case "unknown skill" -> valid.replace("\"python\"", "\"pythn\"");
            case "level out of range" -> valid.replace("\"level\": 3", "\"level\": 9");
            case "wrong format version" -> valid.replace("\"format\": 1", "\"format\": 3");
            case "unknown field" -> valid.replace("\"level\": 3,", "\"level\": 3, \"stars\": 5,");
            case "not a profile file" -> "[1, 2, 3]";
            case "empty file" -> "";
            default -> throw new IllegalArgumentException(problem);
        };
    }

    @Test
    void theSuggestedFileNameIsSafeOnEveryFileSystem() {
        assertEquals("Anna_Bo.skillradar.json", ProfilesViewModel.fileName("Anna/Bo"));
        assertEquals("profile.skillradar.json", ProfilesViewModel.fileName("  "));
    }
}
