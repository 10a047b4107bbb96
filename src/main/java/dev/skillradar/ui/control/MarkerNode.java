package dev.skillradar.ui.control;

import dev.skillradar.chart.Circle;
import dev.skillradar.chart.Geometry;
import dev.skillradar.chart.Ink;
import dev.skillradar.chart.LineStyle;
import dev.skillradar.chart.Mark;
import dev.skillradar.chart.Marker;
import dev.skillradar.chart.MarkerShape;
import dev.skillradar.chart.Path;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;

/**
 * A value marker drawn from the model's own marks: its outline ({@code chart-marker}, plus {@code hollow} when it
 * is filled with the background and outlined) and, for a missing value, the strike-through
 * ({@code chart-marker-strike}), the group then carrying the missing class. Colours come from the looked-up
 * {@code -chart-ink} of the enclosing series.
 */
final class MarkerNode extends Group {
    private final String roleClass;
    private final String missingClass;
    private Shape outline;
    private MarkerShape shape;
    private Line strike;

    MarkerNode(String roleClass, String missingClass) {
        this.roleClass = roleClass;
        this.missingClass = missingClass;
        setMouseTransparent(true);
    }

    void update(Marker marker, double strokeWidth) {
        if (marker.shape() != shape) {
            if (outline != null) {
                getChildren().remove(outline);
            }
            shape = marker.shape();
            outline = shape == MarkerShape.CIRCLE ? new javafx.scene.shape.Circle() : new Polygon();
            outline.getStyleClass().addAll("chart-marker", roleClass);
            getChildren().add(0, outline);
            Shapes.styleNow(this);
        }
        // the ink does not matter here: the marks say which shapes there are and how they are painted
        List<Mark> marks = marker.marks(Ink.TEXT, strokeWidth);
        Geometry g = geometry(marks.get(0));
        if (g instanceof Circle c) {
            javafx.scene.shape.Circle circle = (javafx.scene.shape.Circle) outline;
            circle.setCenterX(c.centre().x());
            circle.setCenterY(c.centre().y());
            circle.setRadius(c.radius());
        } else {
            Shapes.polygon((Polygon) outline, ((Path) g).points());
        }
        boolean hollow = marks.size() > 1;
        // a filled marker gets the width too: a muted legend entry draws it hollow (by CSS) with this outline
        Shapes.stroke(outline, LineStyle.solid(strokeWidth));
        Shapes.styleClass(outline, "hollow", hollow);
        Shapes.styleClass(this, missingClass, marker.missing());
        if (marks.size() > 2) {
            Mark.Stroke cross = (Mark.Stroke) marks.get(2);
            if (strike == null) {
                strike = new Line();
                strike.getStyleClass().add("chart-marker-strike");
                getChildren().add(strike);
                Shapes.styleNow(this);
            }
            Shapes.line(strike, (Path) cross.shape());
            Shapes.stroke(strike, cross.style());
            strike.setVisible(true);
        } else if (strike != null) {
            strike.setVisible(false);
        }
    }

    private static Geometry geometry(Mark mark) {
        return mark instanceof Mark.Fill f ? f.shape() : ((Mark.Stroke) mark).shape();
    }
}
