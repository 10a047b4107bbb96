package dev.skillradar.ui.common;

import dev.skillradar.app.Backups;
import dev.skillradar.app.ProfileHistory;
import dev.skillradar.app.ProfileTransfer;
import dev.skillradar.app.Profiles;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.storage.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The window's services without the window: the built-in catalogue, a real database in a temporary
 * folder, a same-thread executor and a {@link TestClock}, so ViewModels can be tested without the FX toolkit,
 * the same way on every run.
 */
public final class TestSession implements AutoCloseable {
    private static Roadmap roadmap;

    public final Path dataDir;
    public final Database db;
    public final Messages messages;
    public final AppState state;
    public final ProfileSession session;
    public final AutosaveService autosave;
    public final TaskExecutor io = new DirectTaskExecutor();
    public final Profiles profiles;
    public final ProfileTransfer transfer;
    public final Backups backups;
    public final ProfileHistory history;
    public final TestClock clock = new TestClock();

    public TestSession(Path dataDir, Language language) {
        this.dataDir = dataDir;
        this.db = Database.open(dataDir, clock);
        this.messages = new Messages(language);
        this.state = new AppState(roadmap(), messages);
        this.session = new ProfileSession(db, state, io, clock);
        this.autosave = new AutosaveService(state, db, io, new ErrorMessages(messages), clock);
        this.profiles = new Profiles(db);
        this.transfer = new ProfileTransfer(db, roadmap(), clock);
        this.backups = new Backups(db);
        this.history = new ProfileHistory(db, roadmap());
        session.setWriteInFlight(autosave::isPending);
        session.apply(ProfileSession.read(db, state.roadmap(), null, null, "junior"));
    }

    public static synchronized Roadmap roadmap() {
        if (roadmap == null) {
            roadmap = new CatalogLoader().loadBuiltIn();
        }
        return roadmap;
    }

    /** The profiles screen's ViewModel on this session, answering through {@code dialogs}. */
    public dev.skillradar.ui.profiles.ProfilesViewModel profilesViewModel(DialogService dialogs) {
        return new dev.skillradar.ui.profiles.ProfilesViewModel(session, profiles, transfer, io, dialogs);
    }

    public long profileId() {
        return state.profile().id();
    }

    @Override
    public void close() {
        db.close();
    }
}
