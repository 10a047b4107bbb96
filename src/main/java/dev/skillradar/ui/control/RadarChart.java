package dev.skillradar.ui.control;

import dev.skillradar.chart.Axis;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.Series;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableBooleanProperty;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableBooleanProperty;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A skill profile as a radar (three axes or more) or as bars (one or two), drawn from {@code dev.skillradar.chart}'s
 * layout as styleable nodes, the same picture as the PNG and PDF renderers. The caller gives the {@link ChartSpec}
 * and the wording (axis descriptions for tooltips and screen readers); the chart reports a drill-down into an axis
 * and a wish to go back. See the package documentation for CSS classes, colours and keys.
 */
public class RadarChart extends Control {
    static final String STYLESHEET = stylesheet();

    private final ObjectProperty<ChartSpec> spec = new SimpleObjectProperty<>(this, "spec");
    private final ObjectProperty<IntFunction<String>> axisDescription =
            new SimpleObjectProperty<>(this, "axisDescription");
    private final ObservableSet<String> hiddenSeries = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyIntegerWrapper focusedAxis = new ReadOnlyIntegerWrapper(this, "focusedAxis", -1);
    private final ObjectProperty<Consumer<String>> onDrillDown = new SimpleObjectProperty<>(this, "onDrillDown");
    private final ObjectProperty<Runnable> onBack = new SimpleObjectProperty<>(this, "onBack");
    private final StyleableDoubleProperty fontSize =
            new SimpleStyleableDoubleProperty(StyleableProperties.FONT_SIZE, this, "fontSize", 0d);
    private final StyleableBooleanProperty showTitle =
            new SimpleStyleableBooleanProperty(StyleableProperties.SHOW_TITLE, this, "showTitle", true);

    public RadarChart() {
        getStyleClass().add("radar-chart");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
    }

    public RadarChart(ChartSpec spec) {
        this();
        setSpec(spec);
    }

    static String stylesheet() {
        java.net.URL url = RadarChart.class.getResource("charts.css");
        if (url == null) {
            throw new IllegalStateException("the chart controls' style sheet charts.css is missing");
        }
        return url.toExternalForm();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new RadarChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    /** What is drawn: axes, series with values, texts. Its size is ignored: the chart takes the control's. */
    public final ObjectProperty<ChartSpec> specProperty() {
        return spec;
    }

    public final ChartSpec getSpec() {
        return spec.get();
    }

    public final void setSpec(ChartSpec value) {
        spec.set(value);
    }

    /**
     * The caller's words for axis {@code i} (e.g. "Deep learning — you 1.8 · target 3.0"), shown as its tooltip and
     * read as its accessible text; null for the default, built from the spec's labels and values.
     */
    public final ObjectProperty<IntFunction<String>> axisDescriptionProperty() {
        return axisDescription;
    }

    public final void setAxisDescription(IntFunction<String> value) {
        axisDescription.set(value);
    }

    /**
     * The ids of the series not drawn. The legend toggles them; the caller may change the set as well. A hidden
     * series moves nothing (the layout is that of all series), so {@link Series#visible()} is not used here.
     */
    public final ObservableSet<String> getHiddenSeries() {
        return hiddenSeries;
    }

    /** The axis the keyboard is on while the chart has the focus, else -1. */
    public final ReadOnlyIntegerProperty focusedAxisProperty() {
        return focusedAxis.getReadOnlyProperty();
    }

    public final int getFocusedAxis() {
        return focusedAxis.get();
    }

    void setFocusedAxis(int axis) {
        focusedAxis.set(axis);
    }

    /** Called with the axis id on Enter, or a double click on the axis (a single click only focuses it). */
    public final ObjectProperty<Consumer<String>> onDrillDownProperty() {
        return onDrillDown;
    }

    public final Consumer<String> getOnDrillDown() {
        return onDrillDown.get();
    }

    public final void setOnDrillDown(Consumer<String> value) {
        onDrillDown.set(value);
    }

    /** Called on Esc while the chart or its legend has the focus; Esc is left alone while this is null. */
    public final ObjectProperty<Runnable> onBackProperty() {
        return onBack;
    }

    public final Runnable getOnBack() {
        return onBack.get();
    }

    public final void setOnBack(Runnable value) {
        onBack.set(value);
    }

    /** The base font size ({@code -radar-font-size}); 0, the default, takes the spec's. */
    public final StyleableDoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public final double getFontSize() {
        return fontSize.get();
    }

    public final void setFontSize(double value) {
        fontSize.set(value);
    }

    /** Whether the spec's title is drawn ({@code -radar-show-title}); off where the screen has a heading. */
    public final StyleableBooleanProperty showTitleProperty() {
        return showTitle;
    }

    public final boolean isShowTitle() {
        return showTitle.get();
    }

    public final void setShowTitle(boolean value) {
        showTitle.set(value);
    }

    /** The description of an axis: the caller's, or the default from labels and values. */
    public String describeAxis(int axis) {
        IntFunction<String> words = axisDescription.get();
        if (words != null) {
            return words.apply(axis);
        }
        ChartSpec s = getSpec();
        Axis a = s.axes().get(axis);
        StringBuilder sb = new StringBuilder(a.optional() ? a.label() + s.optionalMark() : a.label());
        NumberFormat number = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        String separator = " — ";
        for (Series series : s.series()) {
            Double v = series.values().get(axis);
            sb.append(separator).append(series.label()).append(' ').append(v == null ? s.missingLabel() : number.format(v));
            separator = " · ";
        }
        return sb.toString();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    private static final class StyleableProperties {
        static final CssMetaData<RadarChart, Number> FONT_SIZE =
                new CssMetaData<>("-radar-font-size", StyleConverter.getSizeConverter(), 0d) {
                    @Override
                    public boolean isSettable(RadarChart chart) {
                        return !chart.fontSize.isBound();
                    }

                    @Override
                    public StyleableProperty<Number> getStyleableProperty(RadarChart chart) {
                        return chart.fontSize;
                    }
                };
        static final CssMetaData<RadarChart, Boolean> SHOW_TITLE =
                new CssMetaData<>("-radar-show-title", StyleConverter.getBooleanConverter(), true) {
                    @Override
                    public boolean isSettable(RadarChart chart) {
                        return !chart.showTitle.isBound();
                    }

                    @Override
                    public StyleableProperty<Boolean> getStyleableProperty(RadarChart chart) {
                        return chart.showTitle;
                    }
                };
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            all.add(FONT_SIZE);
            all.add(SHOW_TITLE);
            ALL = Collections.unmodifiableList(all);
        }
    }
}
