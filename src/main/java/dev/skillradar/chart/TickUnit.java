package dev.skillradar.chart;

/** The calendar unit of a line chart's time ticks; the tick formatter words a date by it. */
public enum TickUnit { DAY, WEEK, MONTH, YEAR }
