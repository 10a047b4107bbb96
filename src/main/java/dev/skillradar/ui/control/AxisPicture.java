package dev.skillradar.ui.control;

import dev.skillradar.chart.Box;
import dev.skillradar.chart.ChartLayout;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * A radar or bar chart drawn as nodes, as {@link RadarChartSkin} sees it: one {@link AxisTarget} per axis (a
 * spoke's wedge and label, or a bar row), ways to mark an axis, and an update that reuses the nodes.
 */
interface AxisPicture {
    PseudoClass FOCUSED_AXIS = PseudoClass.getPseudoClass("focused-axis");
    PseudoClass HOVERED_AXIS = PseudoClass.getPseudoClass("hovered-axis");

    Node node();

    /** Whether {@link #update} can show the layout by changing geometry and text only (same kind and axes). */
    boolean fits(ChartLayout layout);

    /** Shows the layout, reusing the existing nodes (series nodes are rebuilt only if the series changed). */
    void update(ChartLayout layout);

    /** Hides the series whose ids are given; nothing else moves. */
    void applyHidden(Set<String> hidden);

    int axisCount();

    AxisTarget target(int axis);

    /** The box the axis' label occupies, where a tooltip for the keyboard goes next to. */
    Box anchor(int axis);

    /** Sets or clears a pseudo-class on the axis' nodes (its spoke, label and target). */
    void mark(int axis, PseudoClass state, boolean on);

    /** Draws the keyboard focus indicator on the axis, or none for -1. */
    void showFocus(int axis);

    /** Shows a label the layout had to hide (while its axis is hovered or focused), or hides it again. */
    void reveal(int axis, boolean on);
}
