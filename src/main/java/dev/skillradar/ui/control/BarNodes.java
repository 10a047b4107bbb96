package dev.skillradar.ui.control;

import dev.skillradar.chart.BarLayout;
import dev.skillradar.chart.Box;
import dev.skillradar.chart.ChartLayout;
import dev.skillradar.chart.Legend;
import dev.skillradar.chart.LineStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A {@link BarLayout} (one or two axes) as nodes, in the display list's order: current fills, scale gridlines and
 * numbers, then per row its label, bar lines and markers; the row targets, the focus frame, legend and title.
 * Same classes as the radar where the role is the same ({@code radar-label}, {@code radar-series-*},
 * {@code radar-marker}, {@code radar-missing}), plus {@code radar-gridline}, {@code radar-tick-label} and
 * {@code radar-bar}.
 */
final class BarNodes implements AxisPicture {
    private final ChartFonts fonts;
    private final int axes;
    private final Group root = new Group();
    private final Group fills = layer("radar-bar-fills");
    private final Group rowLayer = layer("radar-rows");
    private final List<Line> gridlines = new ArrayList<>();
    private final List<TextBlockNode> tickLabels = new ArrayList<>();
    private final List<RowNodes> rows = new ArrayList<>();
    private final List<AxisTarget> targets = new ArrayList<>();
    private final Rectangle focusFrame = Shapes.passive(new Rectangle(), "radar-focus-frame");
    private final LegendNodes legend;
    private final TextBlockNode title = new TextBlockNode("radar-title");
    private List<String> seriesKey = List.of();
    private BarLayout layout;
    private int focusedRow = -1;

    BarNodes(BarLayout layout, ChartFonts fonts, AxisTarget.Events events, IntSupplier focusedAxis,
             Consumer<String> toggle) {
        this.fonts = fonts;
        this.axes = layout.rows().size();
        this.legend = new LegendNodes("radar", fonts, toggle);
        Group ticks = layer("radar-ticks");
        for (int k = 0; k < layout.ticks().size(); k++) {
            Line g = Shapes.passive(new Line(), "chart-stroke", "radar-gridline");
            TextBlockNode t = new TextBlockNode("radar-tick-label");
            gridlines.add(g);
            tickLabels.add(t);
            ticks.getChildren().addAll(g, t);
        }
        Group targetLayer = layer("radar-axis-targets");
        for (int i = 0; i < axes; i++) {
            rows.add(new RowNodes());
            targets.add(new AxisTarget(i, events, focusedAxis, new Rectangle()));
        }
        rowLayer.getChildren().setAll(rows.stream().map(r -> r.group).toList());
        targetLayer.getChildren().setAll(targets);
        focusFrame.setVisible(false);
        root.getStyleClass().add("radar-bars");
        root.getChildren().addAll(fills, ticks, rowLayer, targetLayer, focusFrame, legend, title);
        update(layout);
    }

