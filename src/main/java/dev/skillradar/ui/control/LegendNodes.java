package dev.skillradar.ui.control;

import dev.skillradar.chart.Legend;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The legend of a chart control, shared by the radar and the trend chart. Every series entry is a toggle
 * ({@code <prefix>-legend-item}, muted when its series is hidden): a click, or Space or Enter while it has the
 * keyboard focus (it is reached with Tab), shows or hides the series. The missing-value key
 * ({@code <prefix>-legend-key}) is no toggle; it is shown only while a shown series misses a value.
 */
final class LegendNodes extends Group {
    private final String prefix;
    private final ChartFonts fonts;
    private final Consumer<String> toggle;
    private final List<Item> items = new ArrayList<>();
    private List<String> keys = List.of();

    LegendNodes(String prefix, ChartFonts fonts, Consumer<String> toggle) {
        this.prefix = prefix;
        this.fonts = fonts;
        this.toggle = toggle;
        getStyleClass().add(prefix + "-legend");
    }

    /** Shows the legend; {@code seriesClass} names the style class that gives an entry its series' colour. */
    void update(Legend legend, Function<Legend.Item, String> seriesClass) {
        List<String> newKeys = legend.items().stream().map(i -> i.isMissingKey() ? null : i.seriesId()).toList();
        if (!newKeys.equals(keys)) {
            keys = newKeys;
            items.clear();
            for (Legend.Item i : legend.items()) {
                items.add(new Item(i.seriesId(), seriesClass.apply(i)));
            }
            getChildren().setAll(items);
            Shapes.styleNow(this);
        }
        for (int k = 0; k < items.size(); k++) {
            items.get(k).update(legend.items().get(k));
        }
    }

    /** Mutes the entries of hidden series, and shows the missing-value key only if {@code missingShown}. */
    void applyHidden(Set<String> hidden, boolean missingShown) {
        for (Item item : items) {
            if (item.seriesId == null) {
                item.setVisible(missingShown);
            } else {
                item.setShown(!hidden.contains(item.seriesId));
            }
        }
    }

    /** One entry: line sample, marker and text, with a frame that is its click target and focus ring. */
    private final class Item extends Group {
        final String seriesId;
        private final Rectangle frame = new Rectangle();
        private final Line sample = Shapes.passive(new Line(), "chart-stroke", "chart-legend-sample");
        private final MarkerNode marker;
        private final TextBlockNode text;
        private boolean shown = true;

        Item(String seriesId, String seriesClass) {
            this.seriesId = seriesId;
            boolean key = seriesId == null;
            getStyleClass().addAll(key ? prefix + "-legend-key" : prefix + "-legend-item");
            if (seriesClass != null) {
                getStyleClass().add(seriesClass);
            }
            marker = new MarkerNode(prefix + "-legend-marker", prefix + "-missing");
            text = new TextBlockNode(prefix + "-legend-text");
            text.setMouseTransparent(true);
            frame.getStyleClass().add("chart-focus-frame");
            // transparent, not null: the whole entry, gaps included, takes the click
            frame.setFill(javafx.scene.paint.Color.TRANSPARENT);
            frame.setArcWidth(6);
            frame.setArcHeight(6);
            getChildren().addAll(frame, sample, marker, text);
            if (key) {
                sample.setVisible(false);
                setAccessibleRole(AccessibleRole.TEXT);
                return;
            }
            setFocusTraversable(true);
            setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    toggle.accept(seriesId);
                }
            });
            addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                    toggle.accept(seriesId);
                    e.consume();
                }
            });
        }

        void update(Legend.Item item) {
            Shapes.rect(frame, item.box().grow(2));
            if (!item.isMissingKey()) {
                Shapes.line(sample, item.sample());
                Shapes.stroke(sample, item.style().line());
            }
            marker.update(item.marker(), Shapes.markerStroke(item.style()));
            text.update(item.text(), fonts);
            setAccessibleText(item.label());
        }

        void setShown(boolean on) {
            if (shown != on) {
                shown = on;
                Shapes.styleClass(this, "muted", !on);
                notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
            }
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            if (attribute == AccessibleAttribute.SELECTED && seriesId != null) {
                return shown;
            }
            return super.queryAccessibleAttribute(attribute, parameters);
        }

        @Override
        public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
            if (action == AccessibleAction.FIRE && seriesId != null) {
                toggle.accept(seriesId);
            } else {
                super.executeAccessibleAction(action, parameters);
            }
        }
    }
}
