package dev.skillradar.catalog;

/** One level 0..5 of a {@link Scale}, described by what a person at that level can do. */
public record Level(int value, LocalizedText name, LocalizedText description) {
    public static final int MIN = 0;
    public static final int MAX = 5;

    public static boolean isValid(int level) {
        return level >= MIN && level <= MAX;
    }
}
