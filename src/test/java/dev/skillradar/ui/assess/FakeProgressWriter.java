package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Tick;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.ProgressWriter;
import dev.skillradar.ui.common.SaveStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Records every write; {@link #commitAll()} plays the queue into {@link AppState#ratings()} the way
 * the real autosave does after each COMMIT (or at once with {@code autoCommit}). Like storage, it
 * refuses a note or link for a skill without a rating. Ticks and confirmations are shown at once, as the real
 * autosave shows them, and taken back when their write fails ({@link #failNext}).
 */
final class FakeProgressWriter implements ProgressWriter {
    record Call(String kind, String skillId, Object value) {
    }

    final List<Call> calls = new ArrayList<>();
    private final List<Call> queue = new ArrayList<>();
    private final ReadOnlyObjectWrapper<SaveStatus> status = new ReadOnlyObjectWrapper<>(SaveStatus.IDLE);
    private final AppState state;
    private final boolean autoCommit;
    /** Per tick call in the queue: the tick to go back to if it fails (null: none). */
    private final Map<Call, Tick> before = new IdentityHashMap<>();
    private static final Set<String> TICK_KINDS = Set.of("tick", "untick", "tickNote", "tickEvidence");

    FakeProgressWriter(AppState state, boolean autoCommit) {
        this.state = state;
        this.autoCommit = autoCommit;
    }

    @Override
    public void setLevel(String skillId, int level) {
        record(new Call("level", skillId, level));
    }

    @Override
    public void setNote(String skillId, String note) {
        record(new Call("note", skillId, note));
    }

    @Override
    public void setEvidence(String skillId, String url) {
        record(new Call("evidence", skillId, url));
    }

    @Override
    public void tick(String skillId, String checkId) {
        Tick t = state.ticks().get(checkId);
        optimistic(new Call("tick", skillId, checkId), checkId, t != null ? t : new Tick(checkId, null, null, Instant.now()));
    }

    @Override
    public void untick(String skillId, String checkId) {
        optimistic(new Call("untick", skillId, checkId), checkId, null);
    }

    @Override
    public void setTickNote(String skillId, String checkId, String note) {
        Tick t = state.ticks().get(checkId);
        optimistic(new Call("tickNote", skillId, List.of(checkId, note)), checkId,
                t == null ? null : new Tick(checkId, blankToNull(note), t.evidence(), t.tickedAt()));
    }

    @Override
    public void setTickEvidence(String skillId, String checkId, String url) {
        Tick t = state.ticks().get(checkId);
        optimistic(new Call("tickEvidence", skillId, List.of(checkId, url)), checkId,
                t == null ? null : new Tick(checkId, t.note(), blankToNull(url), t.tickedAt()));
    }

    @Override
    public void confirm(String skillId) {
        state.stale().remove(skillId);
        record(new Call("confirm", skillId, skillId));
    }

    private void optimistic(Call call, String checkId, Tick after) {
        before.put(call, state.ticks().get(checkId));
        if (after == null) {
            state.ticks().remove(checkId);
        } else {
            state.ticks().put(checkId, after);
        }
        record(call);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public ReadOnlyObjectProperty<SaveStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    List<Call> calls(String kind) {
        return calls.stream().filter(c -> c.kind().equals(kind)).toList();
    }

    private void record(Call call) {
        calls.add(call);
        queue.add(call);
        status.set(new SaveStatus(SaveStatus.State.SAVING, call.skillId(), null, Instant.now()));
        if (autoCommit) {
            commitAll();
        }
    }

    /** Commits the queued writes in order, each followed by "Saved". */
    void commitAll() {
        List<Call> todo = new ArrayList<>(queue);
        queue.clear();
        todo.forEach(this::commit);
    }

    /** Commits only the oldest queued write. */
    void commitNext() {
        commit(queue.remove(0));
    }

    /** The oldest queued write fails with this reason; nothing reaches the ratings. */
    void failNext(String reason) {
        Call call = queue.remove(0);
        if (TICK_KINDS.contains(call.kind())) {
            String checkId = call.value() instanceof List<?> l ? (String) l.get(0) : (String) call.value();
            Tick revert = before.remove(call);
            if (revert == null) {
                state.ticks().remove(checkId);
            } else {
                state.ticks().put(checkId, revert);
            }
        } else if (call.kind().equals("confirm")) {
            state.stale().add(call.skillId());
        }
        status.set(new SaveStatus(SaveStatus.State.FAILED, call.skillId(), reason, Instant.now()));
    }

    private void commit(Call call) {
        if (TICK_KINDS.contains(call.kind()) || call.kind().equals("confirm")) {
            before.remove(call); // shown already, as the real autosave shows them
            status.set(new SaveStatus(SaveStatus.State.SAVED, call.skillId(), null, Instant.now()));
            return;
        }
        Rating old = state.ratings().get(call.skillId());
        if (old == null && !call.kind().equals("level")) { // as storage: a note or link needs a rating
            status.set(new SaveStatus(SaveStatus.State.FAILED, call.skillId(), "rate it first", Instant.now()));
            return;
        }
        int level = old == null ? 0 : old.level();
        String note = old == null ? null : old.note();
        String evidence = old == null ? null : old.evidence();
        switch (call.kind()) {
            case "level" -> level = (Integer) call.value();
            case "note" -> note = (String) call.value();
            default -> evidence = (String) call.value();
        }
        state.ratings().put(call.skillId(), new Rating(call.skillId(), level, note, evidence, Instant.now()));
        status.set(new SaveStatus(SaveStatus.State.SAVED, call.skillId(), null, Instant.now()));
    }
}
