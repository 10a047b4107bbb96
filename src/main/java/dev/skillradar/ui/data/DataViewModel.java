package dev.skillradar.ui.data;

import dev.skillradar.app.Backups;
import dev.skillradar.app.ProfileChecks;
import dev.skillradar.ui.common.DialogService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.Formats;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;

/**
 * "Your data" in the window: back up now, restore from a backup (listed with their dates, after a
 * confirmation, then everything is re-read), where the data lives, what start-up recovery did, and after how
 * many months an unchanged rating is to be confirmed again (a setting of the data folder).
 */
public final class DataViewModel {
    /** The reason recorded in the name of a backup the user asked for. */
    public static final String MANUAL_REASON = Backups.MANUAL;

    private final ProfileSession session;
    private final Backups backups;
    private final ProfileChecks checks;
    private final TaskExecutor io;
    private final DialogService dialogs;
    private final Messages messages;
    private final Formats formats;
    private final ErrorMessages errors;
    private final Path dataDir;

    public DataViewModel(ProfileSession session, Backups backups, ProfileChecks checks, TaskExecutor io,
                         DialogService dialogs, Formats formats, Path dataDir) {
        this.session = session;
        this.backups = backups;
        this.checks = checks;
        this.io = io;
        this.dialogs = dialogs;
        this.messages = session.state().messages();
        this.formats = formats;
        this.errors = new ErrorMessages(messages);
        this.dataDir = dataDir;
    }

    public void backupNow() {
        io.submit(() -> backups.backupNow(MANUAL_REASON),
                file -> dialogs.inform(messages.get("data.backup.title"), messages.get("data.backup.done", file)),
                e -> dialogs.error(messages.get("data.backup.failed.title"), errors.describe(e)));
    }

    /**
     * Asks after how many calendar months (1–24) a rating whose level has not changed is marked "Confirm again",
     * showing the current period, and saves a new one for the data folder; the ratings due are then read again.
     */
    public void setConfirmPeriod() {
        String title = messages.get("data.confirmMonths.title");
        io.submit(checks::confirmMonths, current -> dialogs.askText(title, messages.get("data.confirmMonths.prompt"),
                        String.valueOf(current), this::monthsProblem)
                .map(text -> Integer.parseInt(text.strip()))
                .filter(months -> months != current)
                .ifPresent(months -> io.submit(() -> {
                    checks.setConfirmMonths(months);
                    return months;
                }, saved -> session.readCalibration(),
                        e -> dialogs.error(messages.get("data.confirmMonths.failed.title"), errors.describe(e)))),
                e -> dialogs.error(messages.get("data.confirmMonths.failed.title"), errors.describe(e)));
    }

    /** Why a typed period cannot be used, or empty when it is a whole number from 1 to 24. */
    Optional<String> monthsProblem(String text) {
        try {
            int months = Integer.parseInt(text.strip());
            if (months >= 1 && months <= 24) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // worded below, like a number out of range
        }
        return Optional.of(messages.get("data.confirmMonths.invalid"));
    }

    /** Lists the backups, lets the user pick one, confirms, restores, and shows the restored data. */
    public void restore() {
        io.submit(backups::list, list -> {
            if (list.isEmpty()) {
                dialogs.inform(messages.get("data.restore.title"), messages.get("data.restore.none"));
                return;
            }
            Optional<Backups.Backup> choice = dialogs.choose(messages.get("data.restore.title"),
                    messages.get("data.restore.prompt"), list, this::describe);
            choice.filter(b -> dialogs.confirm(messages.get("data.restore.title"),
                    messages.get("data.restore.confirm", formats.dateTime(b.takenAt())),
                    messages.get("data.restore.action"))).ifPresent(this::restore);
        }, e -> dialogs.error(messages.get("data.restore.failed.title"), errors.describe(e)));
    }

    private void restore(Backups.Backup backup) {
        io.submit(() -> {
            backups.restore(backup.file());
            return backup;
        }, b -> session.reload(() -> dialogs.inform(messages.get("data.restore.title"),
                messages.get("data.restore.done", formats.dateTime(b.takenAt()))),
                e -> dialogs.error(messages.get("data.restore.failed.title"), errors.describe(e))),
                e -> dialogs.error(messages.get("data.restore.failed.title"), errors.describe(e)));
    }

    /** One line per backup: when, why, how big. */
    public String describe(Backups.Backup b) {
        return messages.get("data.restore.item", formats.dateTime(b.takenAt()), reason(b.reason()), formats.size(b.sizeBytes()));
    }

    private String reason(String reason) {
        String r = reason == null ? "" : reason;
        String key = "data.reason." + r;
        return messages.has(key) ? messages.get(key) : r;
    }

    public void showLocation() {
        dialogs.inform(messages.get("data.location.title"),
                messages.get("data.location", dataDir, backups.databaseFile(), backups.directory()));
    }

    /** What start-up recovery did, in the user's language. */
    public String recoveryText(Backups.Recovery n) {
        String problem = messages.get("recovery.problem." + n.problem());
        String moved = messages.get("recovery.moved", n.movedAsideTo());
        if (n.restoredFrom().isPresent()) {
            String when = n.backupTakenAt().map(formats::dateTime).orElse(messages.get("recovery.unknownDate"));
            return problem + " " + moved + " " + messages.get("recovery.restored", when, n.restoredFrom().get());
        }
        return problem + " " + moved + " " + messages.get("recovery.fresh");
    }

    public void showRecovery(Backups.Recovery notice) {
        dialogs.inform(messages.get("recovery.title"), recoveryText(notice));
    }
}
