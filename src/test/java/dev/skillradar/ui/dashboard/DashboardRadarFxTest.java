package dev.skillradar.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.ui.control.RadarChart;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import dev.skillradar.ui.shell.WholeApp;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dashboard's radar card in the whole app: where the eye lands first, and one click (or Enter) from the Radar screen. */
@Tag("fx")
class DashboardRadarFxTest {
    @TempDir
    Path dir;
    private WholeApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        WholeApp.toolkit();
    }

    @BeforeEach
    void open() throws Exception {
        WholeApp.rate(dir, "2026-01-10T08:00:00Z", "default", "python", 3);
        app = new WholeApp(dir).open();
        app.shortcut(KeyCode.DIGIT2);
        assertTrue(app.shows(Screen.DASHBOARD));
        assertFalse(app.shows(Screen.RADAR));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void aClickOnTheDashboardsRadarOpensTheRadarScreen() throws Exception {
        app.click(app.find("#dashboard-radar", RadarChart.class));
        app.waitUntil("the Radar screen", () -> app.shows(Screen.RADAR));
        assertTrue(app.robot.lookup("#radar-chart").tryQuery().isPresent());
    }

    @Test
    void enterOnTheFocusedDashboardRadarOpensTheRadarScreen() throws Exception {
        RadarChart radar = app.find("#dashboard-radar", RadarChart.class);
        app.robot.interact(radar::requestFocus);
        assertTrue(radar.isFocused());
        app.type(KeyCode.ENTER);
        app.waitUntil("the Radar screen", () -> app.shows(Screen.RADAR));
    }
}
