package dev.skillradar.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.App;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The class-data training tour (packaging): every screen of the navigation column, or the ones asked for. */
@Tag("fx")
class TrainingTourFxTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    private List<String> tour(String screens) throws Exception {
        CompletableFuture<List<String>> visited = new CompletableFuture<>();
        robot.interact(() -> TrainingTour.of(screens).orElseThrow().run(visited::complete));
        return visited.get(30, TimeUnit.SECONDS);
    }

    @Test
    void allVisitsEveryScreenInNavigationOrderAndAListOnlyTheScreensNamed() throws Exception {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        App app = (App) FxToolkit.setupApplication(App.class, "--data-dir", dir.toString());
        try {
            List<String> every = Arrays.stream(Screen.values()).map(Screen::id).toList();
            assertEquals(every, tour("all"));
            assertTrue(robot.lookup("#nav-" + every.get(every.size() - 1)).queryAs(ToggleButton.class).isSelected(),
                    "the last screen visited is the one shown");
            assertTrue(robot.lookup("#report-preview").tryQuery().isPresent(), "the last screen (Report) was built");

            assertEquals(List.of("assess"), tour(" assess , no-such-screen "));
            assertTrue(robot.lookup("#nav-assess").queryAs(ToggleButton.class).isSelected());
            assertTrue(TrainingTour.of("  ").isEmpty(), "no value, no tour");
        } finally {
            robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            FxToolkit.cleanupApplication(app);
        }
    }
}
