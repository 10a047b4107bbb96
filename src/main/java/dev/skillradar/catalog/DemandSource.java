package dev.skillradar.catalog;

/** Where a demand weight comes from: the article's recruiting figure, or the app's own estimate. */
public enum DemandSource {
    ARTICLE("article"),
    ESTIMATE("estimate");

    private final String id;

    DemandSource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
