package dev.skillradar.assessment;

/** A range of whole months, minimum rounded down and maximum rounded up. */
public record MonthsRange(int min, int max) {
    public static final MonthsRange NONE = new MonthsRange(0, 0);

    public boolean isZero() {
        return max == 0;
    }
}
