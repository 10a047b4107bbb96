package dev.skillradar.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.App;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.catalog.Role;
import dev.skillradar.storage.Database;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.ui.control.RadarChart;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole desktop app on a temporary data folder, driven as a user would: keys, clicks, menus. */
@Tag("fx")
class DesktopAppFxTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private App app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false); // closing the window must not end the test JVM's toolkit
    }

    private void open() throws Exception {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        app = (App) FxToolkit.setupApplication(App.class, "--data-dir", dir.toString());
        // the menus get their items (and shortcuts) after the first frame
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(x -> x instanceof MenuBar b && MainMenu.filled(b)).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As the user closes the window: the close request drains the write queue, then the app stops. */
    private void close() throws Exception {
        if (app == null) {
            return;
        }
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    @AfterEach
    void tearDown() throws Exception {
        close();
    }

    private void seed(String skill, int level) {
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            db.ratings().setLevel(db.profiles().getOrCreateDefault("junior").id(), skill, level, ChangeOrigin.CLI);
        }
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the visible control labelled {@code text} (menus show "_View" as "View"). */
    private void clickText(String text) throws Exception {
        java.util.function.Predicate<Node> labelled = n -> n instanceof Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", "")) && n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(labelled::test).tryQuery().isPresent());
        robot.clickOn(robot.lookup(labelled::test).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @Test
    void theWindowIsTitledWithTheProfileAndCtrl2ShowsTheDashboard() throws Exception {
        open();
        assertEquals("SkillRadar — default", stage.getTitle());
        shortcut(KeyCode.DIGIT2);
        assertEquals("0%", text("#overall-readiness"));
        assertTrue(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected());
        shortcut(KeyCode.DIGIT1);
        assertTrue(robot.lookup("#nav-assess").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void roleLanguageAndRatingsSurviveClosingAndReopening() throws Exception {
        seed("python", 3);
        seed("sql", 2);
        open();
        shortcut(KeyCode.DIGIT2);
        String juniorReadiness = text("#overall-readiness");

        robot.clickOn("#target-role");
        robot.clickOn("Senior ML Engineer");
        WaitForAsyncUtils.waitForFxEvents();
        String seniorReadiness = text("#overall-readiness");
        assertNotEquals(juniorReadiness, seniorReadiness);
        assertEquals("€100,000–140,000", text("#salary-band"));

        // without a mouse: F10 to the menu bar, right to View, down past every screen to Language, into it, Deutsch
        List<KeyCode> keys = new java.util.ArrayList<>(List.of(KeyCode.F10, KeyCode.RIGHT, KeyCode.RIGHT));
        for (int i = 0; i <= ShellViewModel.Screen.values().length; i++) {
            keys.add(KeyCode.DOWN);
        }
        keys.addAll(List.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.ENTER));
        for (KeyCode k : keys) {
            robot.type(k);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Übersicht", text("#nav-dashboard"));
        assertEquals("100.000–140.000 €", text("#salary-band"));
        assertEquals(seniorReadiness.replace("%", " %"), text("#overall-readiness"));
        close();

        try (Database db = Database.open(dir, Clock.systemUTC())) {
            assertEquals("senior", db.profiles().getOrCreateDefault("junior").targetRoleId());
            assertEquals("de", db.settings().get(ShellViewModel.LANGUAGE_KEY).orElseThrow());
            assertEquals("dashboard", db.settings().get(ShellViewModel.SCREEN_KEY).orElseThrow());
        }

        open();
        assertEquals("Übersicht", text("#nav-dashboard"));
        assertEquals(seniorReadiness.replace("%", " %"), text("#overall-readiness"), "ratings and role are back");
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = robot.lookup("#target-role").queryAs(ComboBox.class);
        assertEquals("senior", role.getValue().id());
    }

    @Test
    void aRatingChangedFromTheCommandLineShowsInTheOpenWindow() throws Exception {
        open();
        shortcut(KeyCode.DIGIT2);
        Label overall = robot.lookup("#overall-readiness").queryAs(Label.class);
        assertEquals("0%", overall.getText());
        seed("python", 3); // another connection, as the command line would
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !"0%".equals(overall.getText()));
    }

    @Test
    void theWindowsSizeAndPlaceAreRememberedInTheDataFolder() throws Exception {
        open();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
            stage.setX(40);
            stage.setY(30);
        });
        close();
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            assertEquals("1000", db.settings().get(WindowState.WIDTH).orElseThrow());
            assertEquals("false", db.settings().get(WindowState.MAXIMIZED).orElseThrow());
        }
        open();
        assertEquals(1000, stage.getWidth(), 0.5);
        assertEquals(700, stage.getHeight(), 0.5);
        assertEquals(40, stage.getX(), 0.5);
    }

    @Test
    void aProfileIsCreatedWithCtrlNAndDeletedAfterConfirmingWithTheKeyboard() throws Exception {
        open();
        shortcut(KeyCode.N);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("Anna");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().equals("SkillRadar — Anna"));

        // Profile menu: F10, open it, down to "Delete profile…"
        for (KeyCode k : new KeyCode[] {KeyCode.F10, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER}) {
            robot.type(k);
            WaitForAsyncUtils.waitForFxEvents();
        }
        clickText("Delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().equals("SkillRadar — default"));
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            assertTrue(db.profiles().find("Anna").isEmpty());
        }
    }

    @Test
    void theConfirmAgainPeriodIsSetFromTheDataMenuAndTheMarkersFollow() throws Exception {
        Instant ratedAt = Instant.now().minus(java.time.Duration.ofDays(300)); // ten months: due with the default six
        try (Database db = Database.open(dir, Clock.fixed(ratedAt, java.time.ZoneOffset.UTC))) {
            db.ratings().setLevel(db.profiles().getOrCreateDefault("junior").id(), "python", 3, ChangeOrigin.CLI);
        }
        open();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#confirm-marker-python").tryQuery().map(Node::isVisible).orElse(false));

        clickText("Data");
        clickText("Confirm ratings again after…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        javafx.scene.control.TextField field = robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class);
        assertEquals("6", field.getText(), "the current period, the default");
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("12", 0);
        assertEquals("12", field.getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> field.getScene() == null || !field.getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#confirm-marker-python").query().isVisible());
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            assertEquals(12, db.settings().confirmMonths());
        }
    }

    /** Alt + the underlined letter opens each menu (the keyboard path besides F10 and the arrows). */
    @Test
    void altAndTheUnderlinedLetterOpenEachMenu() throws Exception {
        open();
        MenuBar bar = robot.lookup(x -> x instanceof MenuBar).query();
        for (String[] m : new String[][] {{"_Profile", "P"}, {"_Data", "D"}, {"_View", "V"}, {"_Help", "H"}}) {
            javafx.scene.control.Menu menu = bar.getMenus().stream().filter(x -> m[0].equals(x.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu " + m[0]));
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

    /** A comparison is listed apart in Profile › Switch to; choosing it compares with it and switches nothing. */
    @Test
    void aComparisonChosenInSwitchToIsShownOnTheRadarWithoutSwitchingTheProfile() throws Exception {
        seed("python", 4);
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            db.profiles().importComparison("Anna (anna.json)", new ProfileSnapshot("Anna", "junior",
                    List.of(new Rating("python", 1, null, null, Instant.parse("2026-02-01T10:00:00Z"))), List.of()));
        }
        open();
        assertEquals("SkillRadar — default", stage.getTitle());
        shortcut(KeyCode.DIGIT3); // the Radar screen built already: its selector must follow the menu's choice
        shortcut(KeyCode.DIGIT1);
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        clickText("Switch to");

        Menu switchTo = (Menu) robot.lookup(x -> x instanceof MenuBar).<MenuBar>query().getMenus().get(0).getItems()
                .stream().filter(i -> "menu-switch-profile".equals(i.getId())).findFirst().orElseThrow();
        List<MenuItem> items = switchTo.getItems();
        assertEquals(4, items.size(), () -> items.stream().map(MenuItem::getText).toList().toString());
        assertTrue(items.get(0) instanceof RadioMenuItem && "default".equals(items.get(0).getText()));
        assertTrue(items.get(1) instanceof SeparatorMenuItem);
        assertEquals("Comparisons (someone else’s view)", items.get(2).getText());
        assertTrue(items.get(2).isDisable(), "a header, not a choice");
        assertEquals("Anna (anna.json)", items.get(3).getText());
        assertFalse(items.get(3) instanceof RadioMenuItem, "never switched to");

        // into the submenu sideways first, as a hand does: a diagonal path over the other items would close it
        Node anna = robot.lookup(n -> n instanceof Labeled l && "Anna (anna.json)".equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow().isShowing()).query();
        javafx.geometry.Bounds to = anna.localToScreen(anna.getBoundsInLocal());
        double y = robot.robotContext().getBaseRobot().retrieveMouse().getY(); // still on "Switch to"
        robot.moveTo(new javafx.geometry.Point2D(to.getCenterX(), y));
        robot.moveTo(anna).clickOn(anna);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#nav-radar").queryAs(ToggleButton.class).isSelected());
        RadarChart radar = robot.lookup("#radar-chart").queryAs(RadarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> radar.getSpec().series().stream()
                .anyMatch(x -> x.id().equals("compare") && x.label().equals("Anna (anna.json)")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> compare = robot.lookup("#radar-compare").queryAs(ComboBox.class);
        assertEquals("Anna (anna.json) (comparison)", compare.getConverter().toString(compare.getValue()));
        assertEquals("SkillRadar — default", stage.getTitle(), "the shown profile is still one's own");
        assertEquals("default", ((dev.skillradar.assessment.Profile) robot.lookup("#profile-selector")
                .queryAs(ChoiceBox.class).getValue()).name());
    }
}
