package dev.skillradar.ui.common;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Tick;
import dev.skillradar.storage.Database;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>Ticks of check statements (with their notes and links) and confirmations of ratings go the same
 * way: shown at once, written on the I/O thread, reported under the skill they belong to, reverted on
 * failure. Every tick and untick lands in the tick history, every confirmation in the rating history.
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
    /** Per statement with writes in flight: the tick storage is known to hold (null: not ticked). */
    private final Map<String, Tick> committedTicks = new HashMap<>();

    public AutosaveService(AppState state, Database db, TaskExecutor io, ErrorMessages errors, Clock clock) {
        this.state = state;
        this.db = db;
        this.io = io;
        this.errors = errors;
        this.clock = clock;
    }

    @Override
    public void setLevel(String skillId, int level) {
        Rating before = state.ratings().get(skillId);
        if (before != null && before.level() != level) {
            state.stale().remove(skillId); // a new level is a fresh rating: nothing to confirm
        }
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

    /** Ticks one of the skill's statements ("I have done this"); a stored note and link are kept. */
    @Override
    public void tick(String skillId, String checkId) {
        writeTick(skillId, checkId, t -> t != null ? t : new Tick(checkId, null, null, clock.instant()),
                p -> () -> db.checks().tick(p.id(), List.of(checkId), null, null, ChangeOrigin.APP).get(0));
    }

    /** Unticks the statement; its note and link go with it. */
    @Override
    public void untick(String skillId, String checkId) {
        writeTick(skillId, checkId, t -> null, p -> () -> {
            db.checks().untick(p.id(), List.of(checkId), ChangeOrigin.APP);
            return null;
        });
    }

    /** The note on a ticked statement (blank removes it); nothing for a statement not ticked. */
    @Override
    public void setTickNote(String skillId, String checkId, String note) {
        String value = blankToNull(note);
        writeTick(skillId, checkId, t -> t == null ? null : new Tick(checkId, value, t.evidence(), t.tickedAt()),
                p -> () -> db.checks().tick(p.id(), List.of(checkId), value == null ? "" : value, null,
                        ChangeOrigin.APP).get(0));
    }

    /** The evidence link of a ticked statement (blank removes it); nothing for a statement not ticked. */
    @Override
    public void setTickEvidence(String skillId, String checkId, String url) {
        String value = blankToNull(url == null ? null : url.trim());
        writeTick(skillId, checkId, t -> t == null ? null : new Tick(checkId, t.note(), value, t.tickedAt()),
                p -> () -> db.checks().tick(p.id(), List.of(checkId), null, value == null ? "" : value,
                        ChangeOrigin.APP).get(0));
    }

    /**
     * Confirms that the skill's rating still holds: it is no longer due for confirmation, and the history gains a
     * {@code confirm} entry with the level unchanged. Nothing for a skill without a rating.
     */
    @Override
    public void confirm(String skillId) {
        Profile profile = state.profile();
        if (profile == null || !state.ratings().containsKey(skillId)) {
            return;
        }
        String key = CONFIRM_PREFIX + skillId;
        boolean wasStale = state.stale().remove(skillId);
        pending.merge(key, 1, Integer::sum);
        status.set(new SaveStatus(SaveStatus.State.SAVING, skillId, null, clock.instant()));
        io.submit(() -> db.ratings().confirm(profile.id(), List.of(skillId)), done -> {
            finishKey(key);
            committedFor(profile);
            status.set(new SaveStatus(SaveStatus.State.SAVED, skillId, null, clock.instant()));
        }, e -> {
            finishKey(key);
            if (wasStale && isShown(profile)) {
                state.stale().add(skillId);
            }
            status.set(new SaveStatus(SaveStatus.State.FAILED, skillId, errors.describe(e), clock.instant()));
        });
    }

    /** Prefix of the {@link #isPending} key of a confirmation in flight. */
    public static final String CONFIRM_PREFIX = "confirm:";

    @Override
    public ReadOnlyObjectProperty<SaveStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * True while a write for this key is queued or running: a skill id (its rating), {@link ProfileSession#TICK_PREFIX}
     * and a statement id (its tick), {@link #CONFIRM_PREFIX} and a skill id (a confirmation).
     */
    public boolean isPending(String key) {
        return pending.containsKey(key);
    }

    private interface TickSave {
        Callable<Tick> of(Profile profile);
    }

    private void writeTick(String skillId, String checkId, UnaryOperator<Tick> change, TickSave save) {
        Profile profile = state.profile();
        if (profile == null) {
            return;
        }
        Tick before = state.ticks().get(checkId);
        Tick after = change.apply(before);
        if (sameTick(before, after)) {
            return;
        }
        String key = ProfileSession.TICK_PREFIX + checkId;
        if (!pending.containsKey(key)) {
            committedTicks.put(checkId, before);
        }
        pending.merge(key, 1, Integer::sum);
        putTick(checkId, after);
        status.set(new SaveStatus(SaveStatus.State.SAVING, skillId, null, clock.instant()));
        io.submit(save.of(profile), saved -> {
            boolean last = finishKey(key);
            if (isShown(profile)) {
                if (last) {
                    putTick(checkId, saved);
                } else {
                    committedTicks.put(checkId, saved);
                }
            }
            if (last) {
                committedTicks.remove(checkId);
            }
            committedFor(profile);
            status.set(new SaveStatus(SaveStatus.State.SAVED, skillId, null, clock.instant()));
        }, e -> {
            Tick revertTo = committedTicks.get(checkId);
            boolean last = finishKey(key);
            if (last) {
                committedTicks.remove(checkId);
                if (isShown(profile)) {
                    putTick(checkId, revertTo);
                }
            }
            status.set(new SaveStatus(SaveStatus.State.FAILED, skillId, errors.describe(e), clock.instant()));
        });
    }

    private void putTick(String checkId, Tick tick) {
        if (tick == null) {
            state.ticks().remove(checkId);
        } else {
            state.ticks().put(checkId, tick);
        }
    }

    private boolean finishKey(String key) {
        int left = pending.merge(key, -1, Integer::sum);
        if (left <= 0) {
            pending.remove(key);
            return true;
        }
        return false;
    }

    private static boolean sameTick(Tick a, Tick b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.note(), b.note()) && Objects.equals(a.evidence(), b.evidence());
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
            committedFor(profile);
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

    /** Screens that read storage themselves read again, now that the write is in (only for the profile shown). */
    private void committedFor(Profile profile) {
        if (isShown(profile)) {
            state.storageChanged();
        }
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
