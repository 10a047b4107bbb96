package dev.skillradar.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillradar.ui.control.RatingControl;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app's theme maps the rating control's looked-up colours to its palette, light and dark. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class ThemedRatingControlTest {
    private RatingControl control;
    private Scene scene;

    @Start
    void start(Stage stage) {
        control = new RatingControl();
        control.setValue(0);
        scene = new Scene(new StackPane(control), 300, 120);
        stage.setScene(scene);
        stage.show();
    }

    private static Paint fill(Node region) {
        return ((javafx.scene.layout.Region) region).getBackground().getFills().get(0).getFill();
    }

    @Test
    void theDarkPaletteReachesTheControl(FxRobot robot) {
        robot.interact(() -> {
            scene.getStylesheets().setAll(Theme.stylesheets(true));
            control.requestFocus();
            control.applyCss();
        });
        assertEquals(Color.web("#8ab4f8"), control.getBorder().getStrokes().get(0).getTopStroke(), "dark -sr-accent");
        assertEquals(Color.web("#a9b1bd"), fill(control.lookup(".clear-button")), "a chosen 0 in dark -sr-muted");
        assertEquals(Color.web("#8ab4f8"), fill(control.lookup(".target-marker")));
        robot.interact(() -> {
            scene.getStylesheets().setAll(Theme.stylesheets(false));
            control.applyCss();
        });
        assertEquals(Color.web("#2456a6"), control.getBorder().getStrokes().get(0).getTopStroke(), "light -sr-accent");
        assertEquals(Color.web("#596270"), fill(control.lookup(".clear-button")));
    }
}
