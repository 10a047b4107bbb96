package dev.skillradar.assessment;

import java.util.Objects;

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

    // Written out with the meaning of a record's generated ones, which bootstrap method handles on their first call:
    // the window's profile list calls equals before its first frame (README, Design > Start-up).
    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && id == p.id && comparison == p.comparison && Objects.equals(name, p.name)
                && Objects.equals(targetRoleId, p.targetRoleId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, targetRoleId, comparison);
    }
}