    private static Group layer(String styleClass) {
        Group g = new Group();
        g.getStyleClass().add(styleClass);
        return g;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public boolean fits(ChartLayout next) {
        return next instanceof BarLayout b && b.rows().size() == axes && b.ticks().size() == gridlines.size();
    }

    @Override
    public void update(ChartLayout next) {
        BarLayout l = (BarLayout) next;
        layout = l;
        LineStyle grid = Shapes.gridStyle(l);
        for (int k = 0; k < gridlines.size(); k++) {
            BarLayout.Tick t = l.ticks().get(k);
            Shapes.line(gridlines.get(k), t.gridline());
            Shapes.stroke(gridlines.get(k), grid);
            tickLabels.get(k).update(t.label(), fonts);
        }
        List<String> key = l.rows().get(0).bars().stream().map(b -> b.seriesId() + "/" + b.kind()).toList();
        boolean rebuild = !key.equals(seriesKey);
        seriesKey = key;
        List<Node> fillNodes = new ArrayList<>();
        for (int i = 0; i < axes; i++) {
            BarLayout.Row row = l.rows().get(i);
            RowNodes r = rows.get(i);
            if (rebuild) {
                r.rebuild(row.bars());
            }
            r.update(row);
            Shapes.rect((Rectangle) targets.get(i).getChildren().get(0), row.box());
            fillNodes.addAll(r.fills);
        }
        if (rebuild) {
            fills.getChildren().setAll(fillNodes);
            Shapes.styleNow(root);
        }
        legend.update(l.legend(), this::legendClass);
        title.setVisible(l.title().isPresent());
        l.title().ifPresent(t -> title.update(t, fonts));
        if (focusFrame.isVisible()) {
            showFocus(focusedRow);
        }
    }

    private String legendClass(Legend.Item item) {
        for (BarLayout.Bar b : layout.rows().get(0).bars()) {
            if (b.seriesId().equals(item.seriesId())) {
                return RadarNodes.kindClass(b.kind());
            }
        }
        return null;
    }

    @Override
    public void applyHidden(Set<String> hidden) {
        boolean missingShown = false;
        for (int i = 0; i < axes; i++) {
            BarLayout.Row row = layout.rows().get(i);
            for (int k = 0; k < row.bars().size(); k++) {
                BarLayout.Bar bar = row.bars().get(k);
                boolean shown = !hidden.contains(bar.seriesId());
                rows.get(i).setShown(k, shown, bar);
                missingShown |= shown && bar.value() == null;
            }
        }
        legend.applyHidden(hidden, missingShown);
    }

    @Override
    public int axisCount() {
        return axes;
    }

    @Override
    public AxisTarget target(int axis) {
        return targets.get(axis);
    }

    @Override
    public Box anchor(int axis) {
        return layout.rows().get(axis).label().box();
    }

    @Override
    public void mark(int axis, PseudoClass state, boolean on) {
        rows.get(axis).label.pseudoClassStateChanged(state, on);
        targets.get(axis).pseudoClassStateChanged(state, on);
    }

    @Override
    public void showFocus(int axis) {
        focusedRow = axis;
        boolean on = axis >= 0 && axis < axes;
        focusFrame.setVisible(on);
        if (on) {
            Shapes.rect(focusFrame, layout.rows().get(axis).box().grow(-1));
        }
    }

    @Override
    public void reveal(int axis, boolean on) {
        // a bar row always shows its label (shortened with "…" at worst; the tooltip has it whole)
    }

    /** One row: its label and, per series, the fill, the bar line and the marker. */
    private final class RowNodes {
        final Group group = new Group();
        final TextBlockNode label = new TextBlockNode("radar-label");
        final List<Rectangle> fills = new ArrayList<>();
        private final List<Line> bars = new ArrayList<>();
        private final List<MarkerNode> marks = new ArrayList<>();
        private final List<Group> markGroups = new ArrayList<>();

        RowNodes() {
            group.getStyleClass().add("radar-row");
            label.setMouseTransparent(true);
        }

        void rebuild(List<BarLayout.Bar> barList) {
            fills.clear();
            bars.clear();
            marks.clear();
            markGroups.clear();
            for (BarLayout.Bar b : barList) {
                String kc = RadarNodes.kindClass(b.kind());
                fills.add(Shapes.passive(new Rectangle(), "chart-fill",
                        "radar-fill-" + b.kind().name().toLowerCase(java.util.Locale.ROOT)));
                bars.add(Shapes.passive(new Line(), "chart-stroke", "radar-series", "radar-bar", kc));
                MarkerNode m = new MarkerNode("radar-marker", "radar-missing");
                marks.add(m);
                Group g = new Group(m);
                g.getStyleClass().addAll("radar-markers", kc);
                g.setMouseTransparent(true);
                markGroups.add(g);
            }
            group.getChildren().setAll(label);
            group.getChildren().addAll(bars);
            group.getChildren().addAll(markGroups);
        }

        void update(BarLayout.Row row) {
            label.update(row.label(), fonts);
            Shapes.styleClass(label, "optional", row.optional());
            for (int k = 0; k < bars.size(); k++) {
                BarLayout.Bar b = row.bars().get(k);
                Rectangle fill = fills.get(k);
                Line bar = bars.get(k);
                b.fill().ifPresent(box -> Shapes.rect(fill, box));
                b.line().ifPresent(p -> Shapes.line(bar, p));
                Shapes.stroke(bar, b.style().line());
                marks.get(k).update(b.marker(), Shapes.markerStroke(b.style()));
            }
        }

        void setShown(int k, boolean shown, BarLayout.Bar bar) {
            fills.get(k).setVisible(shown && bar.fill().isPresent());
            bars.get(k).setVisible(shown && bar.line().isPresent());
            markGroups.get(k).setVisible(shown);
        }
    }
}
