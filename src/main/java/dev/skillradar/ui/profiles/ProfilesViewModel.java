package dev.skillradar.ui.profiles;

import dev.skillradar.app.ProfileTransfer;
import dev.skillradar.app.Profiles;
import dev.skillradar.assessment.Profile;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.Comparison;
import dev.skillradar.ui.common.DialogService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Local profiles: create, rename, switch, delete (after confirmation), export to and import from a
 * profile file (asking before an import replaces ratings). Storage work runs on the I/O executor;
 * failures are shown as one clear sentence and change nothing.
 */
public final class ProfilesViewModel {
    private final ProfileSession session;
    private final AppState state;
    private final Profiles store;
    private final ProfileTransfer transfer;
    private final TaskExecutor io;
    private final DialogService dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final BooleanBinding canDelete;
    private final ObservableList<Profile> own;
    private final ObservableList<Profile> comparisons;
    private Runnable showRadar = () -> { };

    public ProfilesViewModel(ProfileSession session, Profiles store, ProfileTransfer transfer, TaskExecutor io,
                             DialogService dialogs) {
        this.session = session;
        this.state = session.state();
        this.store = store;
        this.transfer = transfer;
        this.io = io;
        this.dialogs = dialogs;
        this.messages = state.messages();
        this.errors = new ErrorMessages(messages);
        this.own = new FilteredList<>(session.profiles(), p -> !p.comparison());
        this.comparisons = new FilteredList<>(session.profiles(), Profile::comparison);
        this.canDelete = Bindings.size(own).greaterThan(1);
    }

    /** Who shows the Radar screen (after a comparison is chosen); the window sets it. */
    public void setShowRadar(Runnable showRadar) {
        this.showRadar = showRadar;
    }

    /** One's own profiles, the ones to switch to. */
    public ObservableList<Profile> profiles() {
        return own;
    }

    /** Comparison profiles (someone else's view, imported from a file), listed apart and never switched to. */
    public ObservableList<Profile> comparisons() {
        return comparisons;
    }

    /** Shows the radar with this profile as the comparison. */
    public void compareWith(Profile other) {
        state.comparisonProperty().set(new Comparison.OfProfile(other));
        showRadar.run();
    }

