package dev.skillradar.ui.control;

import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.Rating;

/**
 * The look and the input of a {@link RatingControl}: a "0" button, ControlsFX {@link Rating} for the stars
 * (with {@code updateOnHover} off, so hovering only previews), and a target marker under the target's
 * star; keys, the hover preview and the accessible value and actions.
 */
public class RatingControlSkin extends SkinBase<RatingControl> {
    private final Stars stars;
    private final Button zero = new Button("0");
    private final StringProperty zeroText = new SimpleStringProperty(this, "zeroText");
    private final Region marker = new Region();
    private final EventHandler<MouseEvent> focusOnPress = e -> getSkinnable().requestFocus();
    private final EventHandler<KeyEvent> keys = this::onKeyPressed;
    /** True while the stars are being set from the value, so that their change is not taken for a click. */
    private boolean showing;

    public RatingControlSkin(RatingControl control) {
        super(control);
        // Mouse events go on to the row around it, as they did before this was a Control.
        consumeMouseEvents(false);
        stars = new Stars(control.getMaxLevel());
        stars.setUpdateOnHover(false);
        stars.setPartialRating(false);
        stars.setFocusTraversable(false);
        stars.ratingProperty().addListener((obs, o, n) -> {
            if (!showing) {
                getSkinnable().rateByUser((int) Math.round(n.doubleValue()));
                showValue(); // undo a star change that did not change the level
            }
        });
        stars.skinProperty().addListener((obs, o, n) -> updateStarClasses());
        stars.addEventHandler(MouseEvent.MOUSE_MOVED, e -> getSkinnable().setPreview(starAt(e.getSceneX(), e.getSceneY())));
        stars.addEventHandler(MouseEvent.MOUSE_EXITED, e -> getSkinnable().setPreview(-1));

        zero.getStyleClass().add("clear-button");
        zero.setFocusTraversable(false);
        zero.setOnAction(e -> {
            getSkinnable().rateByUser(RatingControl.MIN_LEVEL);
            showValue();
        });
        zero.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> getSkinnable().setPreview(RatingControl.MIN_LEVEL));
        zero.addEventHandler(MouseEvent.MOUSE_EXITED, e -> getSkinnable().setPreview(-1));
        tooltipOnFirstHover(zero, zeroText);

        marker.getStyleClass().add("target-marker");
        marker.setVisible(false);
        marker.setMouseTransparent(true);
        getChildren().addAll(zero, stars, marker);

