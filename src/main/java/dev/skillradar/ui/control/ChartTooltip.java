package dev.skillradar.ui.control;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The one tooltip of a chart control, about one subject at a time (an axis, a reading): under the pointer after a
 * short delay, or at once at a given place for the keyboard; a new subject moves the showing tooltip instead of
 * hiding and showing it again. It leaves Esc to the chart's caller.
 */
final class ChartTooltip {
    private static final Duration DELAY = Duration.millis(300);
    private final Control owner;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition delay = new PauseTransition(DELAY);
    private Object subject;
    private double x;
    private double y;

    ChartTooltip(Control owner, String styleClass) {
        this.owner = owner;
        tooltip.getStyleClass().add(styleClass);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        // a showing popup would take Esc for itself; in a chart Esc belongs to the caller (back)
        tooltip.setHideOnEscape(false);
        tooltip.setConsumeAutoHidingEvents(false);
        delay.setOnFinished(e -> show());
    }

    Tooltip tooltip() {
        return tooltip;
    }

    Object subject() {
        return subject;
    }

    /** Shows the text near the pointer at screen (x, y): after the delay, or at once if already showing. */
    void atPointer(Object about, String text, double screenX, double screenY) {
        tooltip.setText(text);
        if (Objects.equals(about, subject) && (tooltip.isShowing() || delay.getStatus() == PauseTransition.Status.RUNNING)) {
            return;
        }
        subject = about;
        x = screenX + 12;
        y = screenY + 18;
        if (tooltip.isShowing()) {
            show();
        } else {
            delay.playFromStart();
        }
    }

    /** Shows the text at once with its top-left corner at the screen point (for the keyboard). */
    void at(Object about, String text, Point2D screen) {
        tooltip.setText(text);
        if (Objects.equals(about, subject) && tooltip.isShowing() || screen == null) {
            return;
        }
        subject = about;
        x = screen.getX();
        y = screen.getY();
        delay.stop();
        show();
    }

    /** New words for the subject shown. */
    void setText(String text) {
        tooltip.setText(text);
    }

    void hide() {
        delay.stop();
        tooltip.hide();
        subject = null;
    }

    private void show() {
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (window == null || !window.isShowing() || subject == null) {
            return;
        }
        if (tooltip.isShowing()) {
            tooltip.setAnchorX(x);
            tooltip.setAnchorY(y);
        } else {
            tooltip.show(owner, x, y);
        }
    }
}