    /**
     * Imports a mentor's export as the comparison profile "Name (file.json)" (the same file again replaces it),
     * then shows it on the radar. Nothing of one's own profiles changes.
     */
    public void compareWithFile() {
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("profile.compare.title"), filters());
        if (file.isEmpty()) {
            return;
        }
        Path source = file.get();
        io.submit(() -> transfer.importComparison(source), imported -> session.reload(() -> {
            compareWith(imported.profile());
            dialogs.inform(messages.get("profile.compare.title"),
                    messages.get("profile.compare.done", imported.profile().name(), imported.ratings()));
        }, this::failed), e -> dialogs.error(messages.get("profile.compare.failed.title"),
                messages.get("profile.import.failed", source, errors.describe(e))));
    }

    public ReadOnlyObjectProperty<Profile> currentProperty() {
        return state.profileProperty();
    }

    /** The last profile cannot be deleted: the window always shows one. */
    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    /** Why a name cannot be used, or empty. {@code exceptId}: the profile being renamed. */
    public Optional<String> nameProblem(String name, long exceptId) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of(messages.get("profile.name.empty"));
        }
        if (n.codePointCount(0, n.length()) > Profile.MAX_NAME_LENGTH) {
            return Optional.of(messages.get("profile.name.tooLong", Profile.MAX_NAME_LENGTH));
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(messages.get("profile.name.control"));
        }
        String lower = n.toLowerCase(Locale.ROOT);
        boolean taken = session.profiles().stream()
                .anyMatch(p -> p.id() != exceptId && p.name().toLowerCase(Locale.ROOT).equals(lower));
        return taken ? Optional.of(messages.get("profile.name.taken", n)) : Optional.empty();
    }

    public void create() {
        String role = state.role() == null ? state.roadmap().defaultRole().id() : state.role().id();
        dialogs.askText(messages.get("profile.new.title"), messages.get("profile.new.prompt"), "",
                n -> nameProblem(n, -1)).ifPresent(name ->
                io.submit(() -> store.create(name, role), this::switchTo, this::failed));
    }

    public void renameCurrent() {
        Profile p = state.profile();
        if (p == null) {
            return;
        }
        dialogs.askText(messages.get("profile.rename.title"), messages.get("profile.rename.prompt", p.name()), p.name(),
                n -> nameProblem(n, p.id())).ifPresent(name -> io.submit(() -> {
                    store.rename(p.id(), name);
                    return name;
                }, done -> session.reload(() -> { }, this::failed), this::failed));
    }

    public void switchTo(Profile profile) {
        if (profile == null || (state.profile() != null && state.profile().id() == profile.id()
                && profile.equals(state.profile()))) {
            return;
        }
        session.switchTo(profile, () -> { }, this::failed);
    }

    public void deleteCurrent() {
        Profile p = state.profile();
        if (p == null || !canDelete.get()) {
            return;
        }
        if (!dialogs.confirm(messages.get("profile.delete.title"), messages.get("profile.delete.confirm", p.name()),
                messages.get("profile.delete.action"))) {
            return;
        }
        String role = state.roadmap().defaultRole().id();
        io.submit(() -> store.delete(p.id(), role), this::switchToAfterDelete, this::failed);
    }

    private void switchToAfterDelete(Profile next) {
        session.switchTo(next, () -> { }, this::failed);
    }

    public void exportCurrent() {
        Profile p = state.profile();
        if (p == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("profile.export.title"), fileName(p.name()), filters());
        if (file.isEmpty()) {
            return;
        }
        Path target = withExtension(file.get());
        io.submit(() -> transfer.export(p.id(), target).file(),
                t -> dialogs.inform(messages.get("profile.export.title"), messages.get("profile.export.done", p.name(), t)),
                this::failed);
    }

    /** Reads and checks the whole file first; asks before replacing ratings; changes nothing on a problem. */
    public void importFile() {
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("profile.import.title"), filters());
        if (file.isEmpty()) {
            return;
        }
        Path source = file.get();
        io.submit(() -> transfer.plan(source, null), this::confirmImport,
                e -> dialogs.error(messages.get("profile.import.failed.title"),
                        messages.get("profile.import.failed", source, errors.describe(e))));
    }

    private void confirmImport(ProfileTransfer.Plan p) {
        if (p.targetHasRatings() && !dialogs.confirm(messages.get("profile.import.title"),
                messages.get("profile.import.replace", p.targetName()), messages.get("profile.import.replace.action"))) {
            return;
        }
        io.submit(() -> transfer.run(p, p.targetHasRatings()), imported -> {
            session.switchTo(imported.profile(), () -> { }, this::failed);
            dialogs.inform(messages.get("profile.import.title"),
                    messages.get("profile.import.done", imported.ratings(), imported.profile().name()));
        }, e -> dialogs.error(messages.get("profile.import.failed.title"), errors.describe(e)));
    }

    private List<DialogService.FileFilter> filters() {
        return List.of(new DialogService.FileFilter(messages.get("profile.file.type"), List.of("*.json")),
                new DialogService.FileFilter(messages.get("profile.file.all"), List.of("*.*")));
    }

    /** "Anna Müller" becomes "Anna Müller.skillradar.json", without characters file systems refuse. */
    static String fileName(String profileName) {
        String safe = profileName.replaceAll("[\\\\/:*?\"<>|\\p{Cc}]", "_").strip();
        return (safe.isEmpty() ? "profile" : safe) + ".skillradar.json";
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + ".json");
    }

    private void failed(Throwable e) {
        dialogs.error(messages.get("error.title"), errors.describe(e));
    }
}
