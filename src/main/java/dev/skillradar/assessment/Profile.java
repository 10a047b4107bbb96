package dev.skillradar.assessment;

/** A learner's local profile: a name and the role they aim for. */
public record Profile(long id, String name, String targetRoleId) {
    public static final int MAX_NAME_LENGTH = 80;
}
