package dev.skillradar.catalog;

import java.util.List;

/** The article's job-market context: who is hiring, and the facts it states about the work. */
public record Market(List<String> employers, LocalizedText employersNote, List<LocalizedText> facts, LocalizedText languageNote) {
    public Market {
        employers = List.copyOf(employers);
        facts = List.copyOf(facts);
    }
}
