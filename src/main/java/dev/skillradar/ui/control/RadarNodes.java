package dev.skillradar.ui.control;

import dev.skillradar.chart.Box;
import dev.skillradar.chart.ChartLayout;
import dev.skillradar.chart.Legend;
import dev.skillradar.chart.LineStyle;
import dev.skillradar.chart.RadarLayout;
import dev.skillradar.chart.SeriesKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;

/**
 * A {@link RadarLayout} as nodes, in the display list's painting order: current fill, rings, spokes (and the
 * focused axis' thick spoke), ring numbers, series lines (compare under target under current), markers, plated
 * ring numbers, axis labels, the invisible axis targets, the focus frame, legend and title. Per-axis and per-series nodes are kept in lists and
 * updated in place; only a different number of axes makes a new picture, different series new series nodes.
 */
final class RadarNodes implements AxisPicture {
    private final ChartFonts fonts;
    private final int axes;
    private final Group root = new Group();
    private final Group fills = layer("radar-fills");
    private final Group lines = layer("radar-lines");
    private final Group markers = layer("radar-markers-layer");
    private final List<RingNodes> rings = new ArrayList<>();
    private final List<Line> spokes = new ArrayList<>();
    private final List<LabelNode> labels = new ArrayList<>();
    private final List<AxisTarget> targets = new ArrayList<>();
    private final Line focusSpoke = Shapes.passive(new Line(), "radar-focus-spoke");
    private final Rectangle focusFrame = Shapes.passive(new Rectangle(), "radar-focus-frame");
    private final LegendNodes legend;
    private final TextBlockNode title = new TextBlockNode("radar-title");
    private final boolean[] revealed;
    private List<SeriesNodes> series = List.of();
    private List<String> seriesKey = List.of();
    private RadarLayout layout;
    private int focus = -1;

    RadarNodes(RadarLayout layout, ChartFonts fonts, AxisTarget.Events events, IntSupplier focusedAxis,
               Consumer<String> toggle) {
        this.fonts = fonts;
        this.axes = layout.labels().size();
        this.revealed = new boolean[axes];
        this.legend = new LegendNodes("radar", fonts, toggle);
        Group ringLayer = layer("radar-rings");
        Group spokeLayer = layer("radar-spokes");
        Group ringLabels = layer("radar-ring-labels");
        Group plated = layer("radar-ring-labels-plated");
        Group labelLayer = layer("radar-labels");
        Group targetLayer = layer("radar-axis-targets");
        for (RadarLayout.Ring ring : layout.rings()) {
            RingNodes r = new RingNodes();
            rings.add(r);
            ringLayer.getChildren().add(r.path);
            ringLabels.getChildren().add(r.under);
            plated.getChildren().addAll(r.plate, r.over);
        }
        for (int i = 0; i < axes; i++) {
            Line spoke = Shapes.passive(new Line(), "chart-stroke", "radar-spoke");
            spokes.add(spoke);
            LabelNode label = new LabelNode();
            labels.add(label);
            AxisTarget target = new AxisTarget(i, events, focusedAxis, new Path(), new Rectangle());
            targets.add(target);
        }
        spokeLayer.getChildren().setAll(spokes);
        labelLayer.getChildren().setAll(labels);
        targetLayer.getChildren().setAll(targets);
        focusSpoke.setVisible(false);
        focusFrame.setVisible(false);
        // the focus spoke goes under the series, so it never covers a value; the frame around the label on top
        root.getStyleClass().add("radar-plot");
        root.getChildren().addAll(fills, ringLayer, spokeLayer, focusSpoke, ringLabels, lines, markers, plated,
                labelLayer, targetLayer, focusFrame, legend, title);
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
        return next instanceof RadarLayout r && r.labels().size() == axes;
    }

    @Override
    public void update(ChartLayout next) {
        RadarLayout l = (RadarLayout) next;
        layout = l;
        LineStyle grid = Shapes.gridStyle(l);
        for (int k = 0; k < rings.size(); k++) {
            rings.get(k).update(l.rings().get(k), grid);
        }
        for (int i = 0; i < axes; i++) {
            RadarLayout.Spoke s = l.spokes().get(i);
            Line spoke = spokes.get(i);
            Shapes.line(spoke, s.start(), s.end());
            Shapes.stroke(spoke, grid);
            labels.get(i).update(l.labels().get(i), revealed[i]);
            RadarLayout.AxisHit hit = l.hits().get(i);
            AxisTarget target = targets.get(i);
            Shapes.paths((Path) target.getChildren().get(0), List.of(hit.wedge()));
            Shapes.rect((Rectangle) target.getChildren().get(1), hit.labelBox());
        }
        List<String> key = l.series().stream().map(s -> s.id() + "/" + s.kind()).toList();
        if (!key.equals(seriesKey)) {
            seriesKey = key;
            rebuildSeries(l.series());
        }
        for (int k = 0; k < series.size(); k++) {
            series.get(k).update(l.series().get(k));
        }
        legend.update(l.legend(), this::legendClass);
        title.setVisible(l.title().isPresent());
        l.title().ifPresent(t -> title.update(t, fonts));
        showFocus(focus);
    }

    private String legendClass(Legend.Item item) {
        for (RadarLayout.SeriesShape s : layout.series()) {
            if (s.id().equals(item.seriesId())) {
                return kindClass(s.kind());
            }
        }
        return null;
    }

    static String kindClass(SeriesKind kind) {
        return "radar-series-" + kind.name().toLowerCase(Locale.ROOT);
    }

