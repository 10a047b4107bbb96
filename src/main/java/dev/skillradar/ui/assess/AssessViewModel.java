package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.SkillGroup;
import dev.skillradar.catalog.WebLink;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.HostServicesOpener;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProgressWriter;
import dev.skillradar.ui.common.SaveStatus;
import dev.skillradar.ui.common.TaskExecutor;
import dev.skillradar.ui.fx.Debounce;
import dev.skillradar.ui.fx.FxDebounce;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;

/**
 * The Assess screen: every skill grouped by phase and area, the search and filters, and the
 * autosave status. Ratings and the role come from {@link AppState}; the user's changes go to the
 * {@link ProgressWriter} one skill at a time. Needs no FX toolkit (tests pass a manual {@link Debounce}).
 */
public final class AssessViewModel {
    /** The phase filter's choice for skills outside the phases (German). */
    public static final String OUTSIDE_PHASES = "outside-phases";

    private static final System.Logger LOG = System.getLogger(AssessViewModel.class.getName());

    private final AppState state;
    private final ProgressWriter writer;
    private final TaskExecutor io;
    private final HostServicesOpener opener;
    private final Messages messages;
    private final List<SkillRowViewModel> rows = new ArrayList<>();
    private final Map<String, SkillRowViewModel> rowsById = new LinkedHashMap<>();
    private final List<GroupViewModel> groups = new ArrayList<>();
    private final List<PhaseSection> sections = new ArrayList<>();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<String> phaseFilter = new SimpleObjectProperty<>(this, "phaseFilter");
    private final ObjectProperty<String> areaFilter = new SimpleObjectProperty<>(this, "areaFilter");
    private final BooleanProperty gapsOnly = new SimpleBooleanProperty(this, "gapsOnly");
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyIntegerWrapper ratedCount = new ReadOnlyIntegerWrapper(this, "ratedCount");
    /** Rows the user rated since the filters last changed stay put, so "show only gaps" never hides the row being rated. */
    private final Set<String> keptInView = new HashSet<>();
    private final ReadOnlyBooleanProperty filtersActive;
    private final ReadOnlyBooleanProperty nothingShown;
    private final ReadOnlyStringProperty ratedText;
    private final ReadOnlyStringProperty shownText;
    private final ReadOnlyStringProperty roleText;
    private final ReadOnlyStringProperty statusText;
    private final ReadOnlyBooleanProperty statusFailed;

    public AssessViewModel(AppState state, ProgressWriter writer, TaskExecutor io, HostServicesOpener opener) {
        this(state, writer, io, opener, FxDebounce::new);
    }

