package dev.skillradar.ui.shell;

import dev.skillradar.App;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.storage.Database;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole desktop app on a data folder, for TestFX tests that drive the real window as a user would: the folder
 * prepared through storage beforehand, then keys, clicks and waits. One per test; {@link #close} as the user closes.
 */
public final class WholeApp {
    /** Generous: the I/O thread and a software renderer share two cores with other builds. */
    private static final long WAIT_SECONDS = 10;

    public final FxRobot robot = new FxRobot();
    private final Path dir;
    private Stage stage;
    private App app;

    public WholeApp(Path dir) {
        this.dir = dir;
    }

    /** Once per test class, before the first {@link #open}. */
    public static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false); // closing the window must not end the test JVM's toolkit
    }

    /** Starts the app on the folder and waits until the menus (and so the shortcuts) are in. */
    public WholeApp open() throws Exception {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        app = (App) FxToolkit.setupApplication(App.class, "--data-dir", dir.toString());
        waitUntil("the menus are filled",
                () -> robot.lookup(x -> x instanceof MenuBar b && MainMenu.filled(b)).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** As the user closes the window: the close request drains the write queue, then the app stops. */
    public void close() throws Exception {
        if (app == null) {
            return;
        }
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    public Stage stage() {
        return stage;
    }

    // ---- the data folder, written as the command line would have written it then

    /** Rates {@code skill} of the profile {@code profile} (created for the junior role if missing) at {@code instant}. */
    public static void rate(Path dir, String instant, String profile, String skill, int level) {
        try (Database db = at(dir, instant)) {
            Profile p = db.profiles().find(profile).orElseGet(() -> profile.equals("default")
                    ? db.profiles().getOrCreateDefault("junior") : db.profiles().create(profile, "junior"));
            db.ratings().setLevel(p.id(), skill, level, ChangeOrigin.CLI);
        }
    }

    /** The data folder with a database whose clock stands at {@code instant}. */
    public static Database at(Path dir, String instant) {
        return Database.open(dir, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    // ---- what a user does

    public void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void type(KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Clicks the visible control labelled {@code text} in a showing window (menus show "_View" as "View"). */
    public void clickText(String text) throws Exception {
        Predicate<Node> labelled = n -> n instanceof Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", "")) && n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
        waitUntil("something labelled " + text, () -> robot.lookup(labelled::test).tryQuery().isPresent());
        robot.clickOn(robot.lookup(labelled::test).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void click(Node node) {
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- what a user sees

    public <T extends Node> T find(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    public boolean shows(Screen screen) {
        return robot.lookup("#nav-" + screen.id()).queryAs(ToggleButton.class).isSelected();
    }

    /** The text of the showing tooltip with the style class ("tooltip": any), if one shows; read on the FX thread. */
    public static Optional<String> tooltip(String styleClass) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof Tooltip t && w.isShowing() && t.getStyleClass().contains(styleClass))
                    .map(w -> ((Tooltip) w).getText()).findFirst()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    public void waitUntil(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within " + WAIT_SECONDS + " s: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
