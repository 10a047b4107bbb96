package dev.skillradar.catalog;

/**
 * How often German employers ask for a skill, 0..1. From the article where it gives a figure
 * (German enterprise recruiting frequency), otherwise the app's estimate with its reason.
 */
public record Demand(double weight, DemandSource source, LocalizedText note) {
    public boolean isEstimate() {
        return source == DemandSource.ESTIMATE;
    }

    /** Whole percent, as shown to users ("85%"). */
    public int percent() {
        return (int) Math.round(weight * 100);
    }
}
