package dev.skillradar.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.App;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Alt + the underlined letter opens a menu of the menu bar (the keyboard path besides F10 and arrows). */
class MenuMnemonicFxTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private App app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            FxToolkit.cleanupApplication(app);
        }
    }

    /** The menu whose label is {@code text} with its mnemonic mark ("_Profile"). */
    private Menu menu(String text) {
        MenuBar bar = robot.lookup(x -> x instanceof MenuBar).query();
        return bar.getMenus().stream().filter(m -> text.equals(m.getText())).findFirst().orElseThrow(() -> new AssertionError(
                "no menu " + text + " in " + bar.getMenus().stream().map(Menu::getText).toList()));
    }

    @Test
    void altAndTheUnderlinedLetterOpenTheMenu() throws Exception {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        app = (App) FxToolkit.setupApplication(App.class, "--data-dir", dir.toString());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(x -> x instanceof MenuBar b && MainMenu.filled(b)).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        for (String[] m : new String[][] {{"_Profile", "P"}, {"_Data", "D"}, {"_View", "V"}, {"_Help", "H"}}) {
            Menu menu = menu(m[0]);
            assertFalse(menu.isShowing());
            KeyCode letter = KeyCode.getKeyCode(m[1]);
            robot.press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, menu::isShowing);
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
