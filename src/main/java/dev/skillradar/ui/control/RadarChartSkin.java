package dev.skillradar.ui.control;

import dev.skillradar.chart.BarLayout;
import dev.skillradar.chart.Box;
import dev.skillradar.chart.ChartLayout;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.RadarLayout;
import dev.skillradar.chart.Series;
import dev.skillradar.chart.Size;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.SetChangeListener;
import javafx.event.EventHandler;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * The default skin of {@link RadarChart}: lays the spec out for the control's size (again only when size, spec,
 * font size or title change), draws it as nodes that it then updates in place, and handles pointer, keyboard,
 * tooltip and accessibility. The focused axis follows the keyboard; the hovered axis the pointer.
 */
public class RadarChartSkin extends SkinBase<RadarChart> {
    private static final double PREF_SIZE = 480;
    private static final double MIN_SIZE = 120;

    private final ChartFonts fonts = new ChartFonts();
    private final ChartTooltip tooltip;
    // leaving one axis for its neighbour is one exit and one enter: a short grace keeps the tooltip from blinking
    private final PauseTransition exitDelay = new PauseTransition(Duration.millis(80));
    private final SetChangeListener<String> hiddenListener = c -> applyHidden();
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final Consumer<String> toggle = this::toggle;
    private final AxisTarget.Events events = new AxisTarget.Events() {
        @Override
        public void entered(int axis, MouseEvent e) {
            exitDelay.stop();
            hoverX = e.getScreenX();
            hoverY = e.getScreenY();
            setHovered(axis);
        }

        @Override
        public void exited(int axis) {
            if (hovered == axis) {
                exitDelay.playFromStart();
            }
        }

        @Override
        public void clicked(int axis, MouseEvent e) {
            RadarChartSkin.this.clicked(axis, e);
        }
    };

    private AxisPicture picture;
    private LayoutKey key;
    private int hovered = -1;
    private int marked = -1;
    private int lastFocused;
    private double hoverX;
    private double hoverY;

    /** What a layout depends on: when none of it changed, the nodes are left alone. */
    private record LayoutKey(ChartSpec spec, double width, double height, double fontSize, boolean title) {
    }

    public RadarChartSkin(RadarChart chart) {
        super(chart);
        consumeMouseEvents(false);
        tooltip = new ChartTooltip(chart, "radar-tooltip");
        exitDelay.setOnFinished(e -> setHovered(-1));
        registerChangeListener(chart.specProperty(), o -> chart.requestLayout());
        registerChangeListener(chart.fontSizeProperty(), o -> chart.requestLayout());
        registerChangeListener(chart.showTitleProperty(), o -> chart.requestLayout());
        registerChangeListener(chart.axisDescriptionProperty(), o -> refreshDescriptions());
        registerChangeListener(chart.focusedProperty(), o -> focusChanged());
        registerChangeListener(chart.focusedAxisProperty(), o -> focusedAxisChanged());
        chart.getHiddenSeries().addListener(hiddenListener);
        chart.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        // a skin that replaces another draws at the next layout (this one's nodes are added there)
        chart.requestLayout();
    }

    @Override
    public void dispose() {
        RadarChart chart = getSkinnable();
        if (chart == null) {
            return;
        }
        chart.getHiddenSeries().removeListener(hiddenListener);
        chart.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        exitDelay.stop();
        tooltip.hide();
        getChildren().clear();
        super.dispose();
    }

    /** The spec as laid out here: the control's size and font size, the title if shown, every series drawn. */
    static ChartSpec effective(ChartSpec spec, double width, double height, double fontSize, boolean title) {
        double font = fontSize > 0 ? Math.max(ChartSpec.MIN_FONT_SIZE, fontSize) : spec.fontSize();
        // hidden series are laid out too, only not drawn: hiding one must not move the axes or the rings
        List<Series> all = spec.series().stream().map(s -> s.visible() ? s : s.withVisible(true)).toList();
        return new ChartSpec(title ? spec.title() : null, spec.axes(), all, new Size(width, height), font,
                spec.optionalMark(), spec.missingLabel());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        RadarChart chart = getSkinnable();
        ChartSpec spec = chart.getSpec();
        if (spec == null || w < 1 || h < 1) {
            return;
        }
        LayoutKey next = new LayoutKey(spec, w, h, chart.getFontSize(), chart.isShowTitle());
        if (!next.equals(key)) {
            key = next;
            show(ChartLayout.of(effective(spec, w, h, next.fontSize(), next.title()), SharedMeasure.get()));
        }
        picture.node().setLayoutX(x);
        picture.node().setLayoutY(y);
    }

