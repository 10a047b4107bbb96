package dev.skillradar.ui.fx.startup;

import dev.skillradar.ui.fx.TextWidths;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * A choice box as wide as its widest choice's text plus the arrow, measured from the texts. JavaFX's own skin asks
 * its popup menu for its width, which styles and lays out every choice as a menu item: for the Assess screen's two
 * filters about a tenth of the window's first CSS and layout pass, before the first frame. With this skin the popup
 * is styled when it first opens. The box may be a little narrower than with JavaFX's skin (the popup's check-mark
 * column is not counted); the popup itself is as wide as before. FX thread only, as every skin.
 */
public final class TextSizedChoiceBoxSkin<T> extends ChoiceBoxSkin<T> {
    /** Rounding room, so that the widest text never ends in "…" (as {@link TextWidths#reserveRoom}). */
    private static final double SLACK = 2;

    public TextSizedChoiceBoxSkin(ChoiceBox<T> box) {
        super(box);
        // the width depends on the texts: new choices or new words (another language) lay the box out again
        registerChangeListener(box.converterProperty(), e -> box.requestLayout());
        registerChangeListener(box.itemsProperty(), e -> box.requestLayout());
        registerListChangeListener(box.getItems(), e -> box.requestLayout());
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        Parts p = parts();
        if (p == null) {
            return super.computePrefWidth(height, topInset, rightInset, bottomInset, leftInset);
        }
        double text = TextWidths.widest(texts(), p.label().getFont());
        return leftInset + p.label().snappedLeftInset() + text + p.label().snappedRightInset() + SLACK
                + p.arrow().prefWidth(-1) + rightInset;
    }

    @Override
    protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset,
                                     double leftInset) {
        Parts p = parts();
        if (p == null) {
            return super.computeMinWidth(height, topInset, rightInset, bottomInset, leftInset);
        }
        return leftInset + p.label().minWidth(-1) + p.arrow().minWidth(-1) + rightInset;
    }

    /** JavaFX's skin's two children: the label showing the choice and the arrow; null if a later JavaFX has others. */
    private record Parts(Label label, Region arrow) {
    }

    private Parts parts() {
        Label label = child(Label.class, "label");
        Region arrow = child(Region.class, "open-button");
        return label == null || arrow == null ? null : new Parts(label, arrow);
    }

    /** What the box shows for each choice (the popup's words), as JavaFX's skin labels them. */
    List<String> texts() {
        ChoiceBox<T> box = getSkinnable();
        StringConverter<T> converter = box.getConverter();
        ObservableList<T> items = box.getItems();
        if (items == null) {
            return List.of();
        }
        return items.stream().map(i -> converter == null ? (i == null ? "" : i.toString()) : converter.toString(i))
                .map(s -> s == null ? "" : s).toList();
    }

    private <N extends Node> N child(Class<N> type, String styleClass) {
        for (Node n : getChildren()) {
            if (type.isInstance(n) && n.getStyleClass().contains(styleClass)) {
                return type.cast(n);
            }
        }
        return null;
    }
}
