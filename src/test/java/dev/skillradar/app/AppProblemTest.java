package dev.skillradar.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.CatalogException;
import dev.skillradar.exchange.ExportTooLargeException;
import dev.skillradar.exchange.ImportProblem;
import dev.skillradar.exchange.InvalidDocumentException;
import dev.skillradar.storage.StorageException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Storage, import and catalogue failures reach the front doors as one kind with its arguments and place. */
class AppProblemTest {
    @ParameterizedTest
    @CsvSource({"BUSY, BUSY", "DISK_FULL, DISK_FULL", "READ_ONLY, READ_ONLY", "CORRUPT, CORRUPT",
            "IO, STORAGE_IO", "NEWER_VERSION, NEWER_VERSION"})
    void storageKindsKeepTheirArgumentsAndEnglishText(StorageException.Kind storage, AppProblem.Kind expected) {
        StorageException e = new StorageException(storage, "English text", List.of("/data/skillradar.db", "x", "y"));
        AppProblem p = AppProblem.from(new CompletionException(e)).orElseThrow();
        assertEquals(expected, p.kind());
        assertEquals("/data/skillradar.db", p.arg(0));
        assertEquals("English text", p.getMessage(), "the command line keeps its words");
        assertEquals(e, p.getCause());
    }

    @Test
    void aConflictSaysWhetherTheNameIsTakenOrTheProfileHasRatings() {
        AppProblem taken = AppProblem.from(new StorageException(StorageException.Kind.CONFLICT, "t",
                List.of("name", "Anna"))).orElseThrow();
        AppProblem rated = AppProblem.from(new StorageException(StorageException.Kind.CONFLICT, "r",
                List.of("profileHasRatings", "Anna"))).orElseThrow();
        assertEquals(AppProblem.Kind.NAME_TAKEN, taken.kind());
        assertEquals(AppProblem.Kind.HAS_RATINGS, rated.kind());
        assertEquals(List.of("Anna"), rated.args());
    }

    @Test
    void anInvalidFileCarriesItsProblemArgumentsAndPlace() {
        InvalidDocumentException tooLarge = new InvalidDocumentException(ImportProblem.TOO_LARGE,
                new ImportProblem.Bytes(70L << 20), new ImportProblem.Bytes(64L << 20));
        AppProblem p = AppProblem.from(tooLarge).orElseThrow();
        assertEquals(AppProblem.Kind.INVALID_FILE, p.kind());
        assertEquals(ImportProblem.TOO_LARGE.key(), p.detail());
        assertEquals(List.of(new AppProblem.Size(70L << 20), new AppProblem.Size(64L << 20)), p.args());
        assertTrue(p.place().isNone());
        assertEquals(tooLarge.getMessage(), p.getMessage());
    }

    @Test
    void otherFailuresOfFilesAndCataloguesAreKnownAndABugIsNot() {
        assertEquals(AppProblem.Kind.FILE_IO, AppProblem.from(new IOException("Permission denied")).orElseThrow().kind());
        AppProblem catalogue = AppProblem.from(new CatalogException("r.json", "/roles/0", "no targets")).orElseThrow();
        assertEquals(AppProblem.Kind.CATALOG, catalogue.kind());
        assertEquals("/roles/0", catalogue.place().pointer());
        assertEquals(AppProblem.Kind.EXPORT_TOO_LARGE, AppProblem.from(new ExportTooLargeException(9, 8)).orElseThrow().kind());
        assertTrue(AppProblem.from(new NullPointerException()).isEmpty(), "a bug is not a problem the user can act on");
    }
}
