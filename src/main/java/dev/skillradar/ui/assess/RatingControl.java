package dev.skillradar.ui.assess;

import dev.skillradar.catalog.Level;
import dev.skillradar.ui.fx.startup.LazyTooltip;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.controlsfx.control.Rating;

/**
 * A 0–5 rating: ControlsFX {@link Rating} draws the stars, this adds what it lacks. A "0" button
 * sets 0 in one click; digits 0–5, the arrow keys (Left/Down −1, Right/Up +1), Home (0) and End (5)
 * rate while it has the focus; hovering only previews ({@link #previewProperty()}), never rates;
 * the target level is marked under its star; and screen readers get a slider with a value.
 * A user's change is reported once through {@link #setOnRate}; setting {@link #valueProperty()}
 * from code reports nothing. While {@link #ratedProperty() not rated}, asking for 0 (the 0 button,
 * the 0 key, Home) reports 0 too: "no exposure" is a rating of its own.
 */
public final class RatingControl extends Region {
    private static final PseudoClass PREVIEWING = PseudoClass.getPseudoClass("previewing");
    private static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");
    private static final PseudoClass UNRATED = PseudoClass.getPseudoClass("unrated");
    private static final double GAP = 6;
    private static final double MARKER_GAP = 2;

    private final Rating stars = new Rating(Level.MAX, 0);
    private final Button clear = new Button("0");
    private final StringProperty clearText = new SimpleStringProperty(this, "clearText");
    private final Region marker = new Region();
    private final ReadOnlyIntegerWrapper preview = new ReadOnlyIntegerWrapper(this, "preview", -1);
    private final IntegerProperty value = new SimpleIntegerProperty(this, "value") {
        @Override
        protected void invalidated() {
            showValue();
        }
    };
    private final IntegerProperty target = new SimpleIntegerProperty(this, "target") {
        @Override
        protected void invalidated() {
            marker.setVisible(get() > 0);
            updateStarClasses();
            requestLayout();
        }
    };
    private final BooleanProperty rated = new SimpleBooleanProperty(this, "rated", true) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(UNRATED, !get());
        }
    };
    private IntConsumer onRate = v -> { };
    private boolean showing;

    public RatingControl() {
        getStyleClass().add("rating-control");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        stars.setUpdateOnHover(false);
        stars.setPartialRating(false);
        stars.setFocusTraversable(false);
        stars.ratingProperty().addListener((obs, o, n) -> {
            if (!showing) {
                rateByUser((int) Math.round(n.doubleValue()));
            }
        });
        stars.skinProperty().addListener((obs, o, n) -> updateStarClasses());
        stars.addEventHandler(MouseEvent.MOUSE_MOVED, e -> preview.set(starAt(e.getSceneX(), e.getSceneY())));
        stars.addEventHandler(MouseEvent.MOUSE_EXITED, e -> preview.set(-1));
        clear.getStyleClass().add("clear-button");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> rateByUser(0));
        clear.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> preview.set(0));
        clear.addEventHandler(MouseEvent.MOUSE_EXITED, e -> preview.set(-1));
        LazyTooltip.onFirstHover(clear, clearText, () -> LazyTooltip.showing(clearText), clear::setTooltip);
        marker.getStyleClass().add("target-marker");
        marker.setVisible(false);
        marker.setMouseTransparent(true);
        getChildren().addAll(clear, stars, marker);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        preview.addListener((obs, o, n) -> {
            pseudoClassStateChanged(PREVIEWING, n.intValue() >= 0);
            updateStarClasses();
        });
        showValue();
    }

    /** The level shown, 0..5. Setting it from code (a reload) does not call the rate handler. */
    public IntegerProperty valueProperty() {
        return value;
    }

    public int getValue() {
        return value.get();
    }

    public void setValue(int v) {
        value.set(v);
    }

    /** False while the skill has no rating at all: then the 0 button is not shown as chosen. */
    public BooleanProperty ratedProperty() {
        return rated;
    }

    /** The target level marked under its star; 0 hides the marker. */
    public IntegerProperty targetProperty() {
        return target;
    }

    /** The level under the mouse pointer (0 over the clear button), -1 when none: a preview only. */
    public ReadOnlyIntegerProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Called once for every change the user makes (click, key, assistive technology). */
    public void setOnRate(IntConsumer handler) {
        onRate = handler == null ? v -> { } : handler;
    }

    /** The clear button's tooltip and accessible text (the caller localizes it). */
    public StringProperty clearTextProperty() {
        return clearText;
    }

    Button clearButton() {
        return clear;
    }

    /** The star nodes of the ControlsFX skin, left to right (empty before the skin exists). */
    List<Node> starNodes() {
        for (Node child : stars.getChildrenUnmodifiable()) {
            if (child instanceof Parent p && child.getStyleClass().contains("container")) {
                return List.copyOf(p.getChildrenUnmodifiable());
            }
        }
        return List.of();
    }

    private void onKeyPressed(KeyEvent e) {
        OptionalInt next = RatingKeys.levelFor(e, value.get());
        if (next.isPresent()) {
            rateByUser(next.getAsInt());
            e.consume();
        }
    }

    private void rateByUser(int requested) {
        int v = Math.max(Level.MIN, Math.min(Level.MAX, requested));
        // Only an explicit 0 rates an unrated skill; "one level down" from nothing stays nothing.
        boolean firstZero = !rated.get() && requested == Level.MIN;
        if (v == value.get() && !firstZero) {
            showValue(); // undo a star change that did not change the level
            return;
        }
        value.set(v);
        onRate.accept(v);
    }

    private void showValue() {
        showing = true;
        try {
            stars.setRating(value.get());
        } finally {
            showing = false;
        }
        pseudoClassStateChanged(ZERO, value.get() == 0);
        notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE);
    }

    /** The level a click at this scene point would set: the same arithmetic as the ControlsFX skin. */
    private int starAt(double sceneX, double sceneY) {
        List<Node> nodes = starNodes();
        if (nodes.isEmpty() || !(nodes.get(0).getParent() instanceof Region box)) {
            return -1;
        }
        Point2D p = box.sceneToLocal(sceneX, sceneY);
        double w = box.getWidth() - box.getInsets().getLeft() - box.getInsets().getRight();
        int level = (int) Math.ceil(p.getX() / w * Level.MAX);
        return Math.max(1, Math.min(Level.MAX, level));
    }

    private void updateStarClasses() {
        List<Node> nodes = starNodes();
        int p = preview.get();
        for (int i = 0; i < nodes.size(); i++) {
            List<String> classes = nodes.get(i).getStyleClass();
            toggle(classes, "preview", p > i);
            toggle(classes, "target", target.get() == i + 1);
        }
    }

    private static void toggle(List<String> classes, String name, boolean on) {
        if (on && !classes.contains(name)) {
            classes.add(name);
        } else if (!on) {
            classes.remove(name);
        }
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double clearW = clear.prefWidth(-1);
        double clearH = clear.prefHeight(-1);
        double starsW = stars.prefWidth(-1);
        double starsH = stars.prefHeight(-1);
        double rowH = Math.max(clearH, starsH);
        clear.resizeRelocate(left, top + (rowH - clearH) / 2, clearW, clearH);
        double starsX = left + clearW + GAP;
        stars.resizeRelocate(starsX, top + (rowH - starsH) / 2, starsW, starsH);
        List<Node> nodes = starNodes();
        int t = target.get();
        double mw = marker.prefWidth(-1);
        double mh = marker.prefHeight(-1);
        if (t > 0 && t <= nodes.size() && nodes.get(0).getParent() instanceof Region box
                && nodes.get(t - 1) instanceof Region star) {
            double spacing = box instanceof javafx.scene.layout.HBox h ? h.getSpacing() : 0;
            double starW = star.prefWidth(-1);
            double cx = starsX + stars.snappedLeftInset() + box.snappedLeftInset() + (t - 1) * (starW + spacing) + starW / 2;
            marker.resizeRelocate(snapPositionX(cx - mw / 2), top + rowH + MARKER_GAP, mw, mh);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + clear.prefWidth(-1) + GAP + stars.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double rowH = Math.max(clear.prefHeight(-1), stars.prefHeight(-1));
        return snappedTopInset() + rowH + MARKER_GAP + marker.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case VALUE -> (double) value.get();
            case MIN_VALUE -> (double) Level.MIN;
            case MAX_VALUE -> (double) Level.MAX;
            case ORIENTATION -> Orientation.HORIZONTAL;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        switch (action) {
            case INCREMENT -> rateByUser(value.get() + 1);
            case DECREMENT -> rateByUser(value.get() - 1);
            case SET_VALUE -> {
                if (parameters.length > 0 && parameters[0] instanceof Number n) {
                    rateByUser((int) Math.round(n.doubleValue()));
                }
            }
            default -> super.executeAccessibleAction(action, parameters);
        }
    }
}
