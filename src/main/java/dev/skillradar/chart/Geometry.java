package dev.skillradar.chart;

/** A shape a renderer fills or strokes: a straight-segment {@link Path} or a {@link Circle} (markers only). */
public sealed interface Geometry permits Path, Circle {
}
