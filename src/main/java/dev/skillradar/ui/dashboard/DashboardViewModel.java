package dev.skillradar.ui.dashboard;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.Radar;
import dev.skillradar.assessment.RadarModel;
import dev.skillradar.assessment.Readiness;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.Size;
import dev.skillradar.text.CalibrationTexts;
import dev.skillradar.text.RadarTexts;
import dev.skillradar.catalog.Market;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.WebLink;
import dev.skillradar.text.ReadinessSummary;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.DialogService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.HostServicesOpener;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state: readiness for the target role overall, per phase and per area, the most
 * important gaps with their resources and the next step, time to ready, the role's experience and
 * salary band, and the article's market context; the scoring basis to choose and which one the numbers use.
 * Follows {@link AppState} and the language live.
 */
public final class DashboardViewModel {
    /** How many gaps the dashboard lists. */
    public static final int TOP_GAPS = ReadinessSummary.TOP_GAPS;
    /** The Dashboard's radar before the control fits it to its place. */
    static final Size CHART_SIZE = new Size(400, 340);

    private final AppState state;
    private final ProfileSession session;
    private final DialogService dialogs;
    private final HostServicesOpener opener;
    private final Messages messages;
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
    private final ReadOnlyStringWrapper scoredOn = new ReadOnlyStringWrapper(this, "scoredOn");
    private final ObjectProperty<Basis> basisChoice = new SimpleObjectProperty<>(this, "basisChoice");
    private final Radar radar;
    private final ReadOnlyObjectWrapper<ChartSpec> radarSpec = new ReadOnlyObjectWrapper<>(this, "radarSpec");
    private final ObservableList<String> radarDescriptions = FXCollections.observableArrayList();
    private final ObservableList<String> facts = FXCollections.observableArrayList();
    private final ObservableList<ReadinessSummary.Bar> phases = FXCollections.observableArrayList();
    private final ObservableList<ReadinessSummary.Bar> areas = FXCollections.observableArrayList();
    private final ObservableList<ReadinessSummary.GapItem> gaps = FXCollections.observableArrayList();
    // read-only views made once: a wrapper made per call would drop its listeners when collected
    private final ObservableList<String> factsView = FXCollections.unmodifiableObservableList(facts);
    private final ObservableList<ReadinessSummary.Bar> phasesView = FXCollections.unmodifiableObservableList(phases);
    private final ObservableList<ReadinessSummary.Bar> areasView = FXCollections.unmodifiableObservableList(areas);
    private final ObservableList<ReadinessSummary.GapItem> gapsView = FXCollections.unmodifiableObservableList(gaps);

    public DashboardViewModel(AppState state, ProfileSession session, DialogService dialogs, HostServicesOpener opener) {
        this.state = state;
        this.session = session;
        this.dialogs = dialogs;
        this.opener = opener;
        this.messages = state.messages();
        this.errors = new ErrorMessages(messages);
        this.radar = new Radar(state.calculator());
        state.readinessProperty().addListener((o, a, b) -> refresh());
        state.checkedLevelsProperty().addListener((o, a, b) -> refresh());
        state.basisProperty().addListener((o, a, b) -> refresh());
        messages.languageProperty().addListener((o, a, b) -> refresh());
        basisChoice.set(state.basis());
        state.basisProperty().addListener((o, a, b) -> basisChoice.set(b));
        basisChoice.addListener((o, a, b) -> {
            if (b != null && b != state.basis()) {
                selectBasis(b);
            }
        });
        refresh();
    }

    // ---- commands

    /** Readiness follows at once; the profile's target role is saved in the background. */
    public void selectRole(Role role) {
        session.setTargetRole(role, e -> dialogs.error(messages.get("dashboard.role.failed.title"), errors.describe(e)));
    }

    /**
     * Scores the profile on {@code basis} from now on: the numbers follow at once (or once the statements are read),
     * the basis is saved in the background; on failure the choice goes back and the user is told why.
     */
    public void selectBasis(Basis basis) {
        session.setBasis(basis, e -> {
            basisChoice.set(state.basis());
            dialogs.error(messages.get("dashboard.basis.failed.title"), errors.describe(e));
        });
    }

    /** Opens a resource's web address in the browser; only ever called on a click. */
    public void openResource(ReadinessSummary.Resource resource) {
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

    /** The bases to choose from: all three, or none to choose between for a roadmap without statements. */
    public List<Basis> bases() {
        return basisSelectable() ? List.of(Basis.values()) : List.of(Basis.SELF);
    }

    /** False for a roadmap without check statements (catalogue format 1): it scores self-ratings only. */
    public boolean basisSelectable() {
        return state.checksAvailable();
    }

    /** The basis chosen in the window: follows the profile's, and choosing one scores on it ({@link #selectBasis}). */
    public ObjectProperty<Basis> basisChoiceProperty() {
        return basisChoice;
    }

    /** "Your self-ratings", "The checks you ticked", "The lower of self-rating and checks": the core's words, as a choice. */
    public String basisName(Basis basis) {
        if (basis == null) {
            return "";
        }
        return DriftViewModel.capitalised(new CalibrationTexts(messages.texts()).basis(basis), messages.texts().locale());
    }

    /** "Scored on: the lower of self-rating and checks": which basis the numbers on the Dashboard use. */
    public ReadOnlyStringProperty scoredOnProperty() {
        return scoredOn.getReadOnlyProperty();
    }

    private void refresh() {
        Readiness r = state.readiness();
        if (r == null) {
            return;
        }
        Roadmap map = state.roadmap();
        ReadinessSummary summary = new ReadinessSummary(map, r, messages.texts());
        overall.set(r.overall());
        overallText.set(summary.overall());
        overallCaption.set(summary.overallCaption());
        months.set(summary.timeToReady());
        experience.set(summary.experience());
        salary.set(summary.salary());
        targetsNote.set(summary.targetsNote());
        phases.setAll(summary.phases());
        areas.setAll(summary.areas());
        gaps.setAll(summary.topGaps(TOP_GAPS));
        nextStep.set(summary.nextStep());
        scoredOn.set(new CalibrationTexts(messages.texts()).scoredOn(state.basis()));
        RadarModel model = RadarModel.of(radar, r.role(), state.scoredLevels(), null, null);
        RadarTexts words = new RadarTexts(messages.texts());
        radarSpec.set(words.spec(model, null, null, CHART_SIZE, 11)); // the smallest label size: the card is small
        radarDescriptions.setAll(model.axes().stream().map(row -> words.describe(model, row, null)).toList());
        Market m = map.market();
        employersNote.set(messages.of(m.employersNote()));
        facts.setAll(m.facts().stream().map(messages::of).toList());
        languageNote.set(messages.of(m.languageNote()));
        source.set(summary.source());
        estimatesNote.set(messages.of(map.source().estimatesNote()));
    }

    /** The radar of the learner's levels against the role's targets (no comparison: that is the Radar screen's). */
    public ReadOnlyObjectProperty<ChartSpec> radarSpecProperty() {
        return radarSpec.getReadOnlyProperty();
    }

    /** Per radar axis: its name and both values, for tooltips and screen readers. */
    public ObservableList<String> radarDescriptions() {
        return radarDescriptions;
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

    public ObservableList<ReadinessSummary.Bar> phases() {
        return phasesView;
    }

    public ObservableList<ReadinessSummary.Bar> areas() {
        return areasView;
    }

    public ObservableList<ReadinessSummary.GapItem> gaps() {
        return gapsView;
    }
}