        control.addEventFilter(MouseEvent.MOUSE_PRESSED, focusOnPress);
        control.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        registerChangeListener(control.valueProperty(), o -> showValue());
        registerChangeListener(control.targetProperty(), o -> showTarget());
        registerChangeListener(control.previewProperty(), o -> updateStarClasses());
        registerChangeListener(control.maxLevelProperty(), o -> {
            stars.setMax(getSkinnable().getMaxLevel());
            updateStarClasses();
            getSkinnable().requestLayout();
        });
        registerInvalidationListener(control.levelLabelsProperty(), o -> showZeroText());
        registerChangeListener(control.spacingProperty(), o -> getSkinnable().requestLayout());
        registerChangeListener(control.markerGapProperty(), o -> getSkinnable().requestLayout());
        showZeroText();
        showTarget();
        showValue();
    }

    /** The stars inside ControlsFX's Rating, which uses this control's stylesheet instead of its own. */
    private static final class Stars extends Rating {
        Stars(int max) {
            super(max, 0);
        }

        @Override
        public String getUserAgentStylesheet() {
            // The nearest user-agent stylesheet is the only one a node gets besides Modena's: without this
            // the stars would see only ControlsFX's rating.css, never the control's.
            return RatingControl.stylesheet();
        }
    }

    /**
     * The tooltip of the 0 button is made on its first hover: a tooltip is a popup control of its own, not
     * needed for a first frame. Its text is the button's accessible help from the start.
     */
    private static void tooltipOnFirstHover(Button button, StringProperty text) {
        button.accessibleHelpProperty().bind(text);
        button.addEventFilter(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                button.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(text);
                button.setTooltip(tip);
            }
        });
    }

    /** The star nodes of the ControlsFX skin, left to right (empty before that skin exists). */
    List<Node> starNodes() {
        for (Node child : stars.getChildrenUnmodifiable()) {
            if (child instanceof Parent p && child.getStyleClass().contains("container")) {
                return List.copyOf(p.getChildrenUnmodifiable());
            }
        }
        return List.of();
    }

    Button zeroButton() {
        return zero;
    }

    private int current() {
        Integer v = getSkinnable().getValue();
        return v == null ? RatingControl.MIN_LEVEL : v;
    }

    private void onKeyPressed(KeyEvent e) {
        OptionalInt next = RatingKeys.levelFor(e, current(), getSkinnable().getMaxLevel());
        if (next.isPresent()) {
            getSkinnable().rateByUser(next.getAsInt());
            e.consume();
        }
    }

    private void showValue() {
        showing = true;
        try {
            stars.setRating(current());
        } finally {
            showing = false;
        }
    }

    private void showTarget() {
        Integer t = getSkinnable().getTarget();
        marker.setVisible(t != null && t > 0);
        updateStarClasses();
        getSkinnable().requestLayout();
    }

    private void showZeroText() {
        zeroText.set(getSkinnable().labelOf(RatingControl.MIN_LEVEL));
    }

    /** The level a click at this scene point would set: the same arithmetic as the ControlsFX skin. */
    private int starAt(double sceneX, double sceneY) {
        List<Node> nodes = starNodes();
        if (nodes.isEmpty() || !(nodes.get(0).getParent() instanceof Region box)) {
            return -1;
        }
        int max = getSkinnable().getMaxLevel();
        Point2D p = box.sceneToLocal(sceneX, sceneY);
        double w = box.getWidth() - box.getInsets().getLeft() - box.getInsets().getRight();
        int level = (int) Math.ceil(p.getX() / w * max);
        return Math.max(1, Math.min(max, level));
    }

    private void updateStarClasses() {
        List<Node> nodes = starNodes();
        int p = getSkinnable().previewProperty().get();
        Integer t = getSkinnable().getTarget();
        for (int i = 0; i < nodes.size(); i++) {
            List<String> classes = nodes.get(i).getStyleClass();
            toggle(classes, "preview", p > i);
            toggle(classes, "target", t != null && t == i + 1);
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
    protected void layoutChildren(double x, double y, double w, double h) {
        double zeroW = zero.prefWidth(-1);
        double zeroH = zero.prefHeight(-1);
        double starsW = stars.prefWidth(-1);
        double starsH = stars.prefHeight(-1);
        double rowH = Math.max(zeroH, starsH);
        zero.resizeRelocate(x, y + (rowH - zeroH) / 2, zeroW, zeroH);
        double starsX = x + zeroW + getSkinnable().getSpacing();
        stars.resizeRelocate(starsX, y + (rowH - starsH) / 2, starsW, starsH);
        List<Node> nodes = starNodes();
        Integer target = getSkinnable().getTarget();
        int t = target == null ? 0 : target;
        double mw = marker.prefWidth(-1);
        double mh = marker.prefHeight(-1);
        if (t > 0 && t <= nodes.size() && nodes.get(0).getParent() instanceof Region box
                && nodes.get(t - 1) instanceof Region star) {
            double spacing = box instanceof HBox hbox ? hbox.getSpacing() : 0;
            double starW = star.prefWidth(-1);
            double cx = starsX + stars.snappedLeftInset() + box.snappedLeftInset() + (t - 1) * (starW + spacing) + starW / 2;
            marker.resizeRelocate(snapPositionX(cx - mw / 2), y + rowH + getSkinnable().getMarkerGap(), mw, mh);
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + zero.prefWidth(-1) + getSkinnable().getSpacing() + stars.prefWidth(-1) + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double rowH = Math.max(zero.prefHeight(-1), stars.prefHeight(-1));
        return top + rowH + getSkinnable().getMarkerGap() + marker.prefHeight(-1) + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return computePrefWidth(height, top, right, bottom, left);
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
        return computePrefWidth(height, top, right, bottom, left);
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        RatingControl c = getSkinnable();
        return switch (attribute) {
            case VALUE -> (double) current();
            case MIN_VALUE -> (double) RatingControl.MIN_LEVEL;
            case MAX_VALUE -> (double) c.getMaxLevel();
            case ORIENTATION -> Orientation.HORIZONTAL;
            // the owner's accessible text if it gave one ("Python: 3 of 5 …"), else the level's label
            case TEXT -> c.getAccessibleText() != null || c.getValue() == null ? null : c.labelOf(c.getValue());
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    @Override
    protected void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        RatingControl c = getSkinnable();
        switch (action) {
            case INCREMENT -> c.rateByUser(current() + 1);
            case DECREMENT -> c.rateByUser(current() - 1);
            case SET_VALUE -> {
                if (parameters.length > 0 && parameters[0] instanceof Number n) {
                    c.rateByUser((int) Math.round(n.doubleValue()));
                }
            }
            default -> super.executeAccessibleAction(action, parameters);
        }
    }

    @Override
    public void dispose() {
        RatingControl c = getSkinnable();
        if (c == null) {
            return;
        }
        c.removeEventFilter(MouseEvent.MOUSE_PRESSED, focusOnPress);
        c.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        getChildren().removeAll(zero, stars, marker);
        super.dispose();
    }
}
