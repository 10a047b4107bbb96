package dev.skillradar.ui.common;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.storage.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The window's services without the window: the built-in catalogue, a real database in a temporary
 * folder, and a same-thread executor, so ViewModels can be tested without the FX toolkit.
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

    public TestSession(Path dataDir, Language language) {
        this.dataDir = dataDir;
        this.db = Database.open(dataDir, Clock.systemUTC());
        this.messages = new Messages(language);
        this.state = new AppState(roadmap(), messages);
        this.session = new ProfileSession(db, state, io);
        this.autosave = new AutosaveService(state, db, io, new ErrorMessages(messages), Clock.systemUTC());
        session.setWriteInFlight(autosave::isPending);
        session.apply(ProfileSession.read(db, null, null, "junior"));
    }

    public static synchronized Roadmap roadmap() {
        if (roadmap == null) {
            roadmap = new CatalogLoader().loadBuiltIn();
        }
        return roadmap;
    }

    public long profileId() {
        return state.profile().id();
    }

    @Override
    public void close() {
        db.close();
    }
}
