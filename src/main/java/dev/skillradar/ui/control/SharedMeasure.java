package dev.skillradar.ui.control;

import dev.skillradar.chart.DejaVuMeasure;

/** The one text measure every chart control lays out with; immutable, so one instance serves all of them. */
final class SharedMeasure {
    private SharedMeasure() {
    }

    static DejaVuMeasure get() {
        return Holder.MEASURE;
    }

    /** Loaded on first use only: parsing the two fonts takes a few tens of milliseconds. */
    private static final class Holder {
        static final DejaVuMeasure MEASURE = DejaVuMeasure.load();
    }
}