    /** The ids of the axes shown, to tell a new set of axes from the same ones laid out again. */
    private List<String> axisIds = List.of();

    private void show(ChartLayout layout) {
        RadarChart chart = getSkinnable();
        boolean rebuilt = picture == null || !picture.fits(layout);
        if (rebuilt) {
            setHovered(-1);
            marked = -1;
            picture = layout instanceof RadarLayout r
                    ? new RadarNodes(r, fonts, events, chart::getFocusedAxis, toggle)
                    : new BarNodes((BarLayout) layout, fonts, events, chart::getFocusedAxis, toggle);
            getChildren().setAll(picture.node());
            Shapes.styleNow(picture.node());
        } else {
            picture.update(layout);
        }
        applyHidden();
        refreshDescriptions();
        int n = picture.axisCount();
        List<String> ids = chart.getSpec().axes().stream().map(dev.skillradar.chart.Axis::id).toList();
        if (!ids.equals(axisIds) && !axisIds.isEmpty()) {
            // other axes (a drill-down into an area, or back): keep the keyboard on the same axis if it is still
            // there, else start at the first one, rather than on whatever now has the old index
            int was = chart.getFocusedAxis() >= 0 ? chart.getFocusedAxis() : lastFocused;
            String wasId = was >= 0 && was < axisIds.size() ? axisIds.get(was) : null;
            int now = Math.max(0, ids.indexOf(wasId));
            lastFocused = now;
            if (chart.getFocusedAxis() >= 0 && n > 0) {
                chart.setFocusedAxis(now);
            }
        }
        axisIds = ids;
        lastFocused = Math.min(lastFocused, n - 1);
        if (chart.getFocusedAxis() >= n) {
            chart.setFocusedAxis(n - 1);
        } else if (chart.isFocused() && chart.getFocusedAxis() < 0) {
            chart.setFocusedAxis(lastFocused);
        } else if (rebuilt) {
            focusedAxisChanged();
        }
    }

    private void applyHidden() {
        if (picture != null) {
            picture.applyHidden(getSkinnable().getHiddenSeries());
        }
    }

    private void toggle(String seriesId) {
        var hidden = getSkinnable().getHiddenSeries();
        if (!hidden.remove(seriesId)) {
            hidden.add(seriesId);
        }
    }

    private void refreshDescriptions() {
        if (picture == null) {
            return;
        }
        RadarChart chart = getSkinnable();
        for (int i = 0; i < picture.axisCount(); i++) {
            picture.target(i).setAccessibleText(chart.describeAxis(i));
        }
        if (tooltip.subject() instanceof Integer axis && axis < picture.axisCount()) {
            tooltip.setText(chart.describeAxis(axis));
        }
    }

    private void focusChanged() {
        RadarChart chart = getSkinnable();
        if (chart.isFocused()) {
            if (picture != null && picture.axisCount() > 0) {
                chart.setFocusedAxis(Math.max(0, lastFocused));
            }
        } else {
            if (chart.getFocusedAxis() >= 0) {
                lastFocused = chart.getFocusedAxis();
            }
            chart.setFocusedAxis(-1);
        }
    }

    private void focusedAxisChanged() {
        int axis = getSkinnable().getFocusedAxis();
        if (picture != null) {
            int old = marked;
            marked = axis;
            if (old >= 0 && old < picture.axisCount()) {
                picture.mark(old, AxisPicture.FOCUSED_AXIS, false);
                refreshReveal(old);
            }
            if (axis >= 0) {
                lastFocused = axis;
                picture.mark(axis, AxisPicture.FOCUSED_AXIS, true);
                refreshReveal(axis);
            }
            picture.showFocus(axis);
        }
        getSkinnable().notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
        updateTooltip();
    }

