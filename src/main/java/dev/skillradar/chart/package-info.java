/**
 * The geometry of SkillRadar's charts in plain Java, computed once and drawn alike by the window (JavaFX), the
 * PNG export ({@code chart.png}, Java2D) and the PDF report (PDFBox). No toolkit here: renderers receive placed
 * points, boxes and wrapped, measured lines, and contain neither trigonometry nor layout decisions.
 *
 * <h2>Flow</h2>
 * {@link dev.skillradar.chart.ChartSpec} (axes in catalogue order, up to one series per kind, size, base font,
 * localised texts) &rarr; {@link dev.skillradar.chart.ChartLayout#of} &rarr; a
 * {@link dev.skillradar.chart.RadarLayout} (3 axes or more) or a {@link dev.skillradar.chart.BarLayout} (1 or 2).
 * {@link dev.skillradar.chart.TrendSpec} &rarr; {@link dev.skillradar.chart.TrendLayout} for readiness over time.
 * Every layout is a {@link dev.skillradar.chart.Drawing}: its {@code marks()} are the display list (fill, stroke,
 * text, in painting order, each with an {@link dev.skillradar.chart.Ink} that a
 * {@link dev.skillradar.chart.ChartPalette} turns into a colour). A renderer that paints the marks in order draws
 * the whole picture; the structured fields (labels, hits, series, legend items) are for hover, focus, tooltips
 * and accessibility.
 *
 * <h2>Conventions</h2>
 * Chart units are px on screen and in PNGs and pt in PDFs; the origin is the top-left corner and y points down
 * (the PDF renderer flips: {@code yPdf = height - y}, and text baselines likewise). Text is measured with
 * {@link dev.skillradar.chart.DejaVuMeasure} in the bundled DejaVu fonts without kerning; a renderer must draw
 * each {@link dev.skillradar.chart.TextLine} at its x and baseline in the block's font and size, without kerning
 * or ligatures. Colours are opaque; the current fill is pre-blended, so PDFs stay plain vector.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Axis 0 points up, the rest follow clockwise at equal angles; the scale is 0 (centre) to 5 (outer ring).</li>
 * <li>Rings are straight-segment polygons through the spokes; with 1 or 2 axes (radar asked for directly) a ring
 * is a short tick across each spoke. Ring numbers 1..5 sit on the bisector of the first wedge just inside their
 * ring; in a narrow wedge they get a background plate and are painted above the series.</li>
 * <li>A missing value is never drawn as 0: the series line breaks there, and a struck-through hollow marker of
 * the series' shape sits on the spoke just outside the outer ring (outside the scale), stacked outward when
 * several series miss the same axis; the legend then has a key for it. The current series is filled only when
 * it has every value: a partial fill would reach into the centre at the gap (reading as 0) or bridge it
 * (reading as a value).</li>
 * <li>Series differ in more than colour: current solid with filled circles, target dashed with hollow squares,
 * compare dotted with filled triangles; a hidden series keeps its (muted) legend entry and moves nothing.</li>
 * <li>Axis labels: anchored by angle, wrapped into at most 3 lines; then, each only if needed: the plot radius
 * shrinks (not below 40 % of half the plot area's smaller side), the font steps down to 11, crowded labels lose
 * lines down to one ending in "…" (the first word always whole), and what still overlaps is hidden
 * ({@code visible == false}, its box kept for a focus or hover display). The full name is always in the model.</li>
 * <li>With more than 48 axes spokes start at the first ring, and markers shrink with the room between spokes.</li>
 * </ul>
 */
package dev.skillradar.chart;
