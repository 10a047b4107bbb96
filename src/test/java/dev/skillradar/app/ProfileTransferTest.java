package dev.skillradar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one export/import flow of the window and the command line: checked first, replacing only when asked. */
class ProfileTransferTest {
    private static final Roadmap ROADMAP = new CatalogLoader().loadBuiltIn();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anExportImportsIntoANewProfileAndReplacesAnExistingOneOnlyWhenAsked() throws Exception {
        try (Database db = Database.open(dir.resolve("data"), CLOCK)) {
            ProfileTransfer transfer = new ProfileTransfer(db, ROADMAP, CLOCK);
            Profile anna = db.profiles().create("Anna", "junior");
            db.ratings().setLevel(anna.id(), "python", 4, ChangeOrigin.APP);
            Path file = dir.resolve("anna.json");

            ProfileTransfer.Exported out = transfer.export(anna.id(), file);
            assertEquals(1, out.ratings());
            assertTrue(Files.size(file) > 0);

            ProfileTransfer.Plan intoNew = transfer.plan(file, "Ben");
            assertFalse(intoNew.targetExists());
            ProfileTransfer.Imported ben = transfer.run(intoNew, false);
            assertTrue(ben.wasNew());
            assertEquals(4, db.ratings().current(ben.profile().id()).get("python").level());

            ProfileTransfer.Plan intoAnna = transfer.plan(file, null);
            assertEquals("Anna", intoAnna.targetName(), "the name in the file");
            assertTrue(intoAnna.targetHasRatings());
            AppProblem refused = assertThrows(AppProblem.class, () -> transfer.run(intoAnna, false));
            assertEquals(AppProblem.Kind.HAS_RATINGS, refused.kind());
            assertTrue(transfer.run(intoAnna, true).replaced());
        }
    }

    @Test
    void aBrokenFileIsRefusedWithItsPlaceAndNothingChanges() throws Exception {
        try (Database db = Database.open(dir.resolve("data"), CLOCK)) {
            ProfileTransfer transfer = new ProfileTransfer(db, ROADMAP, CLOCK);
            Path file = dir.resolve("broken.json");
            Files.writeString(file, "{\"format\": 1,\n  \"app\": tru}");
            AppProblem p = assertThrows(AppProblem.class, () -> transfer.plan(file, null));
            assertEquals(AppProblem.Kind.INVALID_FILE, p.kind());
            assertEquals(2, p.place().line());
            assertEquals(0, db.profiles().list().size());
        }
    }
}
