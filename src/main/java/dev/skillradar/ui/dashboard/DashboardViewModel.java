package dev.skillradar.ui.dashboard;

import dev.skillradar.assessment.Readiness;
import dev.skillradar.assessment.ScoredUnit;
import dev.skillradar.catalog.Level;
import dev.skillradar.catalog.Market;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Scale;
import dev.skillradar.catalog.WebLink;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.DialogService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.Formats;
import dev.skillradar.ui.common.HostServicesOpener;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state: readiness for the target role overall, per phase and per area, the most
 * important gaps with their resources and the next step, time to ready, the role's experience and
 * salary band, and the article's market context. Follows {@link AppState} and the language live.
 */
public final class DashboardViewModel {
    /** How many gaps the dashboard lists. */
    public static final int TOP_GAPS = 5;

    private final AppState state;
    private final ProfileSession session;
    private final DialogService dialogs;
    private final HostServicesOpener opener;
    private final Messages messages;
    private final Formats formats;
    private final ErrorMessages errors;

    private final ReadOnlyObjectWrapper<Double> overall = new ReadOnlyObjectWrapper<>(this, "overall");
    private final ReadOnlyStringWrapper overallText = new ReadOnlyStringWrapper(this, "overallText");
    private final ReadOnlyStringWrapper overallCaption = new ReadOnlyStringWrapper(this, "overallCaption");
    private final ReadOnlyStringWrapper nextStep = new ReadOnlyStringWrapper(this, "nextStep");
    private final ReadOnlyStringWrapper months = new ReadOnlyStringWrapper(this, "months");
    private final ReadOnlyStringWrapper experience = new ReadOnlyStringWrapper(this, "experience");
    private final ReadOnlyStringWrapper salary = new ReadOnlyStringWrapper(this, "salary");
    private final ReadOnlyStringWrapper targetsNote = new ReadOnlyStringWrapper(this, "targetsNote");
    private final ReadOnlyStringWrapper employersNote = new ReadOnlyStringWrapper(this, "employersNote");
    private final ReadOnlyStringWrapper languageNote = new ReadOnlyStringWrapper(this, "languageNote");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source");
    private final ReadOnlyStringWrapper estimatesNote = new ReadOnlyStringWrapper(this, "estimatesNote");
    private final ObservableList<String> facts = FXCollections.observableArrayList();
    private final ObservableList<DashboardItems.Bar> phases = FXCollections.observableArrayList();
    private final ObservableList<DashboardItems.Bar> areas = FXCollections.observableArrayList();
    private final ObservableList<DashboardItems.Gap> gaps = FXCollections.observableArrayList();
    // read-only views made once: a wrapper made per call would drop its listeners when collected
    private final ObservableList<String> factsView = FXCollections.unmodifiableObservableList(facts);
    private final ObservableList<DashboardItems.Bar> phasesView = FXCollections.unmodifiableObservableList(phases);
    private final ObservableList<DashboardItems.Bar> areasView = FXCollections.unmodifiableObservableList(areas);
    private final ObservableList<DashboardItems.Gap> gapsView = FXCollections.unmodifiableObservableList(gaps);

