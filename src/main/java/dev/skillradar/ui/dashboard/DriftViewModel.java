package dev.skillradar.ui.dashboard;

import dev.skillradar.app.ProfileHistory;
import dev.skillradar.assessment.Drift;
import dev.skillradar.assessment.DriftTrend;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TrendPeriod;
import dev.skillradar.catalog.Area;
import dev.skillradar.chart.TrendSpec;
import dev.skillradar.text.CalibrationTexts;
import dev.skillradar.text.Texts;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.TaskExecutor;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;

/**
 * The Dashboard's drift card: how far the self-ratings drift from the checks now, overall and per area ({@link Drift}:
 * the mean of self-rating − check-based level over the rated skills with a ticked statement; positive =
 * over-confident), worded as the command line and the report word it ({@link CalibrationTexts}); and the overall drift
 * over time, one point per week with a change ({@link DriftTrend}, read on the I/O executor). The drift now follows
 * ratings, ticks and the statements live; the trend is read from {@link #start} on (after the first frame), and again
 * whenever storage changed.
 */
public final class DriftViewModel {
    /** One point per week with a change: ticking happens in bursts, and a month would hide them. */
    static final TrendPeriod PERIOD = TrendPeriod.WEEK;

    /** What the card shows. */
    public enum Status {
        /** The roadmap has no check statements (catalogue format 1): no card. */
        NO_CHECKS,
        /** Ticks are there but the statements are still being read (just after start). */
        READING,
        /** No rated skill has a ticked statement yet: a pointer to "Check yourself". */
        NONE,
        /** The drift overall and per area. */
        SHOWN
    }

    /** How far an area (or the whole) drifts; {@code NONE} where no skill counts. */
    public enum Sign { OVER, UNDER, EVEN, NONE }

    /** One area's line, worded: name, "+0.50" or "–", "2 skills", and all of it for a screen reader. */
    public record AreaRow(String id, String name, String value, String skills, Sign sign, String description) {
    }

