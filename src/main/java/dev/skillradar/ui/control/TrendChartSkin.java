package dev.skillradar.ui.control;

import dev.skillradar.chart.Size;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.TrendLayout;
import dev.skillradar.chart.TrendSpec;
import java.util.Arrays;
import javafx.animation.PauseTransition;
import javafx.collections.SetChangeListener;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The default skin of {@link TrendChart}: lays the spec out for the control's size (again only when size, spec,
 * font size or title change), draws it as nodes updated in place, and shows the tooltip of the reading nearest to
 * the pointer.
 */
public class TrendChartSkin extends SkinBase<TrendChart> {
    private static final double PREF_WIDTH = 640;
    private static final double PREF_HEIGHT = 320;
    private static final double MIN_SIZE = 120;

    private final ChartFonts fonts = new ChartFonts();
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(300));
    private final SetChangeListener<String> hiddenListener = c -> applyHidden();
    private final TrendNodes nodes = new TrendNodes(fonts, this::toggle);
    private LayoutKey key;
    private int[] hovered;
    private double hoverX;
    private double hoverY;

    /** What a layout depends on: when none of it changed, the nodes are left alone. */
    private record LayoutKey(TrendSpec spec, double width, double height, double fontSize, boolean title) {
    }

    public TrendChartSkin(TrendChart chart) {
        super(chart);
        consumeMouseEvents(false);
        tooltip.getStyleClass().add("trend-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        // a showing popup would take Esc for itself; here Esc belongs to the chart's caller (back)
        tooltip.setHideOnEscape(false);
        tooltip.setConsumeAutoHidingEvents(false);
        hoverDelay.setOnFinished(e -> showTooltip());
        registerChangeListener(chart.specProperty(), o -> chart.requestLayout());
        registerChangeListener(chart.fontSizeProperty(), o -> chart.requestLayout());
        registerChangeListener(chart.showTitleProperty(), o -> chart.requestLayout());
        registerChangeListener(chart.pointDescriptionProperty(), o -> setHovered(null));
        chart.getHiddenSeries().addListener(hiddenListener);
        nodes.plotTarget().setOnMouseMoved(this::moved);
        nodes.plotTarget().setOnMouseExited(e -> setHovered(null));
        nodes.node().setVisible(false);
        getChildren().setAll(nodes.node());
    }

    @Override
    public void dispose() {
        TrendChart chart = getSkinnable();
        if (chart == null) {
            return;
        }
        chart.getHiddenSeries().removeListener(hiddenListener);
        hoverDelay.stop();
        tooltip.hide();
        super.dispose();
    }

    static TrendSpec effective(TrendSpec spec, double width, double height, double fontSize, boolean title) {
        double font = fontSize > 0 ? Math.max(ChartSpec.MIN_FONT_SIZE, fontSize) : spec.fontSize();
        return new TrendSpec(title ? spec.title() : null, spec.series(), new Size(width, height), font, spec.zone(),
                spec.ticks(), spec.percent(), spec.emptyMessage());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TrendChart chart = getSkinnable();
        TrendSpec spec = chart.getSpec();
        nodes.node().setVisible(spec != null && w >= 1 && h >= 1);
        if (!nodes.node().isVisible()) {
            return;
        }
        LayoutKey next = new LayoutKey(spec, w, h, chart.getFontSize(), chart.isShowTitle());
        if (!next.equals(key)) {
            key = next;
            setHovered(null);
            nodes.update(TrendLayout.of(effective(spec, w, h, next.fontSize(), next.title()), SharedMeasure.get()));
            applyHidden();
        }
        nodes.node().setLayoutX(x);
        nodes.node().setLayoutY(y);
    }

    private void applyHidden() {
        if (nodes.layout() != null) {
            nodes.applyHidden(getSkinnable().getHiddenSeries());
            setHovered(null);
        }
    }

    private void toggle(String seriesId) {
        var hidden = getSkinnable().getHiddenSeries();
        if (!hidden.remove(seriesId)) {
            hidden.add(seriesId);
        }
    }

    private void moved(MouseEvent e) {
        TrendLayout l = nodes.layout();
        if (l == null) {
            return;
        }
        hoverX = e.getScreenX();
        hoverY = e.getScreenY();
        double reach = 12;
        for (TrendLayout.Line line : l.lines()) {
            for (TrendLayout.Reading r : line.readings()) {
                reach = Math.max(reach, r.marker().size());
            }
        }
        setHovered(nodes.nearest(e.getX(), e.getY(), reach, getSkinnable().getHiddenSeries()));
    }

    private void setHovered(int[] reading) {
        if (Arrays.equals(reading, hovered)) {
            return;
        }
        boolean wasShown = hovered != null;
        hovered = reading;
        nodes.showHover(reading);
        if (reading == null) {
            hoverDelay.stop();
            tooltip.hide();
            return;
        }
        tooltip.setText(getSkinnable().describePoint(reading[0], reading[1]));
        if (wasShown && tooltip.isShowing()) {
            showTooltip();
        } else {
            hoverDelay.playFromStart();
        }
    }

    private void showTooltip() {
        TrendChart chart = getSkinnable();
        Window window = chart.getScene() == null ? null : chart.getScene().getWindow();
        if (window == null || !window.isShowing() || hovered == null) {
            return;
        }
        if (tooltip.isShowing()) {
            tooltip.setAnchorX(hoverX + 12);
            tooltip.setAnchorY(hoverY + 18);
        } else {
            tooltip.show(chart, hoverX + 12, hoverY + 18);
        }
    }

    /** The chart's tooltip and nodes, for tests. */
    Tooltip tooltip() {
        return tooltip;
    }

    TrendNodes nodes() {
        return nodes;
    }

    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            TrendChart chart = getSkinnable();
            String text = chart.getAccessibleText();
            if (text == null && chart.getSpec() != null) {
                text = chart.getSpec().title();
            }
            return text;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + PREF_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + PREF_HEIGHT;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + MIN_SIZE;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + MIN_SIZE;
    }
}
