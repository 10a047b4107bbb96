/**
 * Java2D painting of a computed chart and PNG encoding, headless and deterministic; depends only on
 * {@code dev.skillradar.chart}. Atomic file writing is the caller's.
 */
package dev.skillradar.chart.png;
