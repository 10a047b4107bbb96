package dev.skillradar.catalog;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A text of the catalogue in every {@link Language}; the loader guarantees that none is missing. */
public final class LocalizedText {
    private final Map<Language, String> values;

    public LocalizedText(Map<Language, String> values) {
        this.values = new EnumMap<>(values);
    }

    public static LocalizedText of(String en, String de) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        m.put(Language.EN, en);
        m.put(Language.DE, de);
        return new LocalizedText(m);
    }

    public String get(Language language) {
        String v = values.get(language);
        return v != null ? v : values.get(Language.EN);
    }

    public String en() {
        return get(Language.EN);
    }

    public boolean has(Language language) {
        String v = values.get(language);
        return v != null && !v.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return en();
    }
}
