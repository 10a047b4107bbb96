package dev.skillradar.ui.common;

import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.Role;
import dev.skillradar.storage.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which profile the window shows, and keeping {@link AppState} equal to what is stored: loading a
 * profile, switching, re-reading after a change made elsewhere (the command line, a restore, an
 * import) and saving the target role. All reads and writes go through the one I/O executor; state
 * is touched only in the callbacks, on the FX thread.
 */
public final class ProfileSession {
    /** Settings key of the profile the window showed last (its id). */
    public static final String LAST_PROFILE_KEY = "ui.profile";

    private final Database db;
    private final AppState state;
    private final TaskExecutor io;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private Predicate<String> writeInFlight = skillId -> false;
    private Consumer<UnknownRole> onUnknownRole = notice -> { };
    private final java.util.Set<Long> unknownRoleNoticed = new java.util.HashSet<>();
    private long knownVersion = Long.MIN_VALUE;
    private boolean polling;

    /** What one read of storage found: every profile, the one to show, its ratings. */
    public record Loaded(List<Profile> profiles, Profile current, Map<String, Rating> ratings, long version) {
        public Loaded {
            profiles = List.copyOf(profiles);
            ratings = Map.copyOf(ratings);
        }
    }

    public ProfileSession(Database db, AppState state, TaskExecutor io) {
        this.db = db;
        this.state = state;
        this.io = io;
    }

    public AppState state() {
        return state;
    }

    /** Every local profile, sorted as storage lists them; refreshed with each load. */
    public ObservableList<Profile> profiles() {
        return profiles;
    }

    /** Skills whose autosave has not committed yet keep their on-screen value when re-reading. */
    public void setWriteInFlight(Predicate<String> writeInFlight) {
        this.writeInFlight = writeInFlight;
    }

    /**
     * Reads everything needed to show a profile; I/O thread only. Picks the profile with
     * {@code wantedId}, else the one named {@code wantedName} (created if missing), else the
     * remembered one, else the default profile. A created profile aims for {@code newRoleId}.
     */
    public static Loaded read(Database db, Long wantedId, String wantedName, String newRoleId) {
        long version = db.dataVersion();
        Profile current = null;
        if (wantedName != null) {
            current = db.profiles().find(wantedName).orElseGet(() -> db.profiles().create(wantedName, newRoleId));
        }
        List<Profile> all = db.profiles().list();
        Long id = wantedId;
        if (current == null && id == null) {
            id = db.settings().get(LAST_PROFILE_KEY).flatMap(ProfileSession::parseId).orElse(null);
        }
        if (current == null && id != null) {
            long want = id;
            // a comparison is never the profile shown (it is someone else's view, never rated here)
            current = all.stream().filter(p -> p.id() == want && !p.comparison()).findFirst().orElse(null);
        }
        if (current == null) {
            current = db.profiles().getOrCreateDefault(newRoleId);
            all = db.profiles().list();
        }
        return new Loaded(all, current, db.ratings().current(current.id()), version);
    }

    private static Optional<Long> parseId(String s) {
        try {
            return Optional.of(Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Shows what {@link #read} found; FX thread. */
    public void apply(Loaded loaded) {
        knownVersion = loaded.version();
        if (!profiles.equals(loaded.profiles())) {
            profiles.setAll(loaded.profiles());
        }
        Map<String, Rating> ratings = new HashMap<>(loaded.ratings());
        boolean sameProfile = state.profile() != null && state.profile().id() == loaded.current().id();
        if (sameProfile) {
            // a write of ours still in the queue wins over what was read before it committed
            state.ratings().forEach((skill, rating) -> {
                if (writeInFlight.test(skill)) {
                    ratings.put(skill, rating);
                }
            });
        }
        state.load(loaded.current(), roleOf(loaded.current()), ratings);
    }

    private String defaultRoleId() {
        return state.roadmap().defaultRole().id();
    }

    /**
     * The profile's role, or the catalogue's default role when the stored one is not in this catalogue (another
     * {@code --roadmap}); then the window is told once per profile, and nothing is written.
     */
    private Role roleOf(Profile p) {
        Optional<Role> role = state.roadmap().role(p.targetRoleId());
        if (role.isEmpty() && unknownRoleNoticed.add(p.id())) {
            onUnknownRole.accept(new UnknownRole(p, p.targetRoleId(), state.roadmap().defaultRole()));
        }
        return role.orElse(state.roadmap().defaultRole());
    }

    /** A profile aims for a role this catalogue lacks: it is scored against {@code used} instead. */
    public record UnknownRole(Profile profile, String storedRoleId, Role used) {
    }

    /** Who tells the user that a stored role is unknown (the window shows a dialog). */
    public void setOnUnknownRole(Consumer<UnknownRole> onUnknownRole) {
        this.onUnknownRole = onUnknownRole;
    }

    /** Shows another profile and remembers it for the next start. */
    public void switchTo(Profile profile, Runnable onDone, Consumer<Throwable> onFailure) {
        io.submit(() -> {
            Loaded l = read(db, profile.id(), null, defaultRoleId());
            db.settings().put(LAST_PROFILE_KEY, Long.toString(l.current().id()));
            return l;
        }, l -> {
            apply(l);
            onDone.run();
        }, onFailure);
    }

    /** Re-reads the shown profile (or the default one if it is gone) and the profile list. */
    public void reload(Runnable onDone, Consumer<Throwable> onFailure) {
        Long id = state.profile() == null ? null : state.profile().id();
        io.submit(() -> read(db, id, null, defaultRoleId()), l -> {
            apply(l);
            onDone.run();
        }, onFailure);
    }

    /**
     * Asks storage whether anyone else (the command line, another program) committed a change since
     * the last read, and reloads if so. One question at a time; called by a timer on the FX thread.
     */
    public void pollForOutsideChanges(Runnable onReloaded, Consumer<Throwable> onFailure) {
        if (polling) {
            return;
        }
        polling = true;
        io.submit(db::dataVersion, v -> {
            polling = false;
            if (v != knownVersion) {
                reload(onReloaded, onFailure);
            }
        }, e -> {
            polling = false;
            onFailure.accept(e);
        });
    }

    /** Readiness follows the new role at once; storage is updated in the background and reverted on failure. */
    public void setTargetRole(Role role, Consumer<Throwable> onFailure) {
        Profile p = state.profile();
        Role before = state.role();
        if (p == null || role == null || role.equals(before)) {
            return;
        }
        state.roleProperty().set(role);
        io.submit(() -> {
            db.profiles().setTargetRole(p.id(), role.id());
            return new Profile(p.id(), p.name(), role.id());
        }, updated -> {
            replaceInList(updated);
            if (state.profile() != null && state.profile().id() == updated.id()) {
                state.profileProperty().set(updated);
            }
        }, e -> {
            if (state.profile() != null && state.profile().id() == p.id() && role.equals(state.role())) {
                state.roleProperty().set(before);
            }
            onFailure.accept(e);
        });
    }

    private void replaceInList(Profile updated) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id() == updated.id()) {
                profiles.set(i, updated);
            }
        }
    }
}
