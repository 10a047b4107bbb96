package dev.skillradar.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.storage.Database;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.AutosaveService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.FakeDialogs;
import dev.skillradar.ui.common.FxTaskExecutor;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.shell.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard in a real (headless) window, with the real autosave queue on its own I/O thread. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class DashboardViewFxTest {
    private Path dir;
    private Database db;
    private FxTaskExecutor io;
    private AppState state;
    private AutosaveService autosave;
    private DashboardView view;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("skillradar-dashboard");
        db = Database.open(dir, Clock.systemUTC());
        io = new FxTaskExecutor();
        Roadmap roadmap = new CatalogLoader().loadBuiltIn();
        Messages messages = new Messages(Language.EN);
        state = new AppState(roadmap, messages);
        ProfileSession session = new ProfileSession(db, state, io);
        session.apply(ProfileSession.read(db, state.roadmap(), null, null, "junior"));
        autosave = new AutosaveService(state, db, io, new ErrorMessages(messages), Clock.systemUTC());
        view = new DashboardView(new DashboardViewModel(state, session, new FakeDialogs(), url -> { }),
                new DriftViewModel(state, new dev.skillradar.app.ProfileHistory(db, roadmap), io, java.time.ZoneOffset.UTC),
                messages, () -> radarOpened++, () -> { }, new javafx.beans.property.SimpleBooleanProperty(false));
        Scene scene = new Scene(view, 1100, 800);
        scene.getStylesheets().setAll(Theme.stylesheets(false));
        stage.setScene(scene);
        stage.show();
    }

    int radarOpened;

    @AfterEach
    void close() throws Exception {
        io.drain(Duration.ofSeconds(10));
        io.shutdown();
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void readinessChangesWhenARatingIsSavedThroughTheAutosave(FxRobot robot) throws Exception {
        Label overall = robot.lookup("#overall-readiness").queryAs(Label.class);
        assertEquals("0%", overall.getText());
        String nextStep = robot.lookup("#next-step").queryAs(Label.class).getText();

        robot.interact(() -> autosave.setLevel("python", 3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !"0%".equals(overall.getText()));
        assertTrue(overall.getText().endsWith("%"));
        assertNotEquals(nextStep, robot.lookup("#next-step").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> db.ratings().current(state.profile().id()).containsKey("python"));
    }

    @Test
    void choosingAnotherRoleInTheSelectorUpdatesTheFiguresAndIsSaved(FxRobot robot) throws Exception {
        Label salary = robot.lookup("#salary-band").queryAs(Label.class);
        assertEquals("€55,000–75,000", salary.getText());
        robot.clickOn(view.roleSelector());
        robot.clickOn("Senior ML Engineer");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("€100,000–140,000", salary.getText());
        assertEquals("5+ years of experience", robot.lookup("#role-experience").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "senior".equals(db.profiles().find("default").orElseThrow().targetRoleId()));
    }
}
