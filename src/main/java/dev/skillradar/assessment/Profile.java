package dev.skillradar.assessment;

/**
 * A local profile: a name and the role it aims for. A comparison profile holds someone else's view of a learner
 * (a mentor's ratings, imported from their export): it is never rated here and never mixed into one's own.
 */
public record Profile(long id, String name, String targetRoleId, boolean comparison) {
    public static final int MAX_NAME_LENGTH = 80;

    /** One's own profile. */
    public Profile(long id, String name, String targetRoleId) {
        this(id, name, targetRoleId, false);
    }
}
