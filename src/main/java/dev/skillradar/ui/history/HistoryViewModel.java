package dev.skillradar.ui.history;

import dev.skillradar.app.ProfileHistory;
import dev.skillradar.assessment.AssessmentTimeline;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.assessment.TickEvents;
import dev.skillradar.assessment.Trend;
import dev.skillradar.assessment.TrendPeriod;
import dev.skillradar.assessment.TrendPoint;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Role;
import dev.skillradar.chart.Size;
import dev.skillradar.chart.TrendSpec;
import dev.skillradar.text.CalibrationTexts;
import dev.skillradar.text.TrendTexts;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.Comparison;
import dev.skillradar.ui.common.DialogService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The History screen's state: readiness over time for a role (overall, and up to three areas on demand) as a
 * line chart, ratings and ticks replayed on the profile's basis, and the timeline of rating changes and ticks, newest
 * first (date, kind, skill, old → new or the check-based level a tick moved, the statement ticked, where it came from;
 * entries that no longer count greyed). Choosing an entry shows that day's state on the radar as the comparison.
 * The history is read and replayed on the I/O executor; five years of daily changes take milliseconds.
 */
public final class HistoryViewModel {
    /** At most this many areas beside the overall line. */
    public static final int MAX_AREAS = 3;

    /** Which history a timeline entry comes from. */
    public enum Kind { RATING, TICK }

