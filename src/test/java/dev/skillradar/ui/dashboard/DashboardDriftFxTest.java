package dev.skillradar.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.storage.Database;
import dev.skillradar.ui.common.TestChecks;
import dev.skillradar.ui.control.TrendChart;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import dev.skillradar.ui.shell.WholeApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dashboard's scoring basis chosen by keyboard and its drift card, in the whole app. */
@Tag("fx")
class DashboardDriftFxTest {
    @TempDir
    Path dir;
    private WholeApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        WholeApp.toolkit();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** Python rated 4 in January, its statements of levels 1 and 2 ticked in February: +2 over one skill. */
    private void pythonOverConfident() {
        WholeApp.rate(dir, "2026-01-10T08:00:00Z", "default", "python", 4);
        try (Database db = WholeApp.at(dir, "2026-02-10T08:00:00Z")) {
            long id = db.profiles().find("default").orElseThrow().id();
            List<String> ids = new ArrayList<>(TestChecks.ids("python", 1));
            ids.addAll(TestChecks.ids("python", 2));
            db.checks().tick(id, ids, null, null, ChangeOrigin.CLI);
        }
    }

    private String text(String id) {
        return app.find(id, Label.class).getText();
    }

    /** In the scene and visible, and so is everything around it. */
    private boolean showing(String id) {
        Node n = app.robot.lookup(id).tryQuery().orElse(null);
        if (n == null || n.getScene() == null) {
            return false;
        }
        for (; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theBasisIsChosenByKeyboardAndTheNumbersAndTheStoredBasisFollow() throws Exception {
        pythonOverConfident();
        app = new WholeApp(dir).open();
        app.shortcut(KeyCode.DIGIT2);
        app.waitUntil("the drift card", () -> showing("#drift-overall"));
        assertEquals("+2.00 levels", text("#drift-overall"));
        assertEquals("rated higher than the checks show", text("#drift-meaning"));
        TrendChart trend = app.find("#drift-trend", TrendChart.class);
        app.waitUntil("the drift's trend", () -> trend.getSpec() != null && !trend.getSpec().series().get(0).points().isEmpty());
        assertTrue(trend.getAccessibleText().startsWith("Overall drift"), trend.getAccessibleText());
        assertEquals("Scored on: your self-ratings", text("#dashboard-scored-on"));
        String self = text("#overall-readiness");

        app.robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT); // "_Scored on:"
        ComboBox<?> basis = app.find("#scoring-basis", ComboBox.class);
        app.waitUntil("the basis selector has the focus", basis::isFocused);
        app.type(KeyCode.F4, KeyCode.DOWN, KeyCode.ENTER); // open, "The checks you ticked", choose
        app.waitUntil("scored on the checks", () -> text("#dashboard-scored-on").equals("Scored on: the checks you ticked"));
        assertEquals(Basis.CHECKS, basis.getValue());
        assertNotEquals(self, text("#overall-readiness"), "python counts 2, not 4");
        assertEquals("+2.00 levels", text("#drift-overall"), "the drift does not depend on the basis");

        app.type(KeyCode.F4, KeyCode.DOWN, KeyCode.ENTER);
        app.waitUntil("scored on the lower", () -> text("#dashboard-scored-on").startsWith("Scored on: the lower"));
        app.close();
        app = null;
        try (Database db = Database.open(dir, java.time.Clock.systemUTC())) {
            assertEquals(Basis.LOWER, db.profiles().basis(db.profiles().find("default").orElseThrow().id()));
        }
    }

    @Test
    void withoutTicksTheCardPointsToCheckYourselfOnAssess() throws Exception {
        WholeApp.rate(dir, "2026-01-10T08:00:00Z", "default", "python", 3);
        app = new WholeApp(dir).open();
        app.shortcut(KeyCode.DIGIT2);
        app.waitUntil("the drift card's pointer", () -> showing("#drift-none"));
        assertTrue(!showing("#drift-overall"), "no figure without a skill that counts");
        app.click(app.find("#drift-open-assess", Node.class));
        app.waitUntil("the Assess screen", () -> app.shows(Screen.ASSESS));
    }
}
