package dev.skillradar.ui.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A rating from 0 to {@link #maxLevelProperty() maxLevel}, or none yet: a "0" button and stars
 * (ControlsFX draws them), a marker under the target's star, a hover preview that never rates, keys
 * (digits, arrows, Home, End), and a slider with a value for screen readers.
 * <p>A change the user makes (click, key, assistive technology) is reported once through
 * {@link #onRateProperty()}; setting {@link #valueProperty()} from code reports nothing. While the
 * value is {@code null} ("not rated", which is not 0), an explicit 0 (the 0 button, the 0 key, Home)
 * is reported as a rating of its own; one level down stays "not rated".
 * <p>Styled by its own stylesheet ({@code rating-control.css}) through looked-up colours
 * ({@code -rating-accent}, {@code -rating-surface}, …) whose defaults a theme can map to its palette.
 */
public class RatingControl extends Control {
    /** The lowest level, the 0 button's. */
    public static final int MIN_LEVEL = 0;
    /** The default {@link #maxLevelProperty() maxLevel}. */
    public static final int DEFAULT_MAX_LEVEL = 5;

    private static final String STYLESHEET =
            Objects.requireNonNull(RatingControl.class.getResource("rating-control.css")).toExternalForm();
    private static final PseudoClass UNRATED = PseudoClass.getPseudoClass("unrated");
    private static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");
    private static final PseudoClass PREVIEWING = PseudoClass.getPseudoClass("previewing");

    private final ObjectProperty<Integer> value = new SimpleObjectProperty<>(this, "value") {
        @Override
        protected void invalidated() {
            Integer v = get();
            pseudoClassStateChanged(UNRATED, v == null);
            pseudoClassStateChanged(ZERO, v != null && v == MIN_LEVEL);
            notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE);
        }
    };
    private final IntegerProperty maxLevel = new SimpleIntegerProperty(this, "maxLevel", DEFAULT_MAX_LEVEL) {
        @Override
        protected void invalidated() {
            notifyAccessibleAttributeChanged(AccessibleAttribute.MAX_VALUE);
        }
    };
    private final ObjectProperty<Integer> target = new SimpleObjectProperty<>(this, "target");
    private final ObjectProperty<IntFunction<String>> levelLabels =
            new SimpleObjectProperty<>(this, "levelLabels", String::valueOf);
    private final ObjectProperty<IntConsumer> onRate = new SimpleObjectProperty<>(this, "onRate");
    private final ReadOnlyIntegerWrapper preview = new ReadOnlyIntegerWrapper(this, "preview", -1) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(PREVIEWING, get() >= 0);
        }
    };
    private final StyleableDoubleProperty spacing =
            new SimpleStyleableDoubleProperty(StyleableProperties.SPACING, this, "spacing", 6.0);
    private final StyleableDoubleProperty markerGap =
            new SimpleStyleableDoubleProperty(StyleableProperties.MARKER_GAP, this, "markerGap", 2.0);

    /** A control that is not rated yet, with levels 0 to {@value #DEFAULT_MAX_LEVEL}. */
    public RatingControl() {
        getStyleClass().add("rating-control");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        pseudoClassStateChanged(UNRATED, true);
    }

    /** The level shown, {@code null} while not rated. Setting it from code reports nothing. */
    public final ObjectProperty<Integer> valueProperty() {
        return value;
    }

    public final Integer getValue() {
        return value.get();
    }

    public final void setValue(Integer v) {
        value.set(v);
    }

    /** The highest level (the number of stars); default {@value #DEFAULT_MAX_LEVEL}. */
    public final IntegerProperty maxLevelProperty() {
        return maxLevel;
    }

    public final int getMaxLevel() {
        return maxLevel.get();
    }

    public final void setMaxLevel(int max) {
        maxLevel.set(max);
    }

    /** The target level, marked under its star; {@code null} or 0 marks nothing. */
    public final ObjectProperty<Integer> targetProperty() {
        return target;
    }

    public final Integer getTarget() {
        return target.get();
    }

    public final void setTarget(Integer t) {
        target.set(t);
    }

    /**
     * How each level reads ("0 · No exposure"), for the 0 button's tooltip and accessible help, and the
     * spoken value when no {@link #accessibleTextProperty() accessible text} is set. Give it a new
     * function to relabel (when the language changes, say). Default: the number.
     */
    public final ObjectProperty<IntFunction<String>> levelLabelsProperty() {
        return levelLabels;
    }

    public final IntFunction<String> getLevelLabels() {
        return levelLabels.get();
    }

    public final void setLevelLabels(IntFunction<String> labels) {
        levelLabels.set(labels);
    }

    /** Called once with the new level for every change the user makes; never for a value set from code. */
    public final ObjectProperty<IntConsumer> onRateProperty() {
        return onRate;
    }

    public final void setOnRate(IntConsumer handler) {
        onRate.set(handler);
    }

    /** The level under the mouse pointer (0 over the 0 button), -1 when none: a preview only. */
    public final ReadOnlyIntegerProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Room between the 0 button and the stars ({@code -rating-spacing}, default 6 px). */
    public final StyleableDoubleProperty spacingProperty() {
        return spacing;
    }

    public final double getSpacing() {
        return spacing.get();
    }

    /** Room between the stars and the target marker under them ({@code -rating-marker-gap}, default 2 px). */
    public final StyleableDoubleProperty markerGapProperty() {
        return markerGap;
    }

    public final double getMarkerGap() {
        return markerGap.get();
    }

    /** The label of a level through {@link #levelLabelsProperty()}, or null without a labelling function. */
    final String labelOf(int level) {
        IntFunction<String> labels = levelLabels.get();
        return labels == null ? null : labels.apply(level);
    }

    /** The skin's mouse tracking sets the preview. */
    final void setPreview(int level) {
        preview.set(level);
    }

    /**
     * The user asks for a level (unclamped: "one up" from the top asks for one more): shown and reported
     * once if it changes the value. Only an explicit 0 rates a control that is not rated.
     */
    final void rateByUser(int requested) {
        int v = Math.max(MIN_LEVEL, Math.min(getMaxLevel(), requested));
        Integer current = getValue();
        boolean unchanged = current == null ? requested != MIN_LEVEL && v == MIN_LEVEL : v == current;
        if (unchanged) {
            return;
        }
        setValue(v);
        IntConsumer handler = onRate.get();
        if (handler != null) {
            handler.accept(v);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new RatingControlSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    /** The stylesheet of this control, also used for the stars inside it. */
    static String stylesheet() {
        return STYLESHEET;
    }

    /** The CSS properties of this control: those of {@link Control} and {@code -rating-spacing}, {@code -rating-marker-gap}. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    private static final class StyleableProperties {
        static final CssMetaData<RatingControl, Number> SPACING = size("-rating-spacing", 6.0, c -> c.spacing);
        static final CssMetaData<RatingControl, Number> MARKER_GAP = size("-rating-marker-gap", 2.0, c -> c.markerGap);
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            all.add(SPACING);
            all.add(MARKER_GAP);
            ALL = Collections.unmodifiableList(all);
        }

        private static CssMetaData<RatingControl, Number> size(String name, double initial,
                                                              Function<RatingControl, StyleableDoubleProperty> of) {
            return new CssMetaData<>(name, StyleConverter.getSizeConverter(), initial) {
                @Override
                public boolean isSettable(RatingControl c) {
                    return !of.apply(c).isBound();
                }

                @Override
                public StyleableProperty<Number> getStyleableProperty(RatingControl c) {
                    return of.apply(c);
                }
            };
        }
    }
}
