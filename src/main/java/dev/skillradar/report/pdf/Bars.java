package dev.skillradar.report.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Horizontal bars of 0 to 100 (readiness per area or phase), each with its label and the caller's wording of the
 * value ("62 %"), and a caption under all of them. A bar without a value is drawn as an empty dashed track.
 */
public record Bars(List<Bar> bars, String caption) implements Block {

    /** One bar; {@code value} is 0..100, or null for "no value" (then {@code valueText} says so). */
    public record Bar(String label, Double value, String valueText) {
        public Bar {
            Objects.requireNonNull(label, "label");
            if (value != null && !(value >= 0 && value <= 100)) {
                throw new IllegalArgumentException("a bar's value is 0..100, not " + value);
            }
            valueText = Objects.requireNonNullElse(valueText, "");
        }

        public static Bar of(String label, double value, String valueText) {
            return new Bar(label, value, valueText);
        }

        public static Bar none(String label, String valueText) {
            return new Bar(label, null, valueText);
        }
    }

    public Bars {
        bars = List.copyOf(bars);
        caption = Objects.requireNonNullElse(caption, "");
    }

    public static Bars of(String caption, Bar... bars) {
        return new Bars(Arrays.asList(bars), caption);
    }
}
