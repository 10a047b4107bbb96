package dev.skillradar.catalog;

/** Where the catalogue's facts come from, as the app cites it everywhere it shows them. */
public record Source(LocalizedText citation, LocalizedText estimatesNote) {
}
