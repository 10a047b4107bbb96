package dev.skillradar.ui.control;

import dev.skillradar.chart.TickUnit;
import dev.skillradar.chart.TrendPoint;
import dev.skillradar.chart.TrendSeries;
import dev.skillradar.chart.TrendSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
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
 * Readiness over time as a line chart (up to four series, 0–100 %, calendar ticks), drawn from
 * {@code dev.skillradar.chart}'s {@link dev.skillradar.chart.TrendLayout} as styleable nodes: the same picture as
 * the report's. Hovering a reading shows its tooltip; the legend hides and shows series. Its accessible text is
 * the caller's summary ({@link #setAccessibleText}), the title if none is given.
 */
public class TrendChart extends Control {
    /** The caller's words for reading {@code point} of series {@code series} (indices into the spec). */
    @FunctionalInterface
    public interface PointDescription {
        String describe(int series, int point);
    }

    private final ObjectProperty<TrendSpec> spec = new SimpleObjectProperty<>(this, "spec");
    private final ObjectProperty<PointDescription> pointDescription =
            new SimpleObjectProperty<>(this, "pointDescription");
    private final ObservableSet<String> hiddenSeries = FXCollections.observableSet(new LinkedHashSet<>());
    private final StyleableDoubleProperty fontSize =
            new SimpleStyleableDoubleProperty(StyleableProperties.FONT_SIZE, this, "fontSize", 0d);
    private final StyleableBooleanProperty showTitle =
            new SimpleStyleableBooleanProperty(StyleableProperties.SHOW_TITLE, this, "showTitle", true);

    public TrendChart() {
        getStyleClass().add("trend-chart");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    }

    public TrendChart(TrendSpec spec) {
        this();
        setSpec(spec);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TrendChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return RadarChart.STYLESHEET;
    }

    /** What is drawn; its size is ignored: the chart takes the control's. */
    public final ObjectProperty<TrendSpec> specProperty() {
        return spec;
    }

    public final TrendSpec getSpec() {
        return spec.get();
    }

    public final void setSpec(TrendSpec value) {
        spec.set(value);
    }

    /** The tooltip text of a reading; null for the default "series: date — value" in the spec's own wording. */
    public final ObjectProperty<PointDescription> pointDescriptionProperty() {
        return pointDescription;
    }

    public final void setPointDescription(PointDescription value) {
        pointDescription.set(value);
    }

    /** The ids of the series not drawn; the legend toggles them. Nothing moves when one is hidden. */
    public final ObservableSet<String> getHiddenSeries() {
        return hiddenSeries;
    }

    /** The base font size ({@code -trend-font-size}); 0, the default, takes the spec's. */
    public final StyleableDoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public final double getFontSize() {
        return fontSize.get();
    }

    public final void setFontSize(double value) {
        fontSize.set(value);
    }

    /** Whether the spec's title is drawn ({@code -trend-show-title}). */
    public final StyleableBooleanProperty showTitleProperty() {
        return showTitle;
    }

    public final boolean isShowTitle() {
        return showTitle.get();
    }

    public final void setShowTitle(boolean value) {
        showTitle.set(value);
    }

    /** The description of a reading: the caller's, or the default. */
    public String describePoint(int series, int point) {
        PointDescription words = pointDescription.get();
        if (words != null) {
            return words.describe(series, point);
        }
        TrendSpec s = getSpec();
        TrendSeries line = s.series().get(series);
        TrendPoint p = line.points().get(point);
        String day = s.ticks().format(LocalDate.ofInstant(p.at(), s.zone()), TickUnit.DAY);
        return line.label() + ": " + day + " — " + s.percent().apply((int) Math.round(p.percent()));
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    private static final class StyleableProperties {
        static final CssMetaData<TrendChart, Number> FONT_SIZE =
                new CssMetaData<>("-trend-font-size", StyleConverter.getSizeConverter(), 0d) {
                    @Override
                    public boolean isSettable(TrendChart chart) {
                        return !chart.fontSize.isBound();
                    }

                    @Override
                    public StyleableProperty<Number> getStyleableProperty(TrendChart chart) {
                        return chart.fontSize;
                    }
                };
        static final CssMetaData<TrendChart, Boolean> SHOW_TITLE =
                new CssMetaData<>("-trend-show-title", StyleConverter.getBooleanConverter(), true) {
                    @Override
                    public boolean isSettable(TrendChart chart) {
                        return !chart.showTitle.isBound();
                    }

                    @Override
                    public StyleableProperty<Boolean> getStyleableProperty(TrendChart chart) {
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