    AssessViewModel(AppState state, ProgressWriter writer, TaskExecutor io, HostServicesOpener opener,
                    Supplier<Debounce> debounces) {
        this.state = state;
        this.writer = writer;
        this.io = io;
        this.opener = opener;
        this.messages = state.messages();
        filtersActive = Computed.flag(this, "filtersActive", () -> currentFilter().isActive(),
                search, phaseFilter, areaFilter, gapsOnly);
        nothingShown = Computed.flag(this, "nothingShown", () -> shownCount.get() == 0, shownCount);
        ratedText = Computed.text(this, "ratedText", () -> messages.get("assess.rated", ratedCount.get(), rows.size()),
                ratedCount, messages.languageProperty());
        shownText = Computed.text(this, "shownText", () -> shownCount.get() == rows.size() ? ""
                : messages.get("assess.shown.some", shownCount.get(), rows.size()), shownCount, messages.languageProperty());
        roleText = Computed.text(this, "roleText", () -> state.role() == null ? ""
                : messages.get("assess.role", messages.of(state.role().name())), state.roleProperty(), messages.languageProperty());
        statusText = Computed.text(this, "statusText", this::describeStatus, writer.statusProperty(), messages.languageProperty());
        statusFailed = Computed.flag(this, "statusFailed", () -> writer.statusProperty().get() != null
                && writer.statusProperty().get().state() == SaveStatus.State.FAILED, writer.statusProperty());
        buildRows(state.roadmap(), debounces);
        sections.addAll(PhaseSection.build(state.roadmap(), rows, messages));
        rows.forEach(r -> {
            r.setRole(state.role());
            r.applyStored(state.ratings().get(r.id()));
            r.ratedProperty().addListener(obs -> recountRated());
        });
        recountRated();
        ChecksSync.attach(state, rowsById);

        InvalidationListener filtersChanged = obs -> {
            keptInView.clear();
            refilter();
        };
        search.addListener(filtersChanged);
        phaseFilter.addListener(filtersChanged);
        areaFilter.addListener(filtersChanged);
        gapsOnly.addListener(filtersChanged);
        state.roleProperty().addListener((obs, o, n) -> {
            rows.forEach(r -> r.setRole(n));
            keptInView.clear();
            refilter();
        });
        messages.languageProperty().addListener(obs -> refilter());
        state.ratings().addListener((MapChangeListener<String, Rating>) change -> {
            SkillRowViewModel row = rowsById.get(change.getKey());
            if (row != null) {
                row.applyStored(change.wasAdded() ? change.getValueAdded() : null);
                refilter();
            }
        });
        state.profileProperty().addListener((obs, o, n) -> {
            rows.forEach(r -> r.resync(state.ratings().get(r.id())));
            keptInView.clear();
            refilter();
        });
        writer.statusProperty().addListener((obs, o, s) -> rows.forEach(r -> r.onStatus(s, state.ratings().get(r.id()))));
        refilter();
    }

    private void buildRows(Roadmap roadmap, Supplier<Debounce> debounces) {
        Map<String, GroupViewModel> groupById = new LinkedHashMap<>();
        for (SkillGroup g : roadmap.groups()) {
            GroupViewModel vm = new GroupViewModel(g, messages);
            groupById.put(g.id(), vm);
            groups.add(vm);
        }
        for (Skill s : roadmap.skills()) {
            GroupViewModel group = s.groupId() == null ? null : groupById.get(s.groupId());
            SkillNotesViewModel notes = new SkillNotesViewModel(s.id(), messages, writer, this::open,
                    debounces.get(), debounces.get());
            SkillRowViewModel row = new SkillRowViewModel(s, roadmap, messages, writer, group, notes,
                    rated -> keptInView.add(rated.id()), debounces);
            rows.add(row);
            rowsById.put(s.id(), row);
        }
        groups.forEach(g -> g.attach(rows.stream().filter(r -> r.group() == g).toList()));
    }

    private void refilter() {
        SkillFilter filter = currentFilter();
        int count = 0;
        for (SkillRowViewModel r : rows) {
            boolean show = keptInView.contains(r.id()) || filter.test(r);
            r.setShown(show);
            count += show ? 1 : 0;
        }
        groups.forEach(g -> g.setShown(g.members().stream().anyMatch(m -> m.shownProperty().get())));
        sections.forEach(PhaseSection::updateShown);
        shownCount.set(count);
    }

    private void recountRated() {
        ratedCount.set((int) rows.stream().filter(r -> r.ratedProperty().get()).count());
    }

    private SkillFilter currentFilter() {
        return SkillFilter.of(search.get(), phaseFilter.get(), areaFilter.get(), gapsOnly.get(), messages.language());
    }

    public Messages messages() {
        return messages;
    }

    public List<PhaseSection> sections() {
        return List.copyOf(sections);
    }

    /** Every skill in catalogue order. */
    public List<SkillRowViewModel> rows() {
        return List.copyOf(rows);
    }

    public Optional<SkillRowViewModel> row(String skillId) {
        return Optional.ofNullable(rowsById.get(skillId));
    }

    public List<GroupViewModel> groups() {
        return List.copyOf(groups);
    }

    /** Words to find in skill names and descriptions (current language). */
    public StringProperty searchProperty() {
        return search;
    }

