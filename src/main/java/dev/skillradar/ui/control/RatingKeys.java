package dev.skillradar.ui.control;

import java.util.OptionalInt;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The rating keys: digits 0–max (main row or keypad), Left/Down −1, Right/Up +1, Home 0, End max. */
public final class RatingKeys {
    private RatingKeys() {
    }

    /**
     * A digit key from 0 to {@code max} as a level; Shift is allowed for keyboards that need it for digits,
     * shortcuts are not. A row of ratings uses it so that digits rate while the focus is elsewhere in the row.
     */
    public static OptionalInt digitOf(KeyEvent e, int max) {
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return OptionalInt.empty();
        }
        int top = Math.min(9, max);
        KeyCode c = e.getCode();
        if (c.ordinal() >= KeyCode.DIGIT0.ordinal() && c.ordinal() <= KeyCode.DIGIT0.ordinal() + top) {
            return OptionalInt.of(c.ordinal() - KeyCode.DIGIT0.ordinal());
        }
        if (c.ordinal() >= KeyCode.NUMPAD0.ordinal() && c.ordinal() <= KeyCode.NUMPAD0.ordinal() + top) {
            return OptionalInt.of(c.ordinal() - KeyCode.NUMPAD0.ordinal());
        }
        return OptionalInt.empty();
    }

    /** The level a key asks for while the rating has the focus (unclamped), or empty for other keys. */
    static OptionalInt levelFor(KeyEvent e, int current, int max) {
        OptionalInt digit = digitOf(e, max);
        if (digit.isPresent() || e.isShortcutDown() || e.isAltDown()) {
            return digit;
        }
        return switch (e.getCode()) {
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> OptionalInt.of(current - 1);
            case RIGHT, UP, KP_RIGHT, KP_UP -> OptionalInt.of(current + 1);
            case HOME -> OptionalInt.of(RatingControl.MIN_LEVEL);
            case END -> OptionalInt.of(max);
            default -> OptionalInt.empty();
        };
    }
}
