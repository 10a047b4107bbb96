package dev.skillradar.ui.assess;

import dev.skillradar.catalog.Level;
import java.util.OptionalInt;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The rating keys: digits 0–5 (main row or keypad), Left/Down −1, Right/Up +1, Home 0, End 5. */
final class RatingKeys {
    private RatingKeys() {
    }

    /** A digit key as a level; Shift is allowed for keyboards that need it for digits, shortcuts are not. */
    static OptionalInt digitOf(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return OptionalInt.empty();
        }
        KeyCode c = e.getCode();
        if (c.ordinal() >= KeyCode.DIGIT0.ordinal() && c.ordinal() <= KeyCode.DIGIT5.ordinal()) {
            return OptionalInt.of(c.ordinal() - KeyCode.DIGIT0.ordinal());
        }
        if (c.ordinal() >= KeyCode.NUMPAD0.ordinal() && c.ordinal() <= KeyCode.NUMPAD5.ordinal()) {
            return OptionalInt.of(c.ordinal() - KeyCode.NUMPAD0.ordinal());
        }
        return OptionalInt.empty();
    }

    /** The level a key asks for while the rating has the focus (unclamped), or empty for other keys. */
    static OptionalInt levelFor(KeyEvent e, int current) {
        OptionalInt digit = digitOf(e);
        if (digit.isPresent() || e.isShortcutDown() || e.isAltDown()) {
            return digit;
        }
        return switch (e.getCode()) {
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> OptionalInt.of(current - 1);
            case RIGHT, UP, KP_RIGHT, KP_UP -> OptionalInt.of(current + 1);
            case HOME -> OptionalInt.of(Level.MIN);
            case END -> OptionalInt.of(Level.MAX);
            default -> OptionalInt.empty();
        };
    }
}
