package dev.skillradar.ui.fx;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Text areas that the keyboard can always leave. */
public final class TextAreas {
    private TextAreas() {
    }

    /**
     * Tab (and Shift+Tab) moves the focus on instead of typing a tab character, so the keyboard never gets
     * stuck in the area: the key is passed on as the Ctrl+Tab with which a text area moves on.
     */
    public static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, TextAreas::tabLeavesTextArea);
    }

    private static void tabLeavesTextArea(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && e.getTarget() instanceof TextArea area) {
            e.consume();
            area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                    KeyCode.TAB, e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
        }
    }
}
