package dev.skillradar.storage;

import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.WebLink;

/** Validation of what callers hand to storage; the schema's CHECK constraints repeat the essentials. */
final class Checks {
    static final int MAX_ID_LENGTH = 200;
    static final int MAX_SETTING_KEY_LENGTH = 200;

    private Checks() {
    }

    /** The trimmed name, 1..80 characters, without control characters. */
    static String profileName(String name) {
        if (name == null || name.isBlank()) {
            throw SqlErrors.invalid("profileName", name == null ? "" : name, "a profile name must not be empty");
        }
        String trimmed = name.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > Profile.MAX_NAME_LENGTH) {
            throw SqlErrors.invalid("profileName", trimmed,
                    "a profile name may have at most " + Profile.MAX_NAME_LENGTH + " characters");
        }
        if (hasControlCharacter(trimmed)) {
            throw SqlErrors.invalid("profileName", trimmed.replaceAll("\\p{Cc}", "?"),
                    "a profile name must not contain control characters or line breaks");
        }
        return trimmed;
    }

    static String roleId(String roleId) {
        return id("roleId", roleId);
    }

    static String skillId(String skillId) {
        return id("skillId", skillId);
    }

    static String checkId(String checkId) {
        return id("checkId", checkId);
    }

    private static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw SqlErrors.invalid(field, value == null ? "" : value, "it must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_ID_LENGTH || hasControlCharacter(trimmed)) {
            throw SqlErrors.invalid(field, trimmed.replaceAll("\\p{Cc}", "?"),
                    "it must be at most " + MAX_ID_LENGTH + " characters without control characters");
        }
        return trimmed;
    }

    static int level(int level) {
        if (level < 0 || level > 5) {
            throw SqlErrors.invalid("level", level, "a level must be between 0 and 5");
        }
        return level;
    }

    static Integer optionalLevel(Integer level) {
        return level == null ? null : level(level);
    }

    /** Null for null or blank input; else the stripped note, at most {@link Rating#MAX_NOTE_LENGTH} characters. */
    static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > Rating.MAX_NOTE_LENGTH) {
            throw SqlErrors.invalid("note", length + " characters",
                    "a note may have at most " + Rating.MAX_NOTE_LENGTH + " characters");
        }
        return stripped;
    }

    /** Null for null or blank input; else the trimmed link, which must be http or https ({@link WebLink}). */
    static String evidence(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        WebLink.problem(trimmed).ifPresent(problem -> {
            throw SqlErrors.invalid("evidence", trimmed, problem);
        });
        return trimmed;
    }

    static String settingKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_SETTING_KEY_LENGTH) {
            throw SqlErrors.invalid("settingKey", key == null ? "" : key,
                    "a setting key must have 1 to " + MAX_SETTING_KEY_LENGTH + " characters");
        }
        return key;
    }

    private static boolean hasControlCharacter(String s) {
        return s.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
        });
    }
}