    private void setHovered(int axis) {
        if (axis == hovered) {
            return;
        }
        int old = hovered;
        hovered = axis;
        if (picture != null) {
            if (old >= 0 && old < picture.axisCount()) {
                picture.mark(old, AxisPicture.HOVERED_AXIS, false);
                refreshReveal(old);
            }
            if (axis >= 0) {
                picture.mark(axis, AxisPicture.HOVERED_AXIS, true);
                refreshReveal(axis);
            }
        }
        updateTooltip();
    }

    private void refreshReveal(int axis) {
        picture.reveal(axis, axis == hovered || axis == getSkinnable().getFocusedAxis());
    }

    private void clicked(int axis, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        RadarChart chart = getSkinnable();
        lastFocused = axis;
        if (chart.isFocused()) {
            chart.setFocusedAxis(axis);
        } else {
            chart.requestFocus();
        }
        if (e.getClickCount() == 2) {
            drillDown(axis);
        }
    }

    private void drillDown(int axis) {
        RadarChart chart = getSkinnable();
        Consumer<String> drill = chart.getOnDrillDown();
        if (drill != null) {
            drill.accept(chart.getSpec().axes().get(axis).id());
        }
    }

    private void keyPressed(KeyEvent e) {
        RadarChart chart = getSkinnable();
        if (e.getCode() == KeyCode.ESCAPE) {
            // also from a legend entry: Esc anywhere in the chart means back
            Runnable back = chart.getOnBack();
            if (back != null) {
                back.run();
                e.consume();
            }
            return;
        }
        if (e.getTarget() != chart || picture == null || picture.axisCount() == 0) {
            return;
        }
        int n = picture.axisCount();
        int axis = chart.getFocusedAxis();
        switch (e.getCode()) {
            case LEFT, UP, KP_LEFT, KP_UP -> chart.setFocusedAxis(axis < 0 ? 0 : (axis - 1 + n) % n);
            case RIGHT, DOWN, KP_RIGHT, KP_DOWN -> chart.setFocusedAxis(axis < 0 ? 0 : (axis + 1) % n);
            case HOME -> chart.setFocusedAxis(0);
            case END -> chart.setFocusedAxis(n - 1);
            case ENTER -> {
                if (axis < 0) {
                    return;
                }
                drillDown(axis);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void updateTooltip() {
        int axis = hovered >= 0 ? hovered : getSkinnable().getFocusedAxis();
        if (picture == null || axis < 0 || axis >= picture.axisCount()) {
            tooltip.hide();
        } else if (hovered >= 0) {
            tooltip.atPointer(axis, getSkinnable().describeAxis(axis), hoverX, hoverY);
        } else {
            Box b = picture.anchor(axis);
            tooltip.at(axis, getSkinnable().describeAxis(axis), picture.node().localToScreen(b.x(), b.maxY() + 6));
        }
    }

    /** The chart's tooltip, for tests. */
    Tooltip tooltip() {
        return tooltip.tooltip();
    }

    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        RadarChart chart = getSkinnable();
        int n = picture == null ? 0 : picture.axisCount();
        switch (attribute) {
            case FOCUS_ITEM: {
                int axis = chart.getFocusedAxis();
                return axis >= 0 && axis < n ? picture.target(axis) : null;
            }
            case ITEM_COUNT:
                return n;
            case ITEM_AT_INDEX: {
                int i = (Integer) parameters[0];
                return i >= 0 && i < n ? picture.target(i) : null;
            }
            case TEXT: {
                String text = chart.getAccessibleText();
                if (text == null && chart.getSpec() != null) {
                    text = chart.getSpec().title();
                }
                return text;
            }
            default:
                return super.queryAccessibleAttribute(attribute, parameters);
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + PREF_SIZE;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + PREF_SIZE;
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
