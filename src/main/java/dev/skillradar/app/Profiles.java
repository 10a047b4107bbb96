package dev.skillradar.app;

import dev.skillradar.assessment.Profile;
import dev.skillradar.storage.Database;
import java.util.List;

/**
 * Creating, renaming and deleting local profiles, and the small settings SkillRadar keeps in the data folder.
 * Failures come out as {@link AppProblem}. Call from the I/O thread.
 */
public final class Profiles {
    private final Database db;

    public Profiles(Database db) {
        this.db = db;
    }

    /** A new profile aiming for {@code roleId}; {@link AppProblem.Kind#NAME_TAKEN} when the name is in use. */
    public Profile create(String name, String roleId) {
        return AppProblem.translating(() -> db.profiles().create(name, roleId));
    }

    public void rename(long profileId, String newName) {
        AppProblem.translating(() -> {
            db.profiles().rename(profileId, newName);
            return null;
        });
    }

    /**
     * Deletes the profile with its ratings and history; returns the profile to show next (a new default
     * profile aiming for {@code roleIdForNew} when none is left).
     */
    public Profile delete(long profileId, String roleIdForNew) {
        return AppProblem.translating(() -> {
            db.profiles().delete(profileId);
            List<Profile> rest = db.profiles().list();
            return rest.isEmpty() ? db.profiles().getOrCreateDefault(roleIdForNew) : rest.get(0);
        });
    }

    /** Remembers a setting of the data folder ({@code ui.language}, {@code ui.theme}, ...). */
    public void putSetting(String key, String value) {
        AppProblem.translating(() -> {
            db.settings().put(key, value);
            return null;
        });
    }
}