    /** A phase id, {@link #OUTSIDE_PHASES}, or null for all phases. */
    public ObjectProperty<String> phaseFilterProperty() {
        return phaseFilter;
    }

    /** An area id, or null for all areas. */
    public ObjectProperty<String> areaFilterProperty() {
        return areaFilter;
    }

    /** Show only skills below the current role's target. */
    public BooleanProperty gapsOnlyProperty() {
        return gapsOnly;
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** The search or a filter hides something, so there is something to clear. */
    public ReadOnlyBooleanProperty filtersActiveProperty() {
        return filtersActive;
    }

    /** The search and filters hide every skill (the screen then says so). */
    public ReadOnlyBooleanProperty nothingShownProperty() {
        return nothingShown;
    }

    public void clearFilters() {
        search.set("");
        phaseFilter.set(null);
        areaFilter.set(null);
        gapsOnly.set(false);
    }

    /** The phase filter's choices: null (all), the phases, and {@link #OUTSIDE_PHASES} if any skill is outside them. */
    public List<String> phaseChoices() {
        List<String> out = new ArrayList<>();
        out.add(null);
        sections.forEach(s -> out.add(s.id()));
        return out;
    }

    public List<String> areaChoices() {
        List<String> out = new ArrayList<>();
        out.add(null);
        state.roadmap().areas().forEach(a -> out.add(a.id()));
        return out;
    }

    public String phaseLabel(String choice) {
        if (choice == null) {
            return messages.get("assess.filter.allPhases");
        }
        if (OUTSIDE_PHASES.equals(choice)) {
            return messages.get("assess.phase.outside");
        }
        return state.roadmap().phase(choice).map(p -> messages.of(p.name())).orElse(choice);
    }

    public String areaLabel(String choice) {
        if (choice == null) {
            return messages.get("assess.filter.allAreas");
        }
        return state.roadmap().area(choice).map(a -> messages.of(a.name())).orElse(choice);
    }

    /** How many skills have a rating (0 included); unrated skills count as 0 for readiness all the same. */
    public ReadOnlyIntegerProperty ratedCountProperty() {
        return ratedCount.getReadOnlyProperty();
    }

    /** "12 of 33 rated": skills with a rating, 0 included. */
    public ReadOnlyStringProperty ratedTextProperty() {
        return ratedText;
    }

    /** "Showing 5 of 33 skills" while the search or a filter hides some; empty otherwise. */
    public ReadOnlyStringProperty shownTextProperty() {
        return shownText;
    }

    /** "Targets for: Junior ML Engineer". */
    public ReadOnlyStringProperty roleTextProperty() {
        return roleText;
    }

    /** The autosave status for the whole screen; a failure names the skill. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText;
    }

    public ReadOnlyBooleanProperty statusFailedProperty() {
        return statusFailed;
    }

    private String describeStatus() {
        SaveStatus s = writer.statusProperty().get();
        if (s != null && s.state() == SaveStatus.State.FAILED && s.skillId() != null && rowsById.containsKey(s.skillId())) {
            return messages.get("assess.status.failedSkill", messages.of(rowsById.get(s.skillId()).skill().name()),
                    Objects.requireNonNullElse(s.message(), "?"));
        }
        return StatusTexts.of(messages, s, true);
    }

    /** Opens a resource or evidence address in the browser, off the FX thread (a browser start may block). */
    public void open(String url) {
        if (!WebLink.isValid(url)) {
            LOG.log(System.Logger.Level.WARNING, "refused to open a link that is not http/https: {0}", url);
            return;
        }
        io.submit(() -> {
            opener.open(url);
            return null;
        }, ok -> { }, e -> LOG.log(System.Logger.Level.WARNING, "could not open " + url, e));
    }

    /** Hands typed notes and links still waiting for their quiet moment to the writer (before the window closes). */
    public void flushPendingEdits() {
        rows.forEach(r -> {
            r.notes().flush();
            r.checks().flush();
        });
    }
}