    private final AppState state;
    private final ProfileHistory history;
    private final TaskExecutor io;
    private final ZoneId zone;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);
    private final ReadOnlyObjectWrapper<Drift> drift = new ReadOnlyObjectWrapper<>(this, "drift");
    private final ReadOnlyStringWrapper overall = new ReadOnlyStringWrapper(this, "overall", "");
    private final ReadOnlyStringWrapper meaning = new ReadOnlyStringWrapper(this, "meaning", "");
    private final ReadOnlyObjectWrapper<Sign> overallSign = new ReadOnlyObjectWrapper<>(this, "overallSign", Sign.NONE);
    private final ReadOnlyStringWrapper counted = new ReadOnlyStringWrapper(this, "counted", "");
    private final ReadOnlyStringWrapper none = new ReadOnlyStringWrapper(this, "none", "");
    private final ObservableList<AreaRow> areas = FXCollections.observableArrayList();
    private final ObservableList<AreaRow> areasView = FXCollections.unmodifiableObservableList(areas);
    private final ReadOnlyObjectWrapper<TrendSpec> trendSpec = new ReadOnlyObjectWrapper<>(this, "trendSpec");
    private final ReadOnlyStringWrapper trendSummary = new ReadOnlyStringWrapper(this, "trendSummary", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final List<String> pointTexts = new ArrayList<>();

    private List<DriftTrend.Point> points = List.of();
    private boolean started;
    private boolean reloadWanted;

    public DriftViewModel(AppState state, ProfileHistory history, TaskExecutor io, ZoneId zone) {
        this.state = state;
        this.history = history;
        this.io = io;
        this.zone = zone;
        this.messages = state.messages();
        state.ratings().addListener((MapChangeListener<String, Rating>) c -> refresh());
        state.ticks().addListener((MapChangeListener<String, Tick>) c -> refresh());
        state.checkedLevelsProperty().addListener((o, a, b) -> refresh());
        state.checksProperty().addListener((o, a, b) -> refresh());
        state.storageProperty().addListener((o, a, b) -> reload());
        messages.languageProperty().addListener((o, a, b) -> {
            refresh();
            showTrend();
        });
        refresh();
    }

    // ---- commands

    /** Reads the trend for the first time and follows storage from then on; called once the first frame is out. */
    public void start() {
        if (!started) {
            started = true;
            showTrend();
            reload();
        }
    }

    /** Reads the trend again, one read at a time (a change during a read asks for one more). */
    public void reload() {
        Profile p = state.profile();
        if (!started || p == null || !state.checksAvailable()) {
            return;
        }
        if (loading.get()) {
            reloadWanted = true;
            return;
        }
        loading.set(true);
        io.submit(() -> history.driftTrend(p.id(), PERIOD, zone), read -> {
            loading.set(false);
            if (state.profile() != null && state.profile().id() == p.id()) { // else: a switch asked for another read
                points = DriftChart.withDrift(read);
                showTrend();
            }
            again();
        }, e -> {
            loading.set(false); // a broken checks file: the window has said so once already; the line stays empty
            points = List.of();
            showTrend();
            again();
        });
    }

    private void again() {
        if (reloadWanted) {
            reloadWanted = false;
            reload();
        }
    }

    // ---- state

    private void refresh() {
        if (!state.checksAvailable()) {
            status.set(Status.NO_CHECKS);
            return;
        }
        Texts texts = messages.texts();
        CalibrationTexts words = new CalibrationTexts(texts);
        Drift now = Drift.of(state.roadmap(), state.levels(), state.checkedLevels());
        drift.set(now);
        boolean reading = state.checks() == null && !state.ticks().isEmpty();
        status.set(reading ? Status.READING : now.overall() == null ? Status.NONE : Status.SHOWN);
        overall.set(words.drift(now.overall()));
        meaning.set(words.meaning(now.overall()));
        overallSign.set(sign(now.overall(), words));
        counted.set(messages.get("dashboard.drift.skills", now.skills().size()));
        none.set(capitalised(messages.get("report.calibration.overallNone"), texts.locale()));
        List<AreaRow> rows = new ArrayList<>();
        for (Drift.AreaDrift a : now.areas()) {
            String name = state.roadmap().area(a.areaId()).map(Area::name).map(messages::of).orElse(a.areaId());
            String value = a.drift() == null ? "–" : words.signed(a.drift());
            String skills = messages.get("dashboard.drift.count", a.skills());
            String description = a.drift() == null ? messages.get("dashboard.drift.area.none", name)
                    : messages.get("dashboard.drift.area", name, words.drift(a.drift()), words.meaning(a.drift()), skills);
            rows.add(new AreaRow(a.areaId(), name, value, skills, sign(a.drift(), words), description));
        }
        if (!rows.equals(areas)) {
            areas.setAll(rows);
        }
    }

    /** The core's words as the start of a line ("none yet: …" becomes "None yet: …"). */
    static String capitalised(String words, java.util.Locale locale) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(locale) + words.substring(1);
    }

    private static Sign sign(Double drift, CalibrationTexts words) {
        if (drift == null) {
            return Sign.NONE;
        }
        int sign = words.shownSign(drift); // the sign the reader sees: +0.004 reads as 0.00, even
        return sign > 0 ? Sign.OVER : sign < 0 ? Sign.UNDER : Sign.EVEN;
    }

    private void showTrend() {
        Texts texts = messages.texts();
        trendSpec.set(DriftChart.spec(points, texts, messages.get("report.calibration.overall"),
                messages.get("dashboard.drift.trend.empty"), zone));
        pointTexts.clear();
        points.forEach(p -> pointTexts.add(DriftChart.describe(p, texts, zone)));
        CalibrationTexts words = new CalibrationTexts(texts);
        if (points.isEmpty()) {
            trendSummary.set(messages.get("dashboard.drift.trend.empty"));
        } else {
            DriftTrend.Point first = points.get(0);
            DriftTrend.Point last = points.get(points.size() - 1);
            trendSummary.set(points.size() == 1
                    ? messages.get("dashboard.drift.trend.one", words.drift(last.drift().overall()),
                    texts.formats().longDate(last.lastChange(), zone))
                    : messages.get("dashboard.drift.trend.summary", words.drift(first.drift().overall()),
                    texts.formats().longDate(first.lastChange(), zone), words.drift(last.drift().overall()),
                    texts.formats().longDate(last.lastChange(), zone)));
        }
    }

    /** False for a roadmap without check statements: the card is not shown at all. */
    public boolean available() {
        return state.checksAvailable();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The drift now, as {@link Drift#of} computes it from the shown ratings and check-based levels. */
    public ReadOnlyObjectProperty<Drift> driftProperty() {
        return drift.getReadOnlyProperty();
    }

    /** "+0.50 levels", or "none". */
    public ReadOnlyStringProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    /** "rated higher than the checks show", lower, "as the checks show"; empty for none. */
    public ReadOnlyStringProperty meaningProperty() {
        return meaning.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Sign> overallSignProperty() {
        return overallSign.getReadOnlyProperty();
    }

    /** "over 5 skills": how many rated skills with a ticked statement the overall drift is the mean of. */
    public ReadOnlyStringProperty countedProperty() {
        return counted.getReadOnlyProperty();
    }

    /** "None yet: no rated skill has a ticked statement", the report's words. */
    public ReadOnlyStringProperty noneProperty() {
        return none.getReadOnlyProperty();
    }

    /** Every area of the catalogue in its order. */
    public ObservableList<AreaRow> areas() {
        return areasView;
    }

    /** The overall drift over time, for the line chart; empty (with its message) until read or without points. */
    public ReadOnlyObjectProperty<TrendSpec> trendSpecProperty() {
        return trendSpec.getReadOnlyProperty();
    }

    /** The trend in one sentence, for screen readers. */
    public ReadOnlyStringProperty trendSummaryProperty() {
        return trendSummary.getReadOnlyProperty();
    }

    /** The tooltip of the chart's point {@code index}. */
    public String describePoint(int index) {
        return index >= 0 && index < pointTexts.size() ? pointTexts.get(index) : "";
    }

    /** The trend's points with a drift, oldest first, as last read. */
    public List<DriftTrend.Point> points() {
        return points;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
