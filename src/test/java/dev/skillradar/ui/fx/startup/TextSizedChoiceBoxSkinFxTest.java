package dev.skillradar.ui.fx.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A choice box sized from its texts: the widest choice shows in full, also after its words change; the popup works. */
@ExtendWith(ApplicationExtension.class)
@Tag("fx")
class TextSizedChoiceBoxSkinFxTest {
    private static final Map<String, String> ENGLISH = Map.of("", "All areas", "a", "Data", "b",
            "Machine learning engineering");
    private static final Map<String, String> GERMAN = Map.of("", "Alle Bereiche", "a", "Daten", "b",
            "Ingenieurwesen für maschinelles Lernen");
    private ChoiceBox<String> box;

    @Start
    void start(Stage stage) {
        box = new ChoiceBox<>();
        box.setSkin(new TextSizedChoiceBoxSkin<>(box));
        box.getItems().setAll("", "a", "b");
        box.setConverter(converter(ENGLISH));
        box.setValue("b");
        stage.setScene(new Scene(new HBox(box), 900, 100));
        stage.show();
    }

    private static StringConverter<String> converter(Map<String, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : words.get(id);
            }

            @Override
            public String fromString(String s) {
                return words.entrySet().stream().filter(e -> e.getValue().equals(s)).map(Map.Entry::getKey)
                        .findFirst().orElse("");
            }
        };
    }

    /** The text the box shows, after checking that it ends before the arrow begins. */
    private String shown(FxRobot robot) {
        robot.interact(() -> {
            box.applyCss();
            box.getParent().layout();
        });
        Text text = (Text) box.lookup(".text");
        Node arrow = box.lookup(".open-button");
        double textEnd = box.sceneToLocal(text.localToScene(text.getLayoutBounds())).getMaxX();
        double arrowStart = box.sceneToLocal(arrow.localToScene(arrow.getLayoutBounds())).getMinX();
        assertTrue(textEnd <= arrowStart, "\"" + text.getText() + "\" ends at " + textEnd + ", under the arrow at "
                + arrowStart);
        return text.getText();
    }

    @Test
    void theWidestChoiceShowsInFull(FxRobot robot) {
        assertEquals("Machine learning engineering", shown(robot));
        double width = box.getWidth();
        robot.interact(() -> box.setValue("a"));
        assertEquals("Data", shown(robot));
        assertEquals(width, box.getWidth(), 0.01, "the box keeps the room of its widest choice");
    }

    @Test
    void newWordsResizeTheBox(FxRobot robot) {
        shown(robot);
        double english = box.getWidth();
        robot.interact(() -> box.setConverter(converter(GERMAN)));
        assertEquals("Ingenieurwesen für maschinelles Lernen", shown(robot));
        assertTrue(box.getWidth() > english, "wider for the longer German words: " + box.getWidth() + " vs " + english);
        robot.interact(() -> box.getItems().setAll("", "a"));
        robot.interact(() -> box.setValue(""));
        assertEquals("Alle Bereiche", shown(robot));
        assertTrue(box.getWidth() < english, "narrower once the long choice is gone: " + box.getWidth());
    }

    @Test
    void thePopupStillOffersEveryChoice(FxRobot robot) throws Exception {
        robot.interact(box::show);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, box::isShowing);
        robot.interact(() -> box.getSelectionModel().select("a"));
        robot.interact(box::hide);
        assertEquals("Data", shown(robot));
    }
}
