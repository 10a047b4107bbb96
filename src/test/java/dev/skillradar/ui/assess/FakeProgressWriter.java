package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.ProgressWriter;
import dev.skillradar.ui.common.SaveStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Records every write; {@link #commitAll()} plays the queue into {@link AppState#ratings()} the way
 * the real autosave does after each COMMIT (or at once with {@code autoCommit}). Like storage, it
 * refuses a note or link for a skill without a rating.
 */
final class FakeProgressWriter implements ProgressWriter {
    record Call(String kind, String skillId, Object value) {
    }

    final List<Call> calls = new ArrayList<>();
    private final List<Call> queue = new ArrayList<>();
    private final ReadOnlyObjectWrapper<SaveStatus> status = new ReadOnlyObjectWrapper<>(SaveStatus.IDLE);
    private final AppState state;
    private final boolean autoCommit;

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
        status.set(new SaveStatus(SaveStatus.State.FAILED, call.skillId(), reason, Instant.now()));
    }

    private void commit(Call call) {
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
