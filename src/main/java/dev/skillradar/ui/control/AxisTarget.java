package dev.skillradar.ui.control;

import java.util.function.IntSupplier;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;

/**
 * The invisible node of one axis (class {@code chart-axis-target}): the pointer's target for hover and clicks,
 * and for assistive technology a list item whose text is the caller's description of the axis.
 */
final class AxisTarget extends Group {
    /** What the skin does when the pointer meets an axis. */
    interface Events {
        void entered(int axis, MouseEvent e);

        void exited(int axis);

        void clicked(int axis, MouseEvent e);
    }

    private final int axis;
    private final IntSupplier focusedAxis;

    AxisTarget(int axis, Events events, IntSupplier focusedAxis, Shape... areas) {
        this.axis = axis;
        this.focusedAxis = focusedAxis;
        getStyleClass().add("chart-axis-target");
        for (Shape s : areas) {
            // transparent, not null: a shape without fill would take no pointer events inside
            s.setFill(Color.TRANSPARENT);
            s.setStroke(null);
        }
        getChildren().addAll(areas);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        setOnMouseEntered(e -> events.entered(axis, e));
        setOnMouseExited(e -> events.exited(axis));
        setOnMouseClicked(e -> events.clicked(axis, e));
    }

    int axis() {
        return axis;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        switch (attribute) {
            case INDEX:
                return axis;
            case SELECTED:
            case FOCUSED:
                return focusedAxis.getAsInt() == axis;
            default:
                return super.queryAccessibleAttribute(attribute, parameters);
        }
    }
}
