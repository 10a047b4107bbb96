package dev.skillradar.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.launch.LaunchOptions;
import dev.skillradar.catalog.CatalogException;
import dev.skillradar.catalog.Language;
import dev.skillradar.storage.Database;
import dev.skillradar.storage.DataDirectory;
import dev.skillradar.storage.InstanceLock;
import dev.skillradar.storage.StorageException;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.FxTaskExecutor;
import dev.skillradar.ui.common.Messages;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up without the window: what is ready, and each reason the window cannot open. */
class BootstrapTest {
    @TempDir
    Path dir;
    private final FxTaskExecutor io = new FxTaskExecutor();

    @AfterEach
    void stop() {
        io.shutdown();
    }

    private Bootstrap.Outcome run(String... args) throws Exception {
        return Bootstrap.run(LaunchOptions.parse(args), io, Clock.systemUTC());
    }

    private static void close(Bootstrap.Outcome o) {
        if (o instanceof Bootstrap.Ready r) {
            r.db().close();
            r.lock().close();
        }
    }

    @Test
    void readyWithTheNamedProfileCreatedAndTheRememberedLanguage() throws Exception {
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            db.settings().put(ShellViewModel.LANGUAGE_KEY, "de");
        }
        Bootstrap.Outcome o = run("--data-dir", dir.toString(), "--profile", "Anna");
        Bootstrap.Ready r = assertInstanceOf(Bootstrap.Ready.class, o);
        try {
            assertEquals("Anna", r.loaded().current().name());
            assertEquals(Language.DE, r.language());
            assertEquals("de", r.settings().get(ShellViewModel.LANGUAGE_KEY));
            assertTrue(r.roadmap().skill("python").isPresent());
        } finally {
            close(o);
        }
        Bootstrap.Outcome again = run("--data-dir", dir.toString());
        try {
            assertEquals("Anna", assertInstanceOf(Bootstrap.Ready.class, again).loaded().current().name(),
                    "the profile shown last is shown again");
        } finally {
            close(again);
        }
    }

    @Test
    void aComparisonNamedWithProfileIsRefusedAsAUsageProblemAndNothingIsCreated() throws Exception {
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            db.profiles().importComparison("Mentor", new dev.skillradar.assessment.ProfileSnapshot("m", "junior",
                    java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                    dev.skillradar.assessment.Basis.SELF));
        }
        Bootstrap.Failed f = assertInstanceOf(Bootstrap.Failed.class, run("--data-dir", dir.toString(), "--profile", "Mentor"));
        assertEquals(Bootstrap.Problem.USAGE, f.problem());
        assertTrue(f.cause().getMessage().contains("\"Mentor\" names a comparison"), f.cause().getMessage());
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            assertEquals(1, db.profiles().list().size(), "no profile was created");
        }
        Bootstrap.Outcome again = run("--data-dir", dir.toString());
        try {
            assertInstanceOf(Bootstrap.Ready.class, again, "the folder is not left locked");
        } finally {
            close(again);
        }
    }

    @Test
    void aSecondWindowOnTheSameFolderIsRefusedAndAsksTheFirstToComeForward() throws Exception {
        try (InstanceLock held = InstanceLock.tryAcquire(dir).orElseThrow()) {
            Bootstrap.Outcome o = run("--data-dir", dir.toString());
            Bootstrap.Failed f = assertInstanceOf(Bootstrap.Failed.class, o);
            assertEquals(Bootstrap.Problem.ALREADY_OPEN, f.problem());
            assertTrue(Files.exists(dir.resolve(ActivationRequest.FILE)));
            assertTrue(ActivationRequest.consume(dir), "the open window sees the request once");
            assertTrue(!ActivationRequest.consume(dir));
        }
    }

    @Test
    void aBrokenCatalogueIsReportedAndReleasesTheFolder() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": 1, \"id\": ");
        Path data = dir.resolve("data");
        Bootstrap.Failed f = assertInstanceOf(Bootstrap.Failed.class, run("--data-dir", data.toString(), "--roadmap", broken.toString()));
        assertEquals(Bootstrap.Problem.CATALOG, f.problem());
        assertInstanceOf(CatalogException.class, f.cause());
        String text = new ErrorMessages(new Messages(Language.EN)).describe(f.cause());
        assertTrue(text.startsWith("The skill catalogue"), text);
        try (InstanceLock again = InstanceLock.tryAcquire(data).orElseThrow()) {
            assertTrue(again != null);
        }
    }

    @Test
    void dataFromANewerVersionIsRefusedWithAClearMessageInTheUsersLanguage() throws Exception {
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            assertTrue(db.file().toString().endsWith(DataDirectory.DATABASE_FILE));
        }
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve(DataDirectory.DATABASE_FILE).toFile(), "rw")) {
            f.seek(60); // SQLite header: user_version, the schema version SkillRadar migrates by
            f.writeInt(999);
        }
        Bootstrap.Failed f = assertInstanceOf(Bootstrap.Failed.class, run("--data-dir", dir.toString()));
        assertEquals(Bootstrap.Problem.STORAGE, f.problem());
        StorageException e = assertInstanceOf(StorageException.class, f.cause());
        assertEquals(StorageException.Kind.NEWER_VERSION, e.kind());
        String de = new ErrorMessages(new Messages(Language.DE)).describe(e);
        assertTrue(de.contains("neueren SkillRadar-Version") && de.contains("999"), de);
    }
}
