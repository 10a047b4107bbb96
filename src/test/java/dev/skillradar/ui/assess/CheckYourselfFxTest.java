package dev.skillradar.ui.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.catalog.Language;
import dev.skillradar.storage.Database;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.AutosaveService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.FxTaskExecutor;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.shell.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Check yourself" and "Confirm again" on the Assess screen in a real (headless) window, with the real autosave on
 * its own I/O thread and a real database: Python rated 4 and SQL rated 3 long ago, so both are due again.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class CheckYourselfFxTest {
    private Path dir;
    private Database db;
    private FxTaskExecutor io;
    private AppState state;
    private AssessView view;
    private long profile;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("skillradar-checks");
        try (Database old = Database.open(dir, Clock.fixed(Instant.parse("2025-01-10T10:00:00Z"), ZoneOffset.UTC))) {
            long id = old.profiles().getOrCreateDefault("junior").id();
            old.ratings().setLevel(id, "python", 4, ChangeOrigin.CLI);
            old.ratings().setLevel(id, "sql", 3, ChangeOrigin.CLI);
        }
        db = Database.open(dir, Clock.systemUTC());
        io = new FxTaskExecutor();
        Messages messages = new Messages(Language.EN);
        state = new AppState(AssessFixture.builtIn(), messages);
        ProfileSession session = new ProfileSession(db, state, io, Clock.systemUTC());
        AutosaveService autosave = new AutosaveService(state, db, io, new ErrorMessages(messages), Clock.systemUTC());
        session.setWriteInFlight(autosave::isPending);
        session.apply(ProfileSession.read(db, state.roadmap(), null, null, "junior"));
        profile = state.profile().id();
        view = new AssessView(new AssessViewModel(state, autosave, io, url -> { }));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().setAll(Theme.stylesheets(false));
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared by the test classes: an earlier one may have left it smaller
        stage.show();
        session.readCalibration(); // as the window does after its first frame: the statements, the ratings due again
    }

    @AfterEach
    void close() throws Exception {
        io.drain(Duration.ofSeconds(10));
        io.shutdown();
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within 10 s: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SkillRowView row(String id) {
        return view.rowViews().stream().filter(r -> r.getId().equals("skill-" + id)).findFirst().orElseThrow();
    }

    private void ready() throws Exception {
        waitFor("the statements and the ratings due again", () -> state.checks() != null && state.stale().size() == 2);
    }

    /** Opens Python's details with the keyboard and returns its "Check yourself" statements. */
    private List<CheckItemView> openPython(FxRobot robot) throws Exception {
        ready();
        robot.interact(() -> row("python").ratingControl().requestFocus());
        robot.type(KeyCode.TAB);
        assertTrue(row("python").selfCheckLine().confirmButton().isFocused(), "Still right comes right after the stars");
        robot.type(KeyCode.TAB);
        assertTrue(row("python").detailsToggle().isFocused());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        return row("python").checkYourself().items();
    }

    /** Clicks the control after the view has scrolled it into sight (the view follows the focused control). */
    private static void click(FxRobot robot, javafx.scene.Node node) throws Exception {
        robot.interact(node::requestFocus);
        waitFor("the control laid out and in sight", () -> {
            javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
            return node.isVisible() && b.getWidth() > 0 && b.getMinY() >= 0 && b.getMaxY() <= node.getScene().getHeight();
        });
        robot.clickOn(node);
    }

    private String compare() {
        return row("python").selfCheckLine().lookup("#checks-compare-python") instanceof Label l ? l.getText() : null;
    }

    private boolean differs() {
        return row("python").selfCheckLine().lookup("#checks-compare-python").getPseudoClassStates()
                .contains(SelfCheckLine.DIFFERS);
    }

    private Tick stored(String checkId) {
        return db.checks().ticks(profile).get(checkId);
    }

    @Test
    void statementsAreTickedWithTheMouseAndTheKeyboardAndEveryTickIsInTheHistory(FxRobot robot) throws Exception {
        List<CheckItemView> items = openPython(robot);
        List<String> levelOne = state.checks().of("python", 1).stream().map(s -> s.id()).toList();
        assertEquals("You: 4 · Checks: none ticked", compare());
        assertFalse(differs(), "nothing ticked yet: nothing to compare");

        click(robot, items.get(0).checkBox());
        waitFor("the click's tick in the database", () -> stored(levelOne.get(0)) != null);
        assertEquals("You: 4 · Checks: 0", compare());
        robot.interact(() -> items.get(1).checkBox().requestFocus());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.TAB); // past "Note or link…" beside the ticked statement
        robot.type(KeyCode.TAB);
        assertTrue(items.get(2).checkBox().isFocused(), "Tab goes on to the next statement");
        robot.type(KeyCode.SPACE);
        waitFor("three ticks in the database", () -> db.checks().ticks(profile).keySet().containsAll(levelOne));
        assertEquals("You: 4 · Checks: 1", compare());
        assertEquals("Your ticked statements support level 1; tick those of levels 2–4 or lower your rating.",
                robot.lookup("#checks-explanation-python").queryAs(Label.class).getText());
        assertTrue(differs());
        assertEquals("✓ Reached", robot.lookup("#check-level-python-1").queryAs(Label.class).getText());

        robot.interact(() -> row("python").ratingControl().requestFocus());
        robot.type(KeyCode.DIGIT1); // lower the rating to what the ticks support
        assertEquals("You: 1 · Checks: 1", compare());
        assertFalse(differs(), "the same level: no highlight");
        assertFalse(robot.lookup("#checks-explanation-python").query().isVisible());
        waitFor("the lower rating in the database", () -> db.ratings().current(profile).get("python").level() == 1);

        robot.interact(() -> items.get(2).checkBox().requestFocus());
        robot.type(KeyCode.SPACE); // untick the third again
        waitFor("the untick in the database", () -> stored(levelOne.get(2)) == null);
        assertEquals("You: 1 · Checks: 0", compare());
        assertTrue(differs());
        List<TickChange> history = db.checks().history(profile);
        assertEquals(4, history.size());
        assertEquals(List.of(true, true, true, false), history.stream().map(TickChange::ticked).toList());
        assertTrue(history.stream().allMatch(h -> h.origin() == ChangeOrigin.APP));
        assertEquals(levelOne.get(2), history.get(3).checkId());
    }

    @Test
    void aTickedStatementTakesANoteAndALinkAndABadLinkIsRefused(FxRobot robot) throws Exception {
        CheckItemView item = openPython(robot).get(0);
        String id = state.checks().of("python", 1).get(0).id();
        click(robot, item.checkBox());
        waitFor("the tick", () -> stored(id) != null);
        click(robot, robot.lookup("#check-ask-" + id).query());
        assertTrue(item.noteField().isFocused(), "Note or link… goes to the note");
        robot.write("Did the course", 0);
        robot.type(KeyCode.TAB);
        assertTrue(item.evidenceField().isFocused());
        waitFor("the note saved when it was left", () -> "Did the course".equals(stored(id).note()));

        robot.write("ftp://x.org/nb", 0).type(KeyCode.ENTER);
        Label problem = robot.lookup("#check-problem-" + id).queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("Not saved: only web addresses starting with http:// or https:// are allowed.", problem.getText());
        io.drain(Duration.ofSeconds(5));
        assertNull(stored(id).evidence(), "nothing saved");

        robot.interact(() -> item.evidenceField().setText("https://github.com/me/course"));
        click(robot, item.evidenceField());
        robot.type(KeyCode.ENTER);
        waitFor("the link saved", () -> "https://github.com/me/course".equals(stored(id).evidence()));
        assertFalse(problem.isVisible());
        assertEquals("Did the course", stored(id).note());
    }

    @Test
    void aRatingDueAgainIsConfirmedWithOneClickOrTheEnterKey(FxRobot robot) throws Exception {
        ready();
        Label marker = robot.lookup("#confirm-marker-python").queryAs(Label.class);
        assertTrue(marker.isVisible());
        assertEquals("Confirm again", marker.getText());
        assertEquals("Confirm again that Python is still at 4 · Proficient (Enter)",
                row("python").selfCheckLine().confirmButton().getAccessibleText());

        click(robot, robot.lookup("#confirm-python").query());
        assertFalse(marker.isVisible(), "the marker goes at once");
        waitFor("python's confirmation", () -> lastChange().skillId().equals("python"));
        assertConfirmed(lastChange(), "python", 4);

        robot.interact(() -> row("sql").ratingControl().requestFocus());
        robot.type(KeyCode.ENTER);
        assertFalse(robot.lookup("#confirm-marker-sql").query().isVisible());
        waitFor("sql's confirmation", () -> lastChange().skillId().equals("sql"));
        assertConfirmed(lastChange(), "sql", 3);
        assertTrue(state.stale().isEmpty());
        assertEquals(4, state.ratings().get("python").level());

        robot.type(KeyCode.ENTER); // nothing due any more: Enter does nothing
        io.drain(Duration.ofSeconds(5));
        assertEquals("sql", lastChange().skillId());
        assertEquals(4, db.ratings().history(profile).size(), "two ratings, two confirmations");
    }

    private RatingChange lastChange() {
        List<RatingChange> history = db.ratings().history(profile);
        return history.get(history.size() - 1);
    }

    private static void assertConfirmed(RatingChange change, String skill, int level) {
        assertEquals(skill, change.skillId());
        assertEquals(ChangeOrigin.CONFIRM, change.origin());
        assertEquals(level, change.oldLevel());
        assertEquals(level, change.newLevel());
    }
}
