package dev.skillradar.ui.common;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.storage.Database;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's {@link ProgressWriter}: each change is shown at once (optimistically), then written
 * for just that skill on the single I/O thread, which is therefore the write queue. "Saved" is
 * reported only after storage committed; on failure the value goes back to the last committed one
 * and the status says why. {@link TaskExecutor#drain} before closing makes sure nothing is lost.
 */
public final class AutosaveService implements ProgressWriter {
    private final AppState state;
    private final Database db;
    private final TaskExecutor io;
    private final ErrorMessages errors;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<SaveStatus> status = new ReadOnlyObjectWrapper<>(this, "status", SaveStatus.IDLE);
    /** Writes queued but not finished, per skill. */
    private final Map<String, Integer> pending = new HashMap<>();
    /** Per skill with writes in flight: the last value storage is known to hold (null: no rating). */
    private final Map<String, Rating> committed = new HashMap<>();

    public AutosaveService(AppState state, Database db, TaskExecutor io, ErrorMessages errors, Clock clock) {
        this.state = state;
        this.db = db;
        this.io = io;
        this.errors = errors;
        this.clock = clock;
    }

    @Override
    public void setLevel(String skillId, int level) {
        write(skillId, r -> new Rating(skillId, level, note(r), evidence(r), clock.instant()),
                p -> () -> db.ratings().setLevel(p.id(), skillId, level, ChangeOrigin.APP));
    }

    @Override
    public void setNote(String skillId, String note) {
        String value = blankToNull(note);
        write(skillId, r -> new Rating(skillId, level(r), value, evidence(r), clock.instant()),
                p -> () -> db.ratings().setNote(p.id(), skillId, value));
    }

    @Override
    public void setEvidence(String skillId, String url) {
        String value = blankToNull(url == null ? null : url.trim());
        write(skillId, r -> new Rating(skillId, level(r), note(r), value, clock.instant()),
                p -> () -> db.ratings().setEvidence(p.id(), skillId, value));
    }

    @Override
    public ReadOnlyObjectProperty<SaveStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a write for this skill is queued or running. */
    public boolean isPending(String skillId) {
        return pending.containsKey(skillId);
    }

    private interface Save {
        Callable<Rating> of(Profile profile);
    }

    private void write(String skillId, UnaryOperator<Rating> change, Save save) {
        Profile profile = state.profile();
        if (profile == null) {
            return;
        }
        Rating before = state.ratings().get(skillId);
        Rating after = change.apply(before);
        if (sameContent(before, after)) {
            return;
        }
        if (!pending.containsKey(skillId)) {
            committed.put(skillId, before);
        }
        pending.merge(skillId, 1, Integer::sum);
        state.ratings().put(skillId, after);
        status.set(new SaveStatus(SaveStatus.State.SAVING, skillId, null, clock.instant()));
        io.submit(save.of(profile), saved -> {
            boolean last = finish(skillId);
            if (isShown(profile)) {
                if (last) {
                    state.ratings().put(skillId, saved);
                } else {
                    committed.put(skillId, saved);
                }
            }
            status.set(new SaveStatus(SaveStatus.State.SAVED, skillId, null, clock.instant()));
        }, e -> {
            Rating revertTo = committed.get(skillId);
            boolean last = finish(skillId);
            if (last && isShown(profile)) {
                if (revertTo == null) {
                    state.ratings().remove(skillId);
                } else {
                    state.ratings().put(skillId, revertTo);
                }
            }
            status.set(new SaveStatus(SaveStatus.State.FAILED, skillId, errors.describe(e), clock.instant()));
        });
    }

    /** Counts one write of the skill as done; true when it was the last one in flight. */
    private boolean finish(String skillId) {
        int left = pending.merge(skillId, -1, Integer::sum);
        if (left <= 0) {
            pending.remove(skillId);
            committed.remove(skillId);
            return true;
        }
        return false;
    }

    private boolean isShown(Profile profile) {
        return state.profile() != null && state.profile().id() == profile.id();
    }

    private static boolean sameContent(Rating a, Rating b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.level() == b.level() && Objects.equals(a.note(), b.note()) && Objects.equals(a.evidence(), b.evidence());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static int level(Rating r) {
        return r == null ? 0 : r.level();
    }

    private static String note(Rating r) {
        return r == null ? null : r.note();
    }

    private static String evidence(Rating r) {
        return r == null ? null : r.evidence();
    }
}
