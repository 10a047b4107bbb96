package dev.skillradar.catalog;

/** One phase of the article's roadmap with its duration range in months and its focus. */
public record Phase(String id, LocalizedText name, int monthsMin, int monthsMax, LocalizedText focus) {
}
