package dev.skillradar.ui.fx.startup;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips created on the first hover instead of with the row: a Tooltip is a popup control of its
 * own, and a screen of rows has three per row, none of which is needed for the first frame. The
 * text is the control's accessible help from the start, as the tooltip would have given it.
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    /** Gives {@code control} a tooltip showing {@code text}, wrapped at {@code maxWidth}, made on first hover. */
    public static void install(Control control, ObservableValue<String> text, double maxWidth) {
        onFirstHover(control, text, () -> {
            Tooltip tip = showing(text);
            tip.setWrapText(true);
            tip.setMaxWidth(maxWidth);
            return tip;
        }, control::setTooltip);
    }

    /** A tooltip whose text follows {@code text}. */
    public static Tooltip showing(ObservableValue<String> text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        return tip;
    }

    /**
     * Calls {@code install} with a tooltip from {@code factory} the first time the mouse enters
     * {@code control}, before the tooltip machinery sees the mouse move.
     */
    public static void onFirstHover(Control control, ObservableValue<String> help, Supplier<Tooltip> factory,
                             Consumer<Tooltip> install) {
        control.accessibleHelpProperty().bind(help);
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                install.accept(factory.get());
            }
        });
    }
}
