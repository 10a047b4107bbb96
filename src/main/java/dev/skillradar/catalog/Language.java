package dev.skillradar.catalog;

import java.util.Locale;
import java.util.Optional;

/** The languages SkillRadar speaks; every catalogue text and UI string exists in each. */
public enum Language {
    EN("en"),
    DE("de");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** German for a German system locale, English otherwise. */
    public static Language fromLocale(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? DE : EN;
    }
}
