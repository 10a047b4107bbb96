package dev.skillradar.catalog;

/**
 * A learning resource the article recommends, with the article's note on it. The web address is
 * the app's own addition (the article names no addresses), flagged by {@code urlIsAppAddition}.
 */
public record Resource(String id, LocalizedText name, LocalizedText note, String url, boolean urlIsAppAddition) {
}