    private void rebuildSeries(List<RadarLayout.SeriesShape> shapes) {
        List<SeriesNodes> built = new ArrayList<>();
        for (RadarLayout.SeriesShape s : shapes) {
            built.add(new SeriesNodes(s.id(), s.kind()));
        }
        series = built;
        fills.getChildren().setAll(built.stream().map(s -> s.fill).toList());
        // the display list paints compare under target under current
        List<SeriesNodes> bottomUp = new ArrayList<>(built);
        bottomUp.sort(Comparator.comparing((SeriesNodes s) -> s.kind).reversed());
        lines.getChildren().setAll(bottomUp.stream().map(s -> s.line).toList());
        markers.getChildren().setAll(bottomUp.stream().map(s -> s.markers).toList());
        Shapes.styleNow(root);
    }

    @Override
    public void applyHidden(Set<String> hidden) {
        boolean missingShown = false;
        for (int k = 0; k < series.size(); k++) {
            SeriesNodes s = series.get(k);
            boolean shown = !hidden.contains(s.id);
            s.setShown(shown, layout.series().get(k));
            missingShown |= shown && layout.series().get(k).markers().stream().anyMatch(v -> v.value() == null);
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
        return layout.labels().get(axis).block().box();
    }

    @Override
    public void mark(int axis, PseudoClass state, boolean on) {
        spokes.get(axis).pseudoClassStateChanged(state, on);
        labels.get(axis).pseudoClassStateChanged(state, on);
        targets.get(axis).pseudoClassStateChanged(state, on);
    }

    @Override
    public void showFocus(int axis) {
        focus = axis;
        boolean on = axis >= 0 && axis < axes;
        focusSpoke.setVisible(on);
        focusFrame.setVisible(on);
        if (on) {
            RadarLayout.Spoke s = layout.spokes().get(axis);
            Shapes.line(focusSpoke, s.start(), s.end());
            Shapes.rect(focusFrame, anchor(axis).grow(3));
        }
    }

    @Override
    public void reveal(int axis, boolean on) {
        revealed[axis] = on;
        labels.get(axis).update(layout.labels().get(axis), on);
    }

    /** One ring: its polygon, its number, and the plate and number drawn above the series in a narrow wedge. */
    private final class RingNodes {
        final Path path = Shapes.passive(new Path(), "chart-stroke", "radar-ring");
        final TextBlockNode under = new TextBlockNode("radar-ring-label");
        final Rectangle plate = Shapes.passive(new Rectangle(), "chart-plate", "radar-ring-plate");
        final TextBlockNode over = new TextBlockNode("radar-ring-label");

        void update(RadarLayout.Ring ring, LineStyle grid) {
            Shapes.paths(path, ring.paths());
            Shapes.stroke(path, grid);
            boolean plated = ring.plate().isPresent();
            under.setVisible(!plated);
            plate.setVisible(plated);
            over.setVisible(plated);
            (plated ? over : under).update(ring.label(), fonts);
            ring.plate().ifPresent(b -> Shapes.rect(plate, b));
        }
    }

    /** An axis label, with a plate behind it for when a label the layout hid is shown on hover or focus. */
    private final class LabelNode extends Group {
        private final Rectangle plate = Shapes.passive(new Rectangle(), "chart-plate", "radar-label-plate");
        private final TextBlockNode text = new TextBlockNode();

        LabelNode() {
            getStyleClass().add("radar-label");
            setMouseTransparent(true);
            getChildren().addAll(plate, text);
        }

        void update(RadarLayout.AxisLabel label, boolean reveal) {
            text.update(label.block(), fonts);
            Shapes.rect(plate, label.block().box().grow(2));
            Shapes.styleClass(this, "optional", label.optional());
            setVisible(label.visible() || reveal);
            plate.setVisible(!label.visible());
            // a revealed label comes above its neighbours, whose boxes it may overlap
            setViewOrder(reveal ? -1 : 0);
        }
    }

    /** The nodes of one series: fill, line (in pieces where values are missing) and a marker per axis. */
    private final class SeriesNodes {
        final String id;
        final SeriesKind kind;
        final javafx.scene.shape.Polygon fill;
        final Path line;
        final Group markers = new Group();
        private final List<MarkerNode> marks = new ArrayList<>();

        SeriesNodes(String id, SeriesKind kind) {
            this.id = id;
            this.kind = kind;
            String kc = kindClass(kind);
            fill = Shapes.passive(new javafx.scene.shape.Polygon(), "chart-fill",
                    "radar-fill-" + kind.name().toLowerCase(Locale.ROOT));
            line = Shapes.passive(new Path(), "chart-stroke", "radar-series", kc);
            markers.getStyleClass().addAll("radar-markers", kc);
            markers.setMouseTransparent(true);
            for (int i = 0; i < axes; i++) {
                MarkerNode m = new MarkerNode("radar-marker", "radar-missing");
                marks.add(m);
            }
            markers.getChildren().setAll(marks);
        }

        void update(RadarLayout.SeriesShape shape) {
            shape.fill().ifPresent(f -> Shapes.polygon(fill, f.points()));
            Shapes.paths(line, shape.lines());
            Shapes.stroke(line, shape.style().line());
            double w = Shapes.markerStroke(shape.style());
            for (RadarLayout.ValueMark v : shape.markers()) {
                marks.get(v.axis()).update(v.marker(), w);
            }
        }

        void setShown(boolean shown, RadarLayout.SeriesShape shape) {
            fill.setVisible(shown && shape.fill().isPresent());
            line.setVisible(shown);
            markers.setVisible(shown);
        }
    }
}
