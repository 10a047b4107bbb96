package dev.skillradar.ui.control;

import dev.skillradar.chart.Box;
import dev.skillradar.chart.Drawing;
import dev.skillradar.chart.Ink;
import dev.skillradar.chart.LineStyle;
import dev.skillradar.chart.Mark;
import dev.skillradar.chart.Path;
import dev.skillradar.chart.Point;
import dev.skillradar.chart.SeriesStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Copies the model's geometry and line styles into JavaFX shapes, changing only what differs, so that an update
 * with the same picture touches nothing and a changed value moves points instead of replacing nodes.
 */
final class Shapes {
    private Shapes() {
    }

    /** Strokes like the PNG renderer: the model's width, dash pattern and cap, round joins. */
    static void stroke(Shape shape, LineStyle style) {
        shape.setStrokeWidth(style.width());
        shape.setStrokeLineCap(style.cap() == LineStyle.Cap.ROUND ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        shape.setStrokeLineJoin(StrokeLineJoin.ROUND);
        if (!shape.getStrokeDashArray().equals(style.dash())) {
            shape.getStrokeDashArray().setAll(style.dash());
        }
    }

    /** The model's marker outline width (as {@code ChartParts.markerStroke}, which the model keeps to itself). */
    static double markerStroke(SeriesStyle style) {
        return Math.max(1.25, style.line().width() * 0.6);
    }

    /** The line style of the picture's grid, read from its display list (rings, spokes and gridlines share it). */
    static LineStyle gridStyle(Drawing drawing) {
        for (Mark m : drawing.marks()) {
            if (m instanceof Mark.Stroke s && s.ink() == Ink.GRID) {
                return s.style();
            }
        }
        return LineStyle.solid(1);
    }

    static void line(Line line, Point from, Point to) {
        line.setStartX(from.x());
        line.setStartY(from.y());
        line.setEndX(to.x());
        line.setEndY(to.y());
    }

    /** A two-point model path (a segment) as a line. */
    static void line(Line line, Path segment) {
        List<Point> pts = segment.points();
        line(line, pts.get(0), pts.get(pts.size() - 1));
    }

    static void rect(Rectangle r, Box box) {
        r.setX(box.x());
        r.setY(box.y());
        r.setWidth(box.width());
        r.setHeight(box.height());
    }

    static void polygon(Polygon polygon, List<Point> points) {
        ObservableList<Double> current = polygon.getPoints();
        boolean same = current.size() == points.size() * 2;
        for (int i = 0; same && i < points.size(); i++) {
            same = current.get(2 * i) == points.get(i).x() && current.get(2 * i + 1) == points.get(i).y();
        }
        if (!same) {
            Double[] xy = new Double[points.size() * 2];
            for (int i = 0; i < points.size(); i++) {
                xy[2 * i] = points.get(i).x();
                xy[2 * i + 1] = points.get(i).y();
            }
            current.setAll(xy);
        }
    }

    /** The paths as sub-paths of one JavaFX path; moved in place when their shape (point counts, closing) is kept. */
    static void paths(javafx.scene.shape.Path node, List<Path> paths) {
        ObservableList<PathElement> elements = node.getElements();
        if (sameStructure(elements, paths)) {
            int k = 0;
            for (Path p : paths) {
                for (Point pt : p.points()) {
                    PathElement e = elements.get(k++);
                    if (e instanceof MoveTo m) {
                        m.setX(pt.x());
                        m.setY(pt.y());
                    } else {
                        LineTo l = (LineTo) e;
                        l.setX(pt.x());
                        l.setY(pt.y());
                    }
                }
                k += p.closed() ? 1 : 0;
            }
            return;
        }
        List<PathElement> built = new ArrayList<>();
        for (Path p : paths) {
            List<Point> pts = p.points();
            built.add(new MoveTo(pts.get(0).x(), pts.get(0).y()));
            for (int i = 1; i < pts.size(); i++) {
                built.add(new LineTo(pts.get(i).x(), pts.get(i).y()));
            }
            if (p.closed()) {
                built.add(new ClosePath());
            }
        }
        elements.setAll(built);
    }

    private static boolean sameStructure(List<PathElement> elements, List<Path> paths) {
        int k = 0;
        for (Path p : paths) {
            int count = p.points().size();
            for (int i = 0; i < count; i++, k++) {
                if (k >= elements.size() || !(i == 0 ? elements.get(k) instanceof MoveTo : elements.get(k) instanceof LineTo)) {
                    return false;
                }
            }
            if (p.closed()) {
                if (k >= elements.size() || !(elements.get(k) instanceof ClosePath)) {
                    return false;
                }
                k++;
            }
        }
        return k == elements.size();
    }

    /**
     * Adds or removes a style class, touching the list (and so the CSS) only when that changes something; a
     * change is styled at once, so that the frame (or snapshot) being laid out already shows it.
     */
    static void styleClass(Node node, String styleClass, boolean on) {
        ObservableList<String> classes = node.getStyleClass();
        boolean changed;
        if (on) {
            changed = !classes.contains(styleClass) && classes.add(styleClass);
        } else {
            changed = classes.remove(styleClass);
        }
        if (changed) {
            styleNow(node);
        }
    }

    /**
     * Applies CSS to nodes made or restyled while the chart is being laid out: the pulse's CSS pass is over by
     * then, so they would otherwise show unstyled (black) for one frame, and in a snapshot.
     */
    static void styleNow(Node node) {
        if (node.getScene() != null) {
            node.applyCss();
        }
    }

    /** A shape that only paints: mouse events go through it. */
    static <T extends Shape> T passive(T shape, String... styleClasses) {
        shape.getStyleClass().addAll(styleClasses);
        shape.setMouseTransparent(true);
        return shape;
    }
}
