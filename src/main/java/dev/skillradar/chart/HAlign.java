package dev.skillradar.chart;

/** How the lines of a text block line up: at its left edge, its centre or its right edge. */
public enum HAlign { LEFT, CENTER, RIGHT }
