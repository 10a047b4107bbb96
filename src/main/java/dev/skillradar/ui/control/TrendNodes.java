package dev.skillradar.ui.control;

import dev.skillradar.chart.Box;
import dev.skillradar.chart.Legend;
import dev.skillradar.chart.LineStyle;
import dev.skillradar.chart.Mark;
import dev.skillradar.chart.Path;
import dev.skillradar.chart.Point;
import dev.skillradar.chart.TextBlock;
import dev.skillradar.chart.TrendLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A {@link TrendLayout} as nodes, in the display list's order: y gridlines and percentages, time ticks and dates,
 * lines (the first series on top), markers, the empty message on its plate, legend and title; above the lines an
 * invisible target over the plot for the pointer, and the ring that marks the hovered reading. Tick, series and
 * marker nodes are reused by position when the layout changes.
 */
final class TrendNodes {
    private final ChartFonts fonts;
    private final Group root = new Group();
    private final Group yLayer = layer("trend-y-ticks");
    private final Group xLayer = layer("trend-x-ticks");
    private final Group lineLayer = layer("trend-lines");
    private final Group markerLayer = layer("trend-markers-layer");
    private final List<Line> yGrid = new ArrayList<>();
    private final List<TextBlockNode> yLabels = new ArrayList<>();
    private final List<Line> xTicks = new ArrayList<>();
    private final List<TextBlockNode> xLabels = new ArrayList<>();
    private final Rectangle emptyPlate = Shapes.passive(new Rectangle(), "chart-plate", "trend-empty-plate");
    private final TextBlockNode emptyText = new TextBlockNode("trend-empty");
    private final Rectangle plotTarget = new Rectangle();
    private final Circle hover = Shapes.passive(new Circle(), "trend-hover");
    private final LegendNodes legend;
    private final TextBlockNode title = new TextBlockNode("trend-title");
    private List<SeriesNodes> series = List.of();
    private List<String> seriesKey = List.of();
    private TrendLayout layout;

    TrendNodes(ChartFonts fonts, Consumer<String> toggle) {
        this.fonts = fonts;
        this.legend = new LegendNodes("trend", fonts, toggle);
        plotTarget.getStyleClass().add("chart-plot-target");
        plotTarget.setFill(Color.TRANSPARENT);
        hover.setVisible(false);
        emptyText.setMouseTransparent(true);
        root.getStyleClass().add("trend-plot");
        root.getChildren().addAll(yLayer, xLayer, lineLayer, markerLayer, emptyPlate, emptyText, plotTarget, hover,
                legend, title);
    }

    private static Group layer(String styleClass) {
        Group g = new Group();
        g.getStyleClass().add(styleClass);
        return g;
    }

    Node node() {
        return root;
    }

    /** The invisible node over the plot that takes the pointer. */
    Rectangle plotTarget() {
        return plotTarget;
    }

    TrendLayout layout() {
        return layout;
    }

    void update(TrendLayout l) {
        layout = l;
        LineStyle grid = Shapes.gridStyle(l);
        resize(yGrid, yLabels, yLayer, l.yTicks().size(), "trend-gridline", "trend-tick-label");
        for (int k = 0; k < l.yTicks().size(); k++) {
            TrendLayout.YTick t = l.yTicks().get(k);
            Shapes.line(yGrid.get(k), t.gridline());
            Shapes.stroke(yGrid.get(k), grid);
            yLabels.get(k).update(t.label(), fonts);
        }
        resize(xTicks, xLabels, xLayer, l.xTicks().size(), "trend-tick", "trend-tick-label");
        for (int k = 0; k < l.xTicks().size(); k++) {
            TrendLayout.XTick t = l.xTicks().get(k);
            Shapes.line(xTicks.get(k), t.tick());
            Shapes.stroke(xTicks.get(k), grid);
            xLabels.get(k).update(t.label(), fonts);
        }
        List<String> key = l.lines().stream().map(TrendLayout.Line::id).toList();
        if (!key.equals(seriesKey)) {
            seriesKey = key;
            rebuildSeries(l.lines().size());
        }
        for (int i = 0; i < series.size(); i++) {
            series.get(i).update(l.lines().get(i));
        }
        emptyPlate.setVisible(l.emptyMessage().isPresent());
        emptyText.setVisible(l.emptyMessage().isPresent());
        l.emptyMessage().ifPresent(e -> {
            emptyText.update(e, fonts);
            Shapes.rect(emptyPlate, plateOf(l, e));
        });
        Shapes.rect(plotTarget, l.plot().grow(8));
        legend.update(l.legend(), this::legendClass);
        title.setVisible(l.title().isPresent());
        l.title().ifPresent(t -> title.update(t, fonts));
        hover.setVisible(false);
    }