    public DashboardViewModel(AppState state, ProfileSession session, DialogService dialogs, HostServicesOpener opener) {
        this.state = state;
        this.session = session;
        this.dialogs = dialogs;
        this.opener = opener;
        this.messages = state.messages();
        this.formats = new Formats(messages);
        this.errors = new ErrorMessages(messages);
        state.readinessProperty().addListener((o, a, b) -> refresh());
        messages.languageProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    // ---- commands

    /** Readiness follows at once; the profile's target role is saved in the background. */
    public void selectRole(Role role) {
        session.setTargetRole(role, e -> dialogs.error(messages.get("dashboard.role.failed.title"), errors.describe(e)));
    }

    /** Opens a resource's web address in the browser; only ever called on a click. */
    public void openResource(DashboardItems.Resource resource) {
        if (resource.url() != null && WebLink.isValid(resource.url())) {
            opener.open(resource.url());
        }
    }

    // ---- state

    public List<Role> roles() {
        return state.roadmap().roles();
    }

    public ReadOnlyObjectProperty<Role> roleProperty() {
        return state.roleProperty();
    }

    public String roleName(Role role) {
        return role == null ? "" : messages.of(role.name());
    }

    private void refresh() {
        Readiness r = state.readiness();
        if (r == null) {
            return;
        }
        Roadmap map = state.roadmap();
        Role role = r.role();
        overall.set(r.overall());
        overallText.set(formats.percent(r.overall()));
        overallCaption.set(messages.get("dashboard.overall.caption", messages.of(role.name())));
        months.set(formats.months(r.monthsToReady()));
        experience.set(formats.experience(role));
        salary.set(formats.salary(role));
        targetsNote.set(messages.of(role.targetsNote()));
        List<DashboardItems.Bar> p = new ArrayList<>();
        map.phases().forEach(ph -> p.add(new DashboardItems.Bar(ph.id(), messages.of(ph.name()), r.byPhase().get(ph.id()),
                formats.percent(r.byPhase().get(ph.id())),
                messages.get("dashboard.phase.duration", ph.monthsMin(), ph.monthsMax()))));
        phases.setAll(p);
        List<DashboardItems.Bar> a = new ArrayList<>();
        map.areas().forEach(ar -> a.add(new DashboardItems.Bar(ar.id(), messages.of(ar.name()), r.byArea().get(ar.id()),
                formats.percent(r.byArea().get(ar.id())), null)));
        areas.setAll(a);
        List<DashboardItems.Gap> g = new ArrayList<>();
        r.gaps().stream().limit(TOP_GAPS).forEach(gap -> g.add(gapItem(gap)));
        gaps.setAll(g);
        if (r.gaps().isEmpty()) {
            nextStep.set(messages.get("dashboard.nextStep.none", messages.of(role.name())));
        } else {
            dev.skillradar.assessment.Gap first = r.gaps().get(0);
            nextStep.set(messages.get("dashboard.nextStep", messages.of(first.unit().name()),
                    levelName(first.unit(), first.current()), levelName(first.unit(), first.target())));
        }
        Market m = map.market();
        employersNote.set(messages.of(m.employersNote()));
        facts.setAll(m.facts().stream().map(messages::of).toList());
        languageNote.set(messages.of(m.languageNote()));
        source.set(messages.get("dashboard.source", messages.of(map.source().citation())));
        estimatesNote.set(messages.of(map.source().estimatesNote()));
    }

    private DashboardItems.Gap gapItem(dev.skillradar.assessment.Gap gap) {
        ScoredUnit u = gap.unit();
        String levels = messages.get("dashboard.gap.levels", levelName(u, gap.current()), levelName(u, gap.target()));
        String demand = messages.get(u.estimated() ? "dashboard.gap.demand.estimate" : "dashboard.gap.demand.article",
                (int) Math.round(u.weight() * 100));
        List<DashboardItems.Resource> res = gap.resources().stream()
                .map(x -> new DashboardItems.Resource(messages.of(x.name()), messages.of(x.note()), x.url(), x.urlIsAppAddition()))
                .toList();
        return new DashboardItems.Gap(u.id(), messages.of(u.name()), levels, demand, res);
    }

    /** "3 (Independent)": the level number with its name on the unit's scale. */
    private String levelName(ScoredUnit unit, int value) {
        Scale scale = unit.members().get(0).scale();
        Level level = state.roadmap().level(scale, value);
        return messages.get("dashboard.level", value, messages.of(level.name()));
    }

    public ReadOnlyObjectProperty<Double> overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overallTextProperty() {
        return overallText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overallCaptionProperty() {
        return overallCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextStepProperty() {
        return nextStep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthsProperty() {
        return months.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty experienceProperty() {
        return experience.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty salaryProperty() {
        return salary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetsNoteProperty() {
        return targetsNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty employersNoteProperty() {
        return employersNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty languageNoteProperty() {
        return languageNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty estimatesNoteProperty() {
        return estimatesNote.getReadOnlyProperty();
    }

    public ObservableList<String> facts() {
        return factsView;
    }

    public ObservableList<DashboardItems.Bar> phases() {
        return phasesView;
    }

    public ObservableList<DashboardItems.Bar> areas() {
        return areasView;
    }

    public ObservableList<DashboardItems.Gap> gaps() {
        return gapsView;
    }
}
