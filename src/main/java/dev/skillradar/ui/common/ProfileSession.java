package dev.skillradar.ui.common;

import dev.skillradar.app.ProfileChecks;
import dev.skillradar.app.ProfileHistory;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Reconfirmation;
import dev.skillradar.assessment.Tick;
import dev.skillradar.catalog.CatalogException;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.storage.Database;
import java.time.Clock;
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
 *
 * <p>A load reads the profile's ratings, ticks and basis; the check statements only when the basis
 * scores them and there is a tick to interpret (the first frame needs them then). What the first
 * frame never needs (the statements otherwise, and which ratings to confirm again, a replay of the
 * history) is read by {@link #readCalibration}, after it.
 */
public final class ProfileSession {
    /** Settings key of the profile the window showed last (its id). */
    public static final String LAST_PROFILE_KEY = "ui.profile";

    private final Database db;
    private final AppState state;
    private final TaskExecutor io;
    private final Clock clock;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private Predicate<String> writeInFlight = skillId -> false;
    private Consumer<UnknownRole> onUnknownRole = notice -> { };
    private Consumer<Throwable> onChecksProblem = e -> { };
    private boolean checksProblemTold;
    private final java.util.Set<Long> unknownRoleNoticed = new java.util.HashSet<>();
    private long knownVersion = Long.MIN_VALUE;
    private boolean polling;

    /**
     * What one read of storage found: every profile, the one to show, its ratings, ticks and basis, and the
     * statements when the basis needed them ({@code checks} null otherwise, {@code checksProblem} when they
     * could not be read).
     */
    public record Loaded(List<Profile> profiles, Profile current, Map<String, Rating> ratings, Map<String, Tick> ticks,
                         Basis basis, CheckCatalogue checks, CatalogException checksProblem, long version) {
        public Loaded {
            profiles = List.copyOf(profiles);
            ratings = Map.copyOf(ratings);
            ticks = Map.copyOf(ticks);
        }
    }

    public ProfileSession(Database db, AppState state, TaskExecutor io) {
        this(db, state, io, Clock.systemDefaultZone());
    }

    /** {@code clock} says when a rating is due to be confirmed again, in its zone's calendar. */
    public ProfileSession(Database db, AppState state, TaskExecutor io, Clock clock) {
        this.db = db;
        this.state = state;
        this.io = io;
        this.clock = clock;
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
    public static Loaded read(Database db, Roadmap roadmap, Long wantedId, String wantedName, String newRoleId) {
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
        Map<String, Tick> ticks = db.checks().ticks(current.id());
        // a roadmap without statements scores the ratings only; the stored basis is kept for another roadmap
        Basis basis = roadmap.hasChecks() ? db.profiles().basis(current.id()) : Basis.SELF;
        CheckCatalogue checks = null;
        CatalogException problem = null;
        if (basis.usesChecks() && !ticks.isEmpty()) {
            try {
                checks = roadmap.checks().orElse(null);
            } catch (CatalogException e) {
                problem = e;
            }
        }
        return new Loaded(all, current, db.ratings().current(current.id()), ticks, basis, checks, problem, version);
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
        Map<String, Tick> ticks = new HashMap<>(loaded.ticks());
        if (sameProfile) {
            state.ticks().keySet().stream().filter(id -> writeInFlight.test(TICK_PREFIX + id))
                    .forEach(id -> ticks.put(id, state.ticks().get(id)));
            loaded.ticks().keySet().stream().filter(id -> writeInFlight.test(TICK_PREFIX + id)
                    && !state.ticks().containsKey(id)).toList().forEach(ticks::remove);
        }
        if (loaded.checks() != null && state.checks() == null) {
            state.checksProperty().set(loaded.checks());
        }
        if (loaded.checksProblem() != null) {
            tellChecksProblem(loaded.checksProblem());
        }
        state.load(loaded.current(), roleOf(loaded.current()), ratings, ticks, loaded.basis());
    }

    /**
     * Prefix of the keys {@link #setWriteInFlight} is asked about for a statement's tick (the others are
     * skill ids).
     */
    public static final String TICK_PREFIX = "check:";

    /**
     * Reads, in the background, what the first frame does not need: the check statements (once) and which
     * ratings of the shown profile are due to be confirmed again. Called after the first frame and after
     * each load.
     */
    public void readCalibration() {
        Profile p = state.profile();
        if (p == null) {
            return;
        }
        boolean wantChecks = state.checks() == null && state.checksAvailable() && !checksProblemTold;
        Roadmap roadmap = state.roadmap();
        io.submit(() -> {
            CheckCatalogue checks = null;
            CatalogException problem = null;
            if (wantChecks) {
                try {
                    checks = roadmap.checks().orElse(null);
                } catch (CatalogException e) {
                    problem = e;
                }
            }
            List<String> stale = new ProfileHistory(db, roadmap).stale(p.id(), clock.instant(), clock.getZone())
                    .stream().map(Reconfirmation.Stale::skillId).toList();
            return new Calibration(checks, problem, stale);
        }, c -> {
            if (c.checks() != null && state.checks() == null) {
                state.checksProperty().set(c.checks());
            }
            if (c.problem() != null) {
                tellChecksProblem(c.problem());
            }
            if (state.profile() != null && state.profile().id() == p.id()) {
                state.setStale(c.stale().stream().filter(s -> !writeInFlight.test(s)).toList());
            }
        }, e -> { });
    }

    private record Calibration(CheckCatalogue checks, CatalogException problem, List<String> stale) {
    }

    private void tellChecksProblem(CatalogException e) {
        if (!checksProblemTold) {
            checksProblemTold = true;
            onChecksProblem.accept(e);
        }
    }

    /** Who tells the user, once, that the check statements could not be read ("Check yourself" stays hidden). */
    public void setOnChecksProblem(Consumer<Throwable> onChecksProblem) {
        this.onChecksProblem = onChecksProblem;
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
            Loaded l = read(db, state.roadmap(), profile.id(), null, defaultRoleId());
            db.settings().put(LAST_PROFILE_KEY, Long.toString(l.current().id()));
            return l;
        }, l -> {
            apply(l);
            readCalibration();
            onDone.run();
        }, onFailure);
    }

    /** Re-reads the shown profile (or the default one if it is gone) and the profile list. */
    public void reload(Runnable onDone, Consumer<Throwable> onFailure) {
        Long id = state.profile() == null ? null : state.profile().id();
        io.submit(() -> read(db, state.roadmap(), id, null, defaultRoleId()), l -> {
            apply(l);
            readCalibration();
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

    /**
     * Scores the shown profile on {@code basis} from now on: readiness follows at once (the statements are read
     * first when the basis needs them), storage is updated in the background and the basis reverted on failure.
     */
    public void setBasis(Basis basis, Consumer<Throwable> onFailure) {
        Profile p = state.profile();
        Basis before = state.basis();
        if (p == null || basis == null || basis == before) {
            return;
        }
        boolean needChecks = basis.usesChecks() && state.checks() == null;
        if (!needChecks) {
            state.basisProperty().set(basis);
        }
        Roadmap roadmap = state.roadmap();
        io.submit(() -> {
            ProfileChecks checks = new ProfileChecks(db, roadmap);
            CheckCatalogue statements = needChecks ? checks.catalogue().orElse(null) : null;
            checks.setBasis(p.id(), basis);
            return Optional.ofNullable(statements);
        }, statements -> {
            statements.ifPresent(c -> {
                if (state.checks() == null) {
                    state.checksProperty().set(c);
                }
            });
            if (needChecks && state.profile() != null && state.profile().id() == p.id()) {
                state.basisProperty().set(basis);
            }
        }, e -> {
            if (state.profile() != null && state.profile().id() == p.id() && state.basis() == basis) {
                state.basisProperty().set(before);
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
