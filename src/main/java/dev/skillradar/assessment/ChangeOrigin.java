package dev.skillradar.assessment;

import java.util.Optional;

/** Which front door made a change to the history, or what kind of entry it is (an import marker, a confirmation). */
public enum ChangeOrigin {
    APP("app"),
    CLI("cli"),
    IMPORT("import"),
    /** A marker: the profile's ratings were replaced by an import ({@code import --replace}). */
    IMPORT_REPLACE("import-replace"),
    RESTORE("restore"),
    /**
     * A re-confirmation: the learner says the rating still holds. Old and new level are equal; the entry only
     * records when the rating was last looked at (a note edit does not confirm).
     */
    CONFIRM("confirm");

    private final String id;

    ChangeOrigin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ChangeOrigin> fromId(String id) {
        for (ChangeOrigin o : values()) {
            if (o.id.equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
