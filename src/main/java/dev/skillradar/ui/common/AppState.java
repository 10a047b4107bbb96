package dev.skillradar.ui.common;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.CheckedLevels;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Readiness;
import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.assessment.ScoredLevels;
import dev.skillradar.assessment.Tick;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The small observable state the screens share: the catalogue, the current profile, its target
 * role, ratings, ticked check statements and scoring basis, the ratings to confirm again, and the
 * readiness computed from them. Touched on the FX thread only. Readiness is recomputed by listeners
 * (not inside a binding) whenever the role, a rating, a tick, the basis or the statements change;
 * it scores the levels {@link ScoredLevels} makes on the profile's basis.
 *
 * <p>The check statements are read on first use: {@link #checksProperty()} is null until someone
 * (the session, after the first frame, or at once when the basis needs them) has read them on the
 * I/O thread, and stays null for a roadmap without statements.
 */
public final class AppState {
    private final Roadmap roadmap;
    private final ReadinessCalculator calculator;
    private final Messages messages;
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>(this, "profile");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ObservableMap<String, Rating> ratings = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Readiness> readiness = new ReadOnlyObjectWrapper<>(this, "readiness");
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(this, "comparison", Comparison.NONE);
    private final ObservableMap<String, Tick> ticks = FXCollections.observableHashMap();
    private final ObjectProperty<Basis> basis = new SimpleObjectProperty<>(this, "basis", Basis.SELF);
    private final ObjectProperty<CheckCatalogue> checks = new SimpleObjectProperty<>(this, "checks");
    private final ObservableSet<String> stale = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<Map<String, Integer>> checkedLevels =
            new ReadOnlyObjectWrapper<>(this, "checkedLevels", Map.of());
    private final ReadOnlyLongWrapper storage = new ReadOnlyLongWrapper(this, "storage");
    private boolean batching;

    public AppState(Roadmap roadmap, Messages messages) {
        this.roadmap = roadmap;
        this.calculator = new ReadinessCalculator(roadmap);
        this.messages = messages;
        role.set(roadmap.defaultRole());
        role.addListener((obs, o, n) -> recompute());
        ratings.addListener((MapChangeListener<String, Rating>) c -> recompute());
        ticks.addListener((MapChangeListener<String, Tick>) c -> recompute());
        basis.addListener((obs, o, n) -> recompute());
        checks.addListener((obs, o, n) -> recompute());
        recompute();
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    public ReadinessCalculator calculator() {
        return calculator;
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<Profile> profileProperty() {
        return profile;
    }

    public Profile profile() {
        return profile.get();
    }

    /** The role readiness is computed for (the profile's target role). */
    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public Role role() {
        return role.get();
    }

    /** Committed ratings of the current profile by skill id (plus optimistic updates being saved). */
    public ObservableMap<String, Rating> ratings() {
        return ratings;
    }

    /** Replaces all ratings at once (profile switch, reload after an outside change): one recompute. */
    public void replaceRatings(Map<String, Rating> all) {
        batch(() -> applyRatings(all));
    }

    /**
     * Shows another profile (or the same one re-read from storage): profile, role, ratings, ticks and
     * basis change together and readiness is computed once. Entries that did not change are left alone,
     * so views listening to single skills only hear about real changes.
     */
    public void load(Profile newProfile, Role newRole, Map<String, Rating> all, Map<String, Tick> allTicks, Basis newBasis) {
        Map<String, Tick> ticksNow = Map.copyOf(allTicks);
        batch(() -> {
            if (profile.get() != null && newProfile != null && profile.get().id() != newProfile.id()) {
                comparison.set(Comparison.NONE); // a date or a mentor's view belonged to the profile shown before
                stale.clear(); // the session reads the new profile's after the load
            }
            profile.set(newProfile);
            if (newRole != null) {
                role.set(newRole);
            }
            applyRatings(all);
            ticks.keySet().retainAll(ticksNow.keySet());
            ticksNow.forEach((k, v) -> {
                if (!v.equals(ticks.get(k))) {
                    ticks.put(k, v);
                }
            });
            basis.set(newBasis == null ? Basis.SELF : newBasis);
        });
        storageChanged();
    }

    /**
     * Moves whenever what storage holds for the shown profile may differ from what was read before: after each load
     * (a switch, a re-read after an outside change) and after each of the window's own writes committed. Screens that
     * read storage themselves (the history, the report, the drift's trend) read again when it moves: the state itself
     * changes before a write is even queued, so a read started then could miss it.
     */
    public ReadOnlyLongProperty storageProperty() {
        return storage.getReadOnlyProperty();
    }

    /** Says that storage changed for the shown profile (a write of the window committed); see {@link #storageProperty}. */
    public void storageChanged() {
        storage.set(storage.get() + 1);
    }

    private void applyRatings(Map<String, Rating> all) {
        ratings.keySet().retainAll(all.keySet());
        all.forEach((k, v) -> {
            if (!v.equals(ratings.get(k))) {
                ratings.put(k, v);
            }
        });
    }

    private void batch(Runnable change) {
        batching = true;
        try {
            change.run();
        } finally {
            batching = false;
        }
        recompute();
    }

    /** The self-ratings by skill id (absent = not rated). */
    public Map<String, Integer> levels() {
        Map<String, Integer> out = new HashMap<>();
        ratings.forEach((k, v) -> out.put(k, v.level()));
        return out;
    }

    /** The ticked statements of the current profile by statement id (also ids this roadmap lacks). */
    public ObservableMap<String, Tick> ticks() {
        return ticks;
    }

    /** The profile's scoring basis (self when the profile has none, or for a roadmap without statements). */
    public ObjectProperty<Basis> basisProperty() {
        return basis;
    }

    public Basis basis() {
        return basis.get();
    }

    /** The roadmap's check statements once read; null before that and for a roadmap without statements. */
    public ObjectProperty<CheckCatalogue> checksProperty() {
        return checks;
    }

    public CheckCatalogue checks() {
        return checks.get();
    }

    /** True when the roadmap has statements at all (catalogue format 2): "Check yourself" can be shown. */
    public boolean checksAvailable() {
        return roadmap.hasChecks();
    }

    /** The skills whose rating should be confirmed again (filled by the session in the background). */
    public ObservableSet<String> stale() {
        return stale;
    }

    /** Marks exactly these skills as due for confirmation. */
    public void setStale(Collection<String> skillIds) {
        Set<String> now = Set.copyOf(skillIds);
        stale.retainAll(now);
        stale.addAll(now);
    }

    /** The check-based level of every skill with a tick (empty until the statements are read); follows the ticks. */
    public ReadOnlyObjectProperty<Map<String, Integer>> checkedLevelsProperty() {
        return checkedLevels.getReadOnlyProperty();
    }

    public Map<String, Integer> checkedLevels() {
        return checkedLevels.get();
    }

    /** The check-based level of one skill now (0 when nothing, or no level completely, is ticked). */
    public int checkedLevel(String skillId) {
        return checkedLevels.get().getOrDefault(skillId, 0);
    }

    /** The levels readiness, the radar and the report score now: {@link ScoredLevels} on the profile's basis. */
    public Map<String, Integer> scoredLevels() {
        return ScoredLevels.of(basis.get(), levels(), checkedLevels.get());
    }

    /** What the radar compares with; back to none when another profile is shown. */
    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public ReadOnlyObjectProperty<Readiness> readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    public Readiness readiness() {
        return readiness.get();
    }

    private void recompute() {
        if (batching) {
            return;
        }
        CheckCatalogue c = checks.get();
        Map<String, Integer> checked = c == null || ticks.isEmpty() ? Map.of() : CheckedLevels.of(c, ticks.keySet());
        if (!checked.equals(checkedLevels.get())) {
            checkedLevels.set(checked);
        }
        if (role.get() != null) {
            readiness.set(calculator.evaluate(role.get(), scoredLevels()));
        }
    }
}
