package dev.skillradar.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.App;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.storage.Database;
import dev.skillradar.ui.assess.AssessView;
import dev.skillradar.ui.control.RadarChart;
import dev.skillradar.ui.control.RatingControl;
import dev.skillradar.ui.control.TrendChart;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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

/**
 * Every interactive control of every screen can be told apart by a screen reader: it has a role and
 * a name (its own text, an accessible text, or a label pointing at it). GemsFX's AccessibilityTest idea.
 */
@Tag("fx")
class AccessibilityFxTest {
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
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void everyInteractiveControlOnEveryScreenHasANameAndARole() throws Exception {
        // python rated long ago (so "Confirm again" and "Still right" show), two of its statements ticked, one
        // with a note and a link (its fields show) and one without (its "Note or link…" button shows); with a
        // statement ticked the Dashboard's drift card shows its figures and its line
        try (Database db = Database.open(dir, Clock.fixed(Instant.parse("2025-01-10T10:00:00Z"), ZoneOffset.UTC))) {
            long own = db.profiles().getOrCreateDefault("junior").id();
            db.ratings().setLevel(own, "python", 2, ChangeOrigin.CLI);
            db.checks().tick(own, List.of("python-1-a"), "Did the course", "https://example.org/nb", ChangeOrigin.CLI);
            db.checks().tick(own, List.of("python-1-b"), null, null, ChangeOrigin.CLI);
            db.ratings().setLevel(db.profiles().create("Mentor", "junior").id(), "python", 4, ChangeOrigin.CLI);
        }
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        app = (App) FxToolkit.setupApplication(App.class, "--data-dir", dir.toString());
        WaitForAsyncUtils.waitForFxEvents();
        // the Assess rows not in sight at first follow right after the first frame
        AssessView assess = robot.lookup(".assess-view").queryAs(AssessView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> assess.completeProperty().get());
        // and so do the menus' items (and shortcuts)
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(
                x -> x instanceof javafx.scene.control.MenuBar b && MainMenu.filled(b)).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(33, robot.lookup(".skill-row").queryAll().size());

        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        robot.clickOn("#skill-python .details-toggle"); // the details part is built on first opening
        // and "Check yourself" once the statements are read, after the first frame
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#check-level-python-1").tryQuery()
                .isPresent() && robot.lookup("#confirm-python").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#check-ask-python-1-b").query().isVisible());
        sweep("Assess", problems, checked);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#overall-readiness").tryQuery().isPresent());
        // the drift card's content joins after the first frame, its line once read
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#drift-trend").tryQuery()
                .map(n -> ((TrendChart) n).getSpec() != null && !((TrendChart) n).getSpec().series().get(0).points().isEmpty())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#scoring-basis").query().isVisible());
        assertTrue(robot.lookup("#drift-open-assess").tryQuery().isPresent());
        sweep("Dashboard", problems, checked);

        // the Radar screen with its table and a profile compared, so that every part of it exists
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#radar-table-view").query().isVisible());
        robot.clickOn("#radar-compare").clickOn("Mentor");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#radar-chart").queryAs(RadarChart.class)
                .getSpec().series().stream().anyMatch(x -> x.id().equals("compare")));
        WaitForAsyncUtils.waitForFxEvents();
        sweep("Radar", problems, checked);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#history-timeline").queryAs(TableView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        sweep("History", problems, checked);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#report-save").queryAs(javafx.scene.control.Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        sweep("Report", problems, checked);

        assertTrue(checked[0] > 100, "only " + checked[0] + " controls found: did the sweep see the screens?");
        assertEquals(List.of(), problems);
    }

    private void sweep(String screen, List<String> problems, int[] checked) {
        robot.interact(() -> {
            List<Node> all = new ArrayList<>();
            collect(stage.getScene().getRoot(), all);
            List<Label> labels = all.stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
            for (Node n : all) {
                if (!interactive(n)) {
                    continue;
                }
                checked[0]++;
                String what = screen + ": " + n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
                AccessibleRole role = n.getAccessibleRole();
                if (role == null || role == AccessibleRole.NODE || role == AccessibleRole.PARENT) {
                    problems.add(what + " has no role");
                }
                if (!named(n, labels)) {
                    problems.add(what + " has no accessible name");
                }
            }
        });
    }

    private static boolean interactive(Node n) {
        // ButtonBase takes in MenuButton, ComboBoxBase the DatePicker; focus-traversable nodes take in the charts' legends
        return n instanceof ButtonBase || n instanceof ComboBoxBase || n instanceof ChoiceBox || n instanceof TextInputControl
                || n instanceof Slider || n instanceof RatingControl || n instanceof RadarChart || n instanceof TrendChart
                || n instanceof TableView || n.isFocusTraversable();
    }

    private static boolean named(Node n, List<Label> labels) {
        if (notBlank(n.getAccessibleText())) {
            return true;
        }
        if (n instanceof Labeled l && notBlank(l.getText())) {
            return true;
        }
        return labels.stream().anyMatch(l -> l.getLabelFor() == n && notBlank(l.getText()));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
