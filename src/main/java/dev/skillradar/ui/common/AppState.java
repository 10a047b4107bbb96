package dev.skillradar.ui.common;

import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Readiness;
import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

/**
 * The small observable state the screens share: the catalogue, the current profile, its target
 * role and ratings, and the readiness computed from them. Touched on the FX thread only.
 * Readiness is recomputed by listeners (not inside a binding) whenever the role or a rating changes.
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
    private boolean batching;

    public AppState(Roadmap roadmap, Messages messages) {
        this.roadmap = roadmap;
        this.calculator = new ReadinessCalculator(roadmap);
        this.messages = messages;
        role.set(roadmap.defaultRole());
        role.addListener((obs, o, n) -> recompute());
        ratings.addListener((MapChangeListener<String, Rating>) c -> recompute());
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
     * Shows another profile (or the same one re-read from storage): profile, role and ratings change
     * together and readiness is computed once. Entries that did not change are left alone, so views
     * listening to single skills only hear about real changes.
     */
    public void load(Profile newProfile, Role newRole, Map<String, Rating> all) {
        batch(() -> {
            if (profile.get() != null && newProfile != null && profile.get().id() != newProfile.id()) {
                comparison.set(Comparison.NONE); // a date or a mentor's view belonged to the profile shown before
            }
            profile.set(newProfile);
            if (newRole != null) {
                role.set(newRole);
            }
            applyRatings(all);
        });
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

    public Map<String, Integer> levels() {
        Map<String, Integer> out = new HashMap<>();
        ratings.forEach((k, v) -> out.put(k, v.level()));
        return out;
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
        if (!batching && role.get() != null) {
            readiness.set(calculator.evaluate(role.get(), levels()));
        }
    }
}
