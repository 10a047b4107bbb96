/**
 * Reusable JavaFX controls (a {@code Control} plus its {@code SkinBase}) that depend on nothing of the app but
 * {@code dev.skillradar.chart}: {@link dev.skillradar.ui.control.RadarChart} and
 * {@link dev.skillradar.ui.control.TrendChart}. They draw the chart package's layouts as JavaFX shapes and text
 * (no Canvas, so that CSS and assistive technology see every part), the same picture as the PNG and PDF
 * renderers; the caller gives the spec and every word.
 *
 * <h2>Drawing</h2>
 * The layout is computed in {@code layoutChildren} for the control's content size, again only when size, spec,
 * font size or title change, with one shared {@link dev.skillradar.chart.DejaVuMeasure}. Nodes are kept per axis,
 * per ring and per series and updated in place: new values move points and change texts, and only another number
 * of axes (or the switch between radar and bars) builds new nodes; other series build new series nodes. Text is
 * drawn in the bundled DejaVu fonts at each line's x and baseline; its font never comes from CSS. Line widths,
 * dash patterns and caps come from the layout. A hidden series is laid out all the same and only not drawn, so
 * hiding one moves nothing ({@code Series.visible} is not used by the controls; their hidden-series set is).
 *
 * <h2>CSS</h2>
 * One user-agent style sheet, {@code charts.css}. Looked-up colours, one per {@link dev.skillradar.chart.Ink},
 * defined on {@code .radar-chart, .trend-chart} with the values of {@code ChartPalette.light()}, and of
 * {@code ChartPalette.dark()} under the extra style class {@code dark}: {@code -chart-background},
 * {@code -chart-grid}, {@code -chart-text}, {@code -chart-text-muted}, {@code -chart-current},
 * {@code -chart-current-fill}, {@code -chart-target}, {@code -chart-compare}; plus {@code -chart-focus} (the focus
 * indicator, default {@code -fx-focus-color}). A theme either adds {@code dark} or redefines them on the controls.
 * Styleable properties: {@code -radar-font-size} / {@code -trend-font-size} (base font size; 0 = the spec's) and
 * {@code -radar-show-title} / {@code -trend-show-title}.
 * <p>
 * Every painted node has a paint class, {@code chart-stroke}, {@code chart-fill}, {@code chart-text},
 * {@code chart-plate} (background patch), {@code chart-marker} (with {@code hollow}) or {@code chart-marker-strike},
 * and paints in the looked-up colour {@code -chart-ink}, which its role class sets:
 * radar {@code radar-ring}, {@code radar-spoke}, {@code radar-ring-label}, {@code radar-label} (group, also
 * {@code optional}), {@code radar-series} with {@code radar-series-current|target|compare} (lines),
 * {@code radar-markers} (a series' markers), {@code radar-marker}, {@code radar-missing} (a missing value's
 * marker), {@code radar-fill-current}, {@code radar-title}, {@code radar-legend-item} ({@code muted} when hidden),
 * {@code radar-legend-key} (missing-value key), {@code radar-legend-text}, {@code radar-focus-spoke},
 * {@code radar-focus-frame}; the bar form adds {@code radar-bars}, {@code radar-row}, {@code radar-bar},
 * {@code radar-gridline}, {@code radar-tick-label}. Trend: {@code trend-gridline}, {@code trend-tick},
 * {@code trend-tick-label}, {@code trend-line} and {@code trend-markers} with {@code trend-series-0..3},
 * {@code trend-marker}, {@code trend-empty}, {@code trend-hover}, {@code trend-title}, {@code trend-legend-item}.
 * Pseudo-classes {@code :hovered-axis} and {@code :focused-axis} are set on an axis' spoke, label and target.
 *
 * <h2>Keys and pointer (radar and bars)</h2>
 * Tab order: the chart, then each series' legend entry, then the next control. In the chart: Left/Up previous axis,
 * Right/Down next (both wrap), Home first, End last, Enter drills down ({@code onDrillDown} with the axis id), Esc
 * calls {@code onBack} (also from a legend entry). Tab into the chart returns to the axis last focused (the first
 * at the start). On a legend entry Space or Enter toggles its series. Pointer: hovering an axis (its wedge or its
 * label) shows its tooltip after 300 ms and highlights it, a click focuses it, a double click drills down; a click
 * on a legend entry toggles its series. A label the layout had to hide shows while its axis is hovered or focused.
 *
 * <h2>Accessibility</h2>
 * RadarChart is a {@code LIST_VIEW} of {@code LIST_ITEM}s, one invisible node per axis whose text is the caller's
 * description; {@code FOCUS_ITEM}, {@code ITEM_COUNT} and {@code ITEM_AT_INDEX} are answered. The chart's own
 * text is its accessible text (the caller's, e.g. "Radar chart, 9 axes, use arrow keys"), else the title. Legend
 * entries are {@code TOGGLE_BUTTON}s ({@code SELECTED} = shown). TrendChart is an {@code IMAGE_VIEW} whose text is
 * the caller's summary.
 */
package dev.skillradar.ui.control;
