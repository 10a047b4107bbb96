package dev.skillradar.ui.control;

import dev.skillradar.chart.Size;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.TrendLayout;
import dev.skillradar.chart.TrendSpec;
import java.util.Arrays;
import javafx.collections.SetChangeListener;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

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
    private final ChartTooltip tooltip;
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
        tooltip = new ChartTooltip(chart, "trend-tooltip");
        registerChangeListener(chart.specProperty(), o -> chart.requestLayout());
        registerChangeListener(chart.fontSizeProperty(), o -> chart.requestLayout());
        registerChangeListener(chart.showTitleProperty(), o -> chart.requestLayout());
        registerChangeListener(chart.pointDescriptionProperty(), o -> setHovered(null));
        chart.getHiddenSeries().addListener(hiddenListener);
        nodes.plotTarget().setOnMouseMoved(this::moved);
        nodes.plotTarget().setOnMouseExited(e -> setHovered(null));
        // added at the first layout, not here: the skin this one replaces still owns the children now
        chart.requestLayout();
    }

    @Override
    public void dispose() {
        TrendChart chart = getSkinnable();
        if (chart == null) {
            return;
        }
        chart.getHiddenSeries().removeListener(hiddenListener);
        tooltip.hide();
        getChildren().clear();
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
        if (getChildren().isEmpty()) {
            getChildren().setAll(nodes.node());
        }
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
        hovered = reading;
        nodes.showHover(reading);
        if (reading == null) {
            tooltip.hide();
        } else {
            tooltip.atPointer(Arrays.asList(reading[0], reading[1]),
                    getSkinnable().describePoint(reading[0], reading[1]), hoverX, hoverY);
        }
    }

    /** The chart's tooltip and nodes, for tests. */
    Tooltip tooltip() {
        return tooltip.tooltip();
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