    /** The background patch the display list paints right before the empty message. */
    private static Box plateOf(TrendLayout l, TextBlock message) {
        List<Mark> marks = l.marks();
        for (int k = 1; k < marks.size(); k++) {
            if (marks.get(k) instanceof Mark.Text t && t.block() == message && marks.get(k - 1) instanceof Mark.Fill f
                    && f.shape() instanceof Path p) {
                double minX = Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (Point pt : p.points()) {
                    minX = Math.min(minX, pt.x());
                    minY = Math.min(minY, pt.y());
                    maxX = Math.max(maxX, pt.x());
                    maxY = Math.max(maxY, pt.y());
                }
                return new Box(minX, minY, maxX - minX, maxY - minY);
            }
        }
        return message.box();
    }

    private void resize(List<Line> lines, List<TextBlockNode> labels, Group layer, int count, String lineClass,
                        String labelClass) {
        if (lines.size() == count) {
            return;
        }
        while (lines.size() > count) {
            layer.getChildren().removeAll(lines.remove(lines.size() - 1), labels.remove(labels.size() - 1));
        }
        while (lines.size() < count) {
            Line line = Shapes.passive(new Line(), "chart-stroke", lineClass);
            TextBlockNode label = new TextBlockNode(labelClass);
            lines.add(line);
            labels.add(label);
            layer.getChildren().addAll(line, label);
        }
        Shapes.styleNow(layer);
    }

    private String legendClass(Legend.Item item) {
        return item.isMissingKey() ? null : "trend-series-" + seriesKey.indexOf(item.seriesId());
    }

    private void rebuildSeries(int count) {
        List<SeriesNodes> built = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            built.add(new SeriesNodes(i));
        }
        series = built;
        // the first series (overall) is painted last, on top
        List<Node> lines = new ArrayList<>();
        List<Node> marks = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            lines.add(built.get(i).line);
            marks.add(built.get(i).markers);
        }
        lineLayer.getChildren().setAll(lines);
        markerLayer.getChildren().setAll(marks);
        Shapes.styleNow(root);
    }

    void applyHidden(Set<String> hidden) {
        for (int i = 0; i < series.size(); i++) {
            TrendLayout.Line line = layout.lines().get(i);
            boolean shown = !hidden.contains(line.id());
            series.get(i).line.setVisible(shown && line.path().isPresent());
            series.get(i).markers.setVisible(shown && line.markersDrawn());
        }
        legend.applyHidden(hidden, false);
    }

    /** The shown reading nearest to (x, y) within {@code reach}, as {series, point}, or null. */
    int[] nearest(double x, double y, double reach, Set<String> hidden) {
        int[] best = null;
        double bestDistance = reach;
        for (int i = 0; i < layout.lines().size(); i++) {
            TrendLayout.Line line = layout.lines().get(i);
            if (hidden.contains(line.id())) {
                continue;
            }
            for (int j = 0; j < line.readings().size(); j++) {
                Point c = line.readings().get(j).marker().centre();
                double d = Math.hypot(c.x() - x, c.y() - y);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }

    /** Rings the reading, or hides the ring for null. */
    void showHover(int[] reading) {
        hover.setVisible(reading != null);
        if (reading != null) {
            TrendLayout.Reading r = layout.lines().get(reading[0]).readings().get(reading[1]);
            hover.setCenterX(r.marker().centre().x());
            hover.setCenterY(r.marker().centre().y());
            hover.setRadius(r.marker().size() * 0.8 + 2);
        }
    }

    /** One series: its line and its markers, one per reading (reused by position). */
    private final class SeriesNodes {
        final javafx.scene.shape.Path line;
        final Group markers = new Group();
        private final List<MarkerNode> marks = new ArrayList<>();

        SeriesNodes(int index) {
            String sc = "trend-series-" + index;
            line = Shapes.passive(new javafx.scene.shape.Path(), "chart-stroke", "trend-line", sc);
            markers.getStyleClass().addAll("trend-markers", sc);
            markers.setMouseTransparent(true);
        }

        void update(TrendLayout.Line l) {
            l.path().ifPresent(p -> Shapes.paths(line, List.of(p)));
            Shapes.stroke(line, l.style().line());
            int n = l.readings().size();
            if (marks.size() > n) {
                markers.getChildren().remove(n, marks.size());
                marks.subList(n, marks.size()).clear();
            }
            while (marks.size() < n) {
                MarkerNode m = new MarkerNode("trend-marker", "trend-missing");
                marks.add(m);
                markers.getChildren().add(m);
            }
            double w = Shapes.markerStroke(l.style());
            for (int j = 0; j < n; j++) {
                marks.get(j).update(l.readings().get(j).marker(), w);
            }
        }
    }
}