    /**
     * One entry of the timeline, worded; {@code seq} is of its own history (ratings and ticks count separately).
     * {@code kindText} names the kind in words (so rows differ without colour); {@code change} is a level's change
     * ("2 → 4", or a tick's "Checks: 1 → 2", empty where it moved none); {@code statement} is what a tick did
     * ("Ticked (level 2): “I have…”", shortened; empty for a rating; the level first, so that a
     * narrow column cuts off only the statement's end) and {@code statementInFull} the same unshortened;
     * {@code counts} is false when it no longer counts (greyed), {@code why} then says why.
     */
    public record Entry(Kind kind, long seq, LocalDate day, String when, String kindText, String skill, String change,
                        String statement, String statementInFull, String origin, boolean counts, String why) {
        /** What a screen reader says for the row: its kind first, then each column, then why it no longer counts. */
        public String accessibleText() {
            List<String> parts = new ArrayList<>(List.of(kindText, when, skill, change, statementInFull, origin));
            parts.removeIf(String::isEmpty);
            return String.join(", ", parts) + (counts ? "" : ". " + why);
        }

        /** The row's tooltip: the statement in full where it was shortened, and why it no longer counts; or null. */
        public String tooltip() {
            List<String> lines = new ArrayList<>(2);
            if (!statementInFull.equals(statement)) {
                lines.add(statementInFull);
            }
            if (!counts) {
                lines.add(why);
            }
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
    }

    private final AppState state;
    private final ProfileHistory history;
    private final TaskExecutor io;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final Consumer<LocalDate> showOnRadar;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Trend trend;

    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<TrendPeriod> period = new SimpleObjectProperty<>(this, "period", TrendPeriod.MONTH);
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TrendSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper scoredOn = new ReadOnlyStringWrapper(this, "scoredOn");
    private final ReadOnlyStringWrapper basisHint = new ReadOnlyStringWrapper(this, "basisHint", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ObservableList<Entry> timeline = FXCollections.observableArrayList();
    private final ObservableList<Entry> timelineView = FXCollections.unmodifiableObservableList(timeline);

    private HistoryReplay replay;
    private AssessmentTimeline replayed;
    private List<RatingChange> changes = List.of();
    private List<TickEvents.Event> tickEvents = List.of();
    private boolean reloadWanted;

    public HistoryViewModel(AppState state, ProfileHistory history, TaskExecutor io, DialogService dialogs, ZoneId zone,
                            Consumer<LocalDate> showOnRadar) {
        this.state = state;
        this.history = history;
        this.io = io;
        this.dialogs = dialogs;
        this.zone = zone;
        this.showOnRadar = showOnRadar;
        this.messages = state.messages();
        this.errors = new ErrorMessages(messages);
        this.trend = new Trend(state.calculator());
        role.set(state.role());
        state.roleProperty().addListener((o, a, b) -> role.set(b));
        role.addListener((o, a, b) -> recompute());
        period.addListener((o, a, b) -> recompute());
        areas.addListener((ListChangeListener<Area>) c -> recompute());
        messages.languageProperty().addListener((o, a, b) -> {
            recompute();
            rebuildTimeline();
        });
        // read again once storage has what changed: a rating, tick or confirmation of ours committed, a profile
        // switch, a re-read after an outside change (the state itself changes before a write of ours is queued)
        state.storageProperty().addListener((o, a, b) -> reload());
        state.basisProperty().addListener((o, a, b) -> recompute());
        reload();
    }

    // ---- commands

    /** Shows the area's line too (up to {@link #MAX_AREAS}), or hides it. */
    public void toggleArea(Area area) {
        if (areas.contains(area)) {
            areas.remove(area);
        } else if (areas.size() < MAX_AREAS) {
            areas.add(area);
        }
    }

    /** The state at the end of the entry's day, as the radar's comparison; then the radar is shown. */
    public void showOnRadar(Entry entry) {
        if (entry == null) {
            return;
        }
        state.comparisonProperty().set(new Comparison.AtDate(entry.day()));
        showOnRadar.accept(entry.day());
    }

    /**
     * Reads the history again, one read at a time: after a rating, a profile switch or an outside change, and
     * each time the screen is shown (an import may add history without changing a rating).
     */
    public void reload() {
        Profile p = state.profile();
        if (p == null) {
            return;
        }
        if (loading.get()) {
            reloadWanted = true;
            return;
        }
        loading.set(true);
        io.submit(() -> {
            List<RatingChange> list = history.changes(p.id());
            List<TickChange> ticks = history.tickChanges(p.id());
            return new Read(list, history.timeline(list, ticks), history.tickEvents(ticks));
        }, read -> {
            loading.set(false);
            changes = read.changes();
            tickEvents = read.tickEvents();
            replayed = read.timeline();
            replay = replayed.ratings();
            recompute();
            rebuildTimeline();
            if (reloadWanted) {
                reloadWanted = false;
                reload();
            }
        }, e -> {
            loading.set(false);
            reloadWanted = false;
            dialogs.error(messages.get("history.failed.title"), errors.describe(e));
        });
    }

    private record Read(List<RatingChange> changes, AssessmentTimeline timeline, List<TickEvents.Event> tickEvents) {
    }

    private void recompute() {
        if (replayed == null || role.get() == null) {
            return;
        }
        scoredOn.set(new CalibrationTexts(messages.texts()).scoredOn(state.basis()));
        updateBasisHint();
        List<TrendPoint> points = trend.of(replayed, state.basis(), role.get(), period.get(), zone);
        TrendTexts texts = new TrendTexts(messages.texts());
        spec.set(texts.spec(points, role.get(), List.copyOf(areas), zone, new Size(720, 320), 13, false));
        summary.set(summary(points));
    }

    private String summary(List<TrendPoint> points) {
        List<TrendPoint> scored = points.stream().filter(p -> p.readiness().overall() != null).toList();
        if (scored.isEmpty()) {
            return messages.get("history.summary.none");
        }
        var f = messages.texts().formats();
        TrendPoint first = scored.get(0);
        TrendPoint last = scored.get(scored.size() - 1);
        String from = f.percentOneDecimal(first.readiness().overall());
        String to = f.percentOneDecimal(last.readiness().overall());
        if (scored.size() == 1) {
            return messages.get("history.summary.one", to, f.longDate(first.lastChange(), zone));
        }
        return messages.get("history.summary", messages.of(role.get().name()), from, f.longDate(first.lastChange(), zone),
                to, f.longDate(last.lastChange(), zone));
    }

    private void rebuildTimeline() {
        if (replay == null) {
            return;
        }
        timeline.setAll(new TimelineRows(state.roadmap(), messages, zone, replay).newestFirst(changes, tickEvents));
        updateBasisHint();
    }

    /**
     * Rows that are history but not score get a line under the table while there are any: ticks on the self basis,
     * rating changes on the checks basis (on the lower of the two both count).
     */
    private void updateBasisHint() {
        Kind notScored = switch (state.basis()) {
            case SELF -> Kind.TICK;
            case CHECKS -> Kind.RATING;
            case LOWER -> null;
        };
        boolean any = notScored != null && timeline.stream().anyMatch(e -> e.kind() == notScored);
        basisHint.set(!any ? "" : messages.get(notScored == Kind.TICK ? "history.ticks.self" : "history.ratings.checks"));
    }

    // ---- state

    public List<Role> roles() {
        return state.roadmap().roles();
    }

    public List<Area> allAreas() {
        return state.roadmap().areas();
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<TrendPeriod> periodProperty() {
        return period;
    }

    /** The areas whose lines are shown beside the overall one. */
    public ObservableList<Area> areas() {
        return areas;
    }

    public ReadOnlyObjectProperty<TrendSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** "Readiness for Junior ML Engineer rose from 12.0% on 1 March to 57.3% on 1 December 2026", for screen readers. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Scored on: the lower of self-rating and checks": the basis the line replays ratings and ticks on. */
    public ReadOnlyStringProperty scoredOnProperty() {
        return scoredOn.getReadOnlyProperty();
    }

    /** Empty, or on the self basis with ticks in the timeline: that they do not change the score on it. */
    public ReadOnlyStringProperty basisHintProperty() {
        return basisHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Rating changes and ticks (not a tick's note or link edits), newest first. */
    public ObservableList<Entry> timeline() {
        return timelineView;
    }
}
