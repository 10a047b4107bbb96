package dev.skillradar.ui.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.Language;
import dev.skillradar.ui.control.RatingControl;
import dev.skillradar.ui.shell.Theme;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole Assess screen with the built-in catalogue, used as a person would: mouse, keyboard, screen reader. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class AssessViewTest {
    private AssessFixture fx;
    private AssessView view;
    private boolean completeAtFirst;
    private int rowsAtFirst;

    @Start
    void start(Stage stage) {
        fx = AssessFixture.live();
        view = new AssessView(fx.vm);
        completeAtFirst = view.completeProperty().get();
        rowsAtFirst = view.rowViews().size();
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().setAll(Theme.stylesheets(false));
        stage.setScene(scene);
        stage.show();
    }

    /** The rows not in sight at first are built right after the first frame; the tests use them all. */
    @BeforeEach
    void everyRowBuilt() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.completeProperty().get()); // about 1 s; more on a busy machine
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SkillRowView row(String id) {
        return view.rowViews().stream().filter(r -> r.getId().equals("skill-" + id)).findFirst().orElseThrow();
    }

    /** A star of the row's rating control (1 = leftmost), as the mouse finds it. */
    private static Node star(SkillRowView row, int level) {
        return List.copyOf(row.ratingControl().lookupAll(".rating > .container > .button")).get(level - 1);
    }

    private static Node zeroButton(SkillRowView row) {
        return row.ratingControl().lookup(".clear-button");
    }

    private int level(String id) {
        Rating r = fx.state.ratings().get(id);
        return r == null ? 0 : r.level();
    }

    /** Tab to the row's details button and press Space (the opened row scrolls into view). */
    private void openDetailsWithTheKeyboard(FxRobot robot, String id) {
        robot.interact(() -> row(id).ratingControl().requestFocus());
        robot.type(KeyCode.TAB);
        assertTrue(row(id).detailsToggle().isFocused());
        robot.type(KeyCode.SPACE);
        assertTrue(row(id).detailsToggle().isSelected());
    }

    @Test
    void theFirstFrameHasTheFirstAreaAndTheRestFollowsInScreenOrder(FxRobot robot) {
        assertFalse(completeAtFirst);
        assertEquals(4, rowsAtFirst, "only the first area's rows (Python & data tools) before the first frame");
        List<String> ids = view.rowViews().stream().map(Node::getId).toList();
        assertEquals(33, ids.size());
        assertEquals(List.of("skill-python", "skill-linear-regression", "skill-mlflow", "skill-german"),
                List.of(ids.get(0), ids.get(8), ids.get(21), ids.get(32)));
        robot.interact(() -> row("sql").ratingControl().requestFocus());
        for (int i = 0; i < 4 && !row("linear-regression").ratingControl().isFocused(); i++) {
            robot.type(KeyCode.TAB); // the details button, the next phase's heading, its first skill
        }
        assertTrue(row("linear-regression").ratingControl().isFocused(), "Tab goes on into the rows built later");
    }

    @Test
    void clickingTheThirdStarRatesThreeAndSavesOnce(FxRobot robot) {
        robot.clickOn(star(row("python"), 3));
        assertEquals(3, level("python"));
        assertEquals(1, fx.writer.calls("level").size());
        assertEquals("Saved", robot.lookup("#assess-status").queryAs(Label.class).getText());
    }

    @Test
    void theZeroButtonClears(FxRobot robot) {
        robot.interact(() -> fx.state.ratings().put("python", new Rating("python", 4, null, null, Instant.EPOCH)));
        robot.clickOn(zeroButton(row("python")));
        assertEquals(0, level("python"));
        assertEquals(1, fx.writer.calls.size());
    }

    @Test
    void anUnratedSkillsNoteAndLinkWaitForItsRating(FxRobot robot) {
        Label level = robot.from(row("python")).lookup(".level-label").queryAs(Label.class);
        Label count = robot.lookup("#assess-rated").queryAs(Label.class);
        assertEquals("Not rated", level.getText());
        assertEquals("0 of 33 rated", count.getText());
        assertEquals("Your best: not rated · Target: 1",
                robot.lookup("#group-cloud-platform .group-summary").queryAs(Label.class).getText());
        openDetailsWithTheKeyboard(robot, "python");
        SkillDetailsView details = row("python").details();
        Label hint = robot.lookup("#rate-first-python").queryAs(Label.class);
        assertTrue(details.noteArea().isDisabled());
        assertTrue(details.evidenceField().isDisabled());
        assertTrue(hint.isVisible());
        assertEquals("Rate this skill first to add a note and an evidence link.", hint.getText());
        robot.type(KeyCode.TAB);
        assertFalse(details.noteArea().isFocused(), "Tab skips the disabled fields");

        robot.clickOn(star(row("python"), 2));
        assertFalse(details.noteArea().isDisabled());
        assertFalse(details.evidenceField().isDisabled());
        assertFalse(hint.isVisible());
        assertEquals("2 · Guided", level.getText());
        assertEquals("1 of 33 rated", count.getText());
        robot.clickOn("#note-python").write("Scraper");
        robot.clickOn("#evidence-python").write("https://github.com/me/scraper").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Scraper", fx.state.ratings().get("python").note(), "saved when the field was left");
        assertEquals("https://github.com/me/scraper", fx.state.ratings().get("python").evidence());
        assertEquals("Saved", robot.lookup("#assess-status").queryAs(Label.class).getText());
    }

    @Test
    void zeroRatesAnUnratedSkillAsNoExposure(FxRobot robot) {
        RatingControl numpy = row("numpy").ratingControl();
        PseudoClass unrated = PseudoClass.getPseudoClass("unrated");
        assertTrue(numpy.getPseudoClassStates().contains(unrated), "the 0 button is not shown as chosen");
        robot.clickOn(zeroButton(row("numpy")));
        assertEquals(0, fx.state.ratings().get("numpy").level());
        assertEquals(1, fx.writer.calls.size());
        assertFalse(numpy.getPseudoClassStates().contains(unrated));
        assertEquals("0 · No exposure", robot.from(row("numpy")).lookup(".level-label").queryAs(Label.class).getText());
    }

    @Test
    void hoveringShowsTheLevelDescriptionButSavesNothing(FxRobot robot) {
        robot.moveTo(star(row("numpy"), 5));
        String expert = fx.state.messages().of(fx.state.roadmap().levels(fx.row("numpy").skill().scale()).get(5).description());
        assertTrue(robot.from(row("numpy")).lookup(".level-hint").queryAs(Label.class).getText().contains(expert));
        robot.moveTo("#assess-search");
        assertTrue(fx.writer.calls.isEmpty());
        assertNull(row("numpy").ratingControl().getValue(), "still not rated");
    }

    @Test
    void aFocusedRowIsRatedWithDigitsAndArrows(FxRobot robot) {
        robot.interact(() -> row("numpy").ratingControl().requestFocus());
        robot.type(KeyCode.DIGIT4);
        assertEquals(4, level("numpy"));
        robot.type(KeyCode.RIGHT);
        assertEquals(5, level("numpy"));
        robot.type(KeyCode.TAB); // on to the row's details button: digits still rate this row
        assertTrue(row("numpy").detailsToggle().isFocused());
        robot.type(KeyCode.DIGIT1);
        assertEquals(1, level("numpy"));
        robot.type(KeyCode.TAB);
        assertTrue(row("pandas").ratingControl().isFocused(), "Tab goes on to the next skill");
        assertEquals(3, fx.writer.calls("level").size());
    }

    @Test
    void digitsTypedIntoTheNoteOrTheSearchAreText(FxRobot robot) {
        robot.interact(() -> fx.stored("python", 0)); // rated 0: a note can be added
        openDetailsWithTheKeyboard(robot, "python");
        robot.clickOn("#note-python");
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT5);
        assertEquals("25", row("python").details().noteArea().getText());
        assertEquals(0, row("python").ratingControl().getValue());
        robot.type(KeyCode.TAB); // Tab leaves the note instead of typing a tab character
        assertTrue(row("python").details().evidenceField().isFocused());
        assertEquals("25", row("python").details().noteArea().getText());
        robot.interact(fx::flushAll); // the quiet moment after typing

        assertEquals(new FakeProgressWriter.Call("note", "python", "25"), fx.writer.calls.get(0));
        assertTrue(fx.writer.calls("level").isEmpty());
        robot.clickOn("#assess-search");
        robot.type(KeyCode.DIGIT3);
        assertTrue(fx.writer.calls("level").isEmpty());
    }

    @Test
    void anInvalidEvidenceLinkIsExplainedAndNotSaved(FxRobot robot) {
        robot.interact(() -> fx.stored("sql", 1));
        openDetailsWithTheKeyboard(robot, "sql");
        robot.clickOn("#evidence-sql").write("ftp://example.org/queries").type(KeyCode.ENTER);
        Label problem = robot.lookup("#evidence-problem-sql").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().contains("http"), problem.getText());
        assertTrue(fx.writer.calls("evidence").isEmpty());
    }

    @Test
    void theAccessibleTextAnnouncesSkillAndLevel(FxRobot robot) {
        assertEquals("Python: not rated; target 3", row("python").ratingControl().getAccessibleText());
        robot.clickOn(star(row("python"), 3));
        assertEquals("Python: 3 of 5, Independent; target 3", row("python").ratingControl().getAccessibleText());
        robot.interact(() -> fx.state.messages().languageProperty().set(Language.DE));
        assertEquals("Python: 3 von 5, Selbstständig; Ziel 3", row("python").ratingControl().getAccessibleText());
    }

    @Test
    void rowsFollowOutsideChangesWithoutWriting(FxRobot robot) {
        robot.interact(() -> fx.state.ratings().put("sql", new Rating("sql", 2, "from the CLI", null, Instant.EPOCH)));
        assertEquals(2, row("sql").ratingControl().getValue());
        robot.interact(() -> fx.state.roleProperty().set(fx.state.roadmap().role("senior").orElseThrow()));
        assertEquals(4, row("sql").ratingControl().targetProperty().get());
        assertTrue(fx.writer.calls.isEmpty());
    }

    @Test
    void showOnlyGapsAndSearchHideRows(FxRobot robot) {
        robot.interact(() -> fx.state.ratings().put("python", new Rating("python", 3, null, null, Instant.EPOCH)));
        robot.clickOn("#assess-gaps-only");
        assertFalse(row("python").isVisible());
        assertTrue(row("numpy").isVisible());
        robot.clickOn("#assess-search").write("pandas");
        assertFalse(row("numpy").isVisible());
        assertTrue(row("pandas").isVisible());
    }

    @Test
    void ctrlFGoesToTheSearchEvenFromOutsideTheScreen(FxRobot robot) {
        Button outside = new Button("sidebar");
        robot.interact(() -> {
            Scene scene = view.getScene();
            scene.setRoot(new Pane());
            scene.setRoot(new VBox(outside, view));
            outside.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(view.header().searchField().isFocused());
    }

    @Test
    void rowStatesStayLiveAfterGarbageCollection(FxRobot robot) {
        // The badges' and labels' states follow ViewModel properties that only the ViewModel holds on to.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        robot.interact(() -> {
            fx.stored("python", 3); // the junior target
            fx.stored("pytorch", 2);
        });
        PseudoClass met = PseudoClass.getPseudoClass("met");
        Label target = robot.from(row("python")).lookup(".target-badge").queryAs(Label.class);
        Label level = robot.from(row("python")).lookup(".level-label").queryAs(Label.class);
        Label group = robot.lookup("#group-dl-framework .group-summary").queryAs(Label.class);
        assertTrue(target.getPseudoClassStates().contains(met));
        assertFalse(level.getPseudoClassStates().contains(PseudoClass.getPseudoClass("unrated")));
        assertTrue(group.getPseudoClassStates().contains(met));
        robot.interact(() -> fx.state.ratings().remove("python"));
        assertFalse(target.getPseudoClassStates().contains(met));
        assertTrue(level.getPseudoClassStates().contains(PseudoClass.getPseudoClass("unrated")));
    }

    @Test
    void everyRatingControlHasAnAccessibleText(FxRobot robot) {
        for (SkillRowView r : view.rowViews()) {
            Node c = r.ratingControl();
            assertFalse(c.getAccessibleText() == null || c.getAccessibleText().isBlank() || c.getAccessibleText().contains("!"),
                    r.getId());
        }
    }
}
