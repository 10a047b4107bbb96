package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The display list of a radar, in painting order: background, current fill, grid, scale numbers, series lines
 * (compare under target under current), markers, scale numbers on plates (narrow wedges only), axis labels,
 * legend, title.
 */
final class RadarMarks {
    private RadarMarks() {
    }

    static List<Mark> of(Box bounds, Optional<TextBlock> title, double font, List<RadarLayout.Ring> rings,
                         List<RadarLayout.Spoke> spokes, List<RadarLayout.AxisLabel> labels,
                         List<RadarLayout.SeriesShape> series, Legend legend) {
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Fill(Path.rectangle(bounds), Ink.BACKGROUND));
        for (RadarLayout.SeriesShape s : series) {
            s.fill().ifPresent(f -> marks.add(new Mark.Fill(f, Ink.CURRENT_FILL)));
        }
        LineStyle grid = LineStyle.solid(ChartParts.gridWidth(font));
        for (RadarLayout.Ring ring : rings) {
            for (Path p : ring.paths()) {
                marks.add(new Mark.Stroke(p, Ink.GRID, grid));
            }
        }
        for (RadarLayout.Spoke spoke : spokes) {
            marks.add(new Mark.Stroke(Path.segment(spoke.start(), spoke.end()), Ink.GRID, grid));
        }
        for (RadarLayout.Ring ring : rings) {
            if (ring.plate().isEmpty()) {
                marks.add(new Mark.Text(ring.label(), Ink.TEXT_MUTED));
            }
        }
        List<RadarLayout.SeriesShape> bottomUp = new ArrayList<>(series);
        bottomUp.sort((a, b) -> b.kind().compareTo(a.kind()));
        for (RadarLayout.SeriesShape s : bottomUp) {
            for (Path line : s.lines()) {
                marks.add(new Mark.Stroke(line, s.style().ink(), s.style().line()));
            }
        }
        for (RadarLayout.SeriesShape s : bottomUp) {
            for (RadarLayout.ValueMark v : s.markers()) {
                marks.addAll(v.marker().marks(s.style().ink(), ChartParts.markerStroke(s.style())));
            }
        }
        // in a narrow first wedge the numbers would drown under the series: they go on top, on their plates
        for (RadarLayout.Ring ring : rings) {
            ring.plate().ifPresent(b -> {
                marks.add(new Mark.Fill(Path.rectangle(b), Ink.BACKGROUND));
                marks.add(new Mark.Text(ring.label(), Ink.TEXT_MUTED));
            });
        }
        for (RadarLayout.AxisLabel label : labels) {
            if (label.visible()) {
                marks.add(new Mark.Text(label.block(), label.optional() ? Ink.TEXT_MUTED : Ink.TEXT));
            }
        }
        marks.addAll(legend.marks());
        title.ifPresent(t -> marks.add(new Mark.Text(t, Ink.TEXT)));
        return marks;
    }

}
