package dev.skillradar.ui.radar;

import dev.skillradar.app.ProfileHistory;
import dev.skillradar.app.RadarExport;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.MomentException;
import dev.skillradar.assessment.Moments;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Radar;
import dev.skillradar.assessment.RadarModel;
import dev.skillradar.assessment.TalkingPoint;
import dev.skillradar.catalog.Role;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.Size;
import dev.skillradar.text.CalibrationTexts;
import dev.skillradar.text.RadarTexts;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.Comparison;
import dev.skillradar.ui.common.DialogService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Radar screen's state: the chart of the learner's levels (scored on the profile's basis) against a role's targets (the areas, or one area's
 * skills when drilled in), an optional comparison (a past date, another profile), the table of the same numbers
 * sorted by gap, the points to talk about with a mentor, and Export PNG…. Follows the ratings, the language and
 * the shared comparison live; comparison data is read on the I/O executor.
 */
public final class RadarViewModel {
    /** The chart's size in the window before the control fits it (the layout is redone at the real size). */
    static final Size WINDOW_SIZE = new Size(600, 600);

    /** One row of the table beside the chart, worded. */
    public record Row(String id, String name, String current, String target, String compare, String gap,
                      boolean missing, String description) {
    }

    private final AppState state;
    private final ProfileHistory history;
    private final RadarExport export;
    private final TaskExecutor io;
    private final DialogService dialogs;
    private final Clock clock;
    private final ZoneId zone;
    private final BooleanSupplier dark;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Radar radar;

    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ReadOnlyObjectWrapper<String> area = new ReadOnlyObjectWrapper<>(this, "area");
    private final ReadOnlyObjectWrapper<ChartSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<RadarModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper tableCaption = new ReadOnlyStringWrapper(this, "tableCaption");
    private final ReadOnlyStringWrapper compareHeader = new ReadOnlyStringWrapper(this, "compareHeader");
    private final ReadOnlyStringWrapper comparisonText = new ReadOnlyStringWrapper(this, "comparisonText");
    private final ReadOnlyStringWrapper scoredOn = new ReadOnlyStringWrapper(this, "scoredOn");
    private final ReadOnlyBooleanWrapper drilledIn = new ReadOnlyBooleanWrapper(this, "drilledIn");
    private final ReadOnlyBooleanWrapper compared = new ReadOnlyBooleanWrapper(this, "compared");
    private final ObservableList<Row> table = FXCollections.observableArrayList();
    private final ObservableList<String> descriptions = FXCollections.observableArrayList();
    private final ObservableList<String> talkingPoints = FXCollections.observableArrayList();
    private final ObservableList<Row> tableView = FXCollections.unmodifiableObservableList(table);
    private final ObservableList<String> descriptionsView = FXCollections.unmodifiableObservableList(descriptions);
    private final ObservableList<String> talkingPointsView = FXCollections.unmodifiableObservableList(talkingPoints);

    /** Levels of the comparison now shown, and what they belong to (null: none loaded). */
    private Map<String, Integer> compareLevels;
    private RadarTexts.Compared compareWhat;
    private long loads;

    public RadarViewModel(AppState state, ProfileHistory history, RadarExport export, TaskExecutor io,
                          DialogService dialogs, Clock clock, ZoneId zone, BooleanSupplier dark) {
        this.state = state;
        this.history = history;
        this.export = export;
        this.io = io;
        this.dialogs = dialogs;
        this.clock = clock;
        this.zone = zone;
        this.dark = dark;
        this.messages = state.messages();
        this.errors = new ErrorMessages(messages);
        this.radar = new Radar(state.calculator());
        role.set(state.role());
        state.roleProperty().addListener((o, a, b) -> role.set(b));
        role.addListener((o, a, b) -> refresh());
        area.addListener((o, a, b) -> refresh());
        state.readinessProperty().addListener((o, a, b) -> refresh());
        state.checkedLevelsProperty().addListener((o, a, b) -> refresh());
        messages.languageProperty().addListener((o, a, b) -> refresh());
        state.comparisonProperty().addListener((o, a, b) -> loadComparison(b));
        // a past date is replayed on the basis too
        state.basisProperty().addListener((o, a, b) -> loadComparison(state.comparisonProperty().get()));
        state.profileProperty().addListener((o, a, b) -> loadComparison(state.comparisonProperty().get()));
        loadComparison(state.comparisonProperty().get());
    }

    // ---- commands

    /** Shows the skills of one area as axes; an unknown id or one of a unit (already drilled in) is ignored. */
    public void drillInto(String axisId) {
        if (area.get() == null && state.roadmap().area(axisId).isPresent()) {
            area.set(axisId);
        }
    }

    /** Back from an area to the areas. */
    public void back() {
        area.set(null);
    }

    public void compareWithNothing() {
        state.comparisonProperty().set(Comparison.NONE);
    }

    /** The shown profile as it was up to the end of {@code day}; a day in the future is refused with a message. */
    public void compareWithDate(java.time.LocalDate day) {
        if (day == null) {
            return;
        }
        try {
            Moments.ofDate(day, zone, clock);
        } catch (MomentException e) {
            dialogs.error(messages.get("radar.compare.failed.title"), messages.get("radar.compare.future",
                    state.messages().texts().formats().longDate(day)));
            return;
        }
        state.comparisonProperty().set(new Comparison.AtDate(day));
    }

    public void compareWithProfile(Profile other) {
        if (other != null) {
            state.comparisonProperty().set(new Comparison.OfProfile(other));
        }
    }

    /** Asks where to save and writes the chart as shown (areas or area, comparison, language) as a PNG. */
    public void exportPng() {
        RadarModel m = model.get();
        if (m == null) {
            return;
        }
        List<DialogService.FileFilter> filters = List.of(new DialogService.FileFilter(messages.get("radar.export.type"),
                List.of("*.png")));
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("radar.export.title"), "skillradar-radar.png", filters);
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get().getFileName().toString().contains(".") ? file.get()
                : file.get().resolveSibling(file.get().getFileName() + ".png");
        RadarTexts texts = new RadarTexts(messages.texts());
        RadarTexts.Compared what = compareWhat;
        String chartTitle = title.get();
        boolean darkColours = dark.getAsBoolean();
        io.submit(() -> {
            byte[] png = export.png(m, texts, what, chartTitle, RadarExport.DEFAULT_SIDE, RadarExport.DEFAULT_SIDE,
                    darkColours);
            export.write(target, png);
            return target;
        }, t -> dialogs.inform(messages.get("radar.export.title"), messages.get("radar.export.done", t)),
                e -> dialogs.error(messages.get("radar.export.failed.title"), errors.describe(e)));
    }

    // ---- state

    public List<Role> roles() {
        return state.roadmap().roles();
    }

    /** The profiles the radar can compare with: every other profile of this data folder. */
    public List<Profile> comparableProfiles(List<Profile> all) {
        Profile shown = state.profile();
        return all.stream().filter(p -> shown == null || p.id() != shown.id()).toList();
    }

    private void loadComparison(Comparison c) {
        long load = ++loads;
        Profile shown = state.profile();
        if (c instanceof Comparison.None || shown == null) {
            compareLevels = null;
            compareWhat = null;
            refresh();
            return;
        }
        Basis basis = state.basis();
        io.submit(() -> {
            if (c instanceof Comparison.AtDate d) {
                Instant at = Moments.ofDate(d.day(), zone, clock);
                return new Loaded(history.scoredLevelsAt(shown.id(), basis, at), new RadarTexts.AtMoment(at, zone));
            }
            Profile other = ((Comparison.OfProfile) c).profile();
            return new Loaded(history.levels(other.id()), new RadarTexts.OtherProfile(other.name()));
        }, loaded -> {
            if (load == loads) {
                compareLevels = loaded.levels();
                compareWhat = loaded.what();
                refresh();
            }
        }, e -> {
            if (load == loads) {
                state.comparisonProperty().set(Comparison.NONE);
                dialogs.error(messages.get("radar.compare.failed.title"), errors.describe(e));
            }
        });
    }

    private record Loaded(Map<String, Integer> levels, RadarTexts.Compared what) {
    }

    private void refresh() {
        Role r = role.get();
        if (r == null) {
            return;
        }
        Map<String, Integer> current = state.scoredLevels();
        RadarModel m = RadarModel.of(radar, r, current, compareLevels, area.get());
        RadarTexts texts = new RadarTexts(messages.texts());
        String areaName = area.get() == null ? null
                : state.roadmap().area(area.get()).map(a -> messages.of(a.name())).orElse(area.get());
        model.set(m);
        drilledIn.set(m.drilledIn());
        compared.set(m.compared());
        title.set(texts.title(m, areaName));
        scoredOn.set(new CalibrationTexts(messages.texts()).scoredOn(state.basis()));
        spec.set(texts.spec(m, compareWhat, null, WINDOW_SIZE, 13));
        comparisonText.set(compareWhat == null ? messages.get("radar.compare.none")
                : messages.get("radar.compare.shown", texts.compareLabel(compareWhat)));
        compareHeader.set(compareWhat == null ? "" : texts.compareLabel(compareWhat));
        tableCaption.set(messages.get(m.drilledIn() ? "radar.table.caption.skills" : "radar.table.caption.areas"));
        boolean mean = !m.drilledIn();
        List<String> d = new ArrayList<>();
        for (RadarModel.Row row : m.axes()) {
            d.add(texts.describe(m, row, compareWhat));
        }
        descriptions.setAll(d);
        List<Row> rows = new ArrayList<>();
        for (RadarModel.Row row : m.table(radar, current)) {
            rows.add(new Row(row.id(), texts.axisName(row), texts.value(row.current(), mean), texts.value(row.target(), mean),
                    compareWhat == null ? "" : texts.value(row.compare(), mean),
                    row.gap() == null ? "–" : texts.value(row.gap(), mean), row.current() == null,
                    texts.describe(m, row, compareWhat)));
        }
        table.setAll(rows);
        List<String> points = new ArrayList<>();
        if (compareWhat instanceof RadarTexts.OtherProfile other && compareLevels != null) {
            for (TalkingPoint p : radar.pointsToTalkAbout(current, compareLevels)) {
                points.add(messages.get("radar.talk.point", messages.of(p.unit().name()), p.learner(), other.name(),
                        p.other()));
            }
        }
        talkingPoints.setAll(points);
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** The comparison the screens share. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return state.comparisonProperty();
    }

    /** The area drilled into, or null for the areas. */
    public ReadOnlyObjectProperty<String> areaProperty() {
        return area.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RadarModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** How the table's values are computed (the mean rule), in words. */
    public ReadOnlyStringProperty tableCaptionProperty() {
        return tableCaption.getReadOnlyProperty();
    }

    /** The comparison column's heading ("1 March 2026", "Anna (anna.json)"), or empty. */
    public ReadOnlyStringProperty compareHeaderProperty() {
        return compareHeader.getReadOnlyProperty();
    }

    /** "Compared with 1 March 2026", or "No comparison". */
    public ReadOnlyStringProperty comparisonTextProperty() {
        return comparisonText.getReadOnlyProperty();
    }

    /** "Scored on: the lower of self-rating and checks": the profile's basis, which "You" and a past date are scored on. */
    public ReadOnlyStringProperty scoredOnProperty() {
        return scoredOn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty drilledInProperty() {
        return drilledIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    /** The table rows: missing values last, the rest by the Dashboard's priority. */
    public ObservableList<Row> table() {
        return tableView;
    }

    /** Per axis, in axis order: its name and every series' value, for tooltips and screen readers. */
    public ObservableList<String> descriptions() {
        return descriptionsView;
    }

    /** With another profile compared: the skills rated on both sides that differ by 2 levels or more. */
    public ObservableList<String> talkingPoints() {
        return talkingPointsView;
    }
}
