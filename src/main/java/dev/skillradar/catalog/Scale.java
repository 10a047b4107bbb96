package dev.skillradar.catalog;

/** The scale a skill is rated on: the general proficiency scale, or CEFR for a language. */
public enum Scale {
    PROFICIENCY("proficiency"),
    CEFR("cefr");

    private final String id;

    Scale(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
