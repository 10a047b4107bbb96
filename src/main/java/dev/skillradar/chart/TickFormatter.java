package dev.skillradar.chart;

import java.time.LocalDate;

/**
 * Words a time tick for people, given by the caller so that the language layer formats dates (e.g. "3 Mar",
 * "März 2026", "2026"). A WEEK tick's date is its Monday, a MONTH tick's the first, a YEAR tick's 1 January.
 */
@FunctionalInterface
public interface TickFormatter {
    String format(LocalDate date, TickUnit unit);
}
