package dev.skillradar.catalog;

/** An axis of the radar chart: a group of related skills (for example "Mathematics"). */
public record Area(String id, LocalizedText name, LocalizedText description) {
}
