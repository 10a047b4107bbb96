package dev.skillradar.ui.report;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.MomentException;
import dev.skillradar.assessment.Moments;
import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Role;
import dev.skillradar.report.CompareWith;
import dev.skillradar.report.PageImages;
import dev.skillradar.report.ReportInput;
import dev.skillradar.report.ReportService;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.RenderedPdf;
import dev.skillradar.text.CalibrationTexts;
import dev.skillradar.report.print.PrintListener;
import dev.skillradar.report.print.PrintOutcome;
import dev.skillradar.report.print.PrintRequest;
import dev.skillradar.report.print.Printers;
import dev.skillradar.report.print.ReportPrinter;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.Comparison;
import dev.skillradar.ui.common.DialogService;
import dev.skillradar.ui.common.ErrorMessages;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.TaskExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Report screen's state: the readiness report for a role, language, paper and the shared comparison, made
 * in the background (never blocking the window; a newer choice or Cancel drops an older result), previewed page
 * by page from the same saved bytes that are printed and saved, at 50–200 %; Print… through SkillRadar's own
 * dialog and Save as PDF….
 */
public final class ReportViewModel {
    /** Zoom limits, percent. */
    public static final int MIN_ZOOM = 50;
    public static final int MAX_ZOOM = 200;
    /** Screen pixels per PDF point at 100 % (96 dpi). */
    static final float DPI_AT_100 = 96;

    private final AppState state;
    private final ReportService service;
    private final Printers printers;
    private final TaskExecutor io;
    private final DialogService dialogs;
    private final PrintDialogs printDialogs;
    private final Clock clock;
    private final ZoneId zone;
    private final java.util.concurrent.Executor fxThread;
    private final Messages messages;
    private final ErrorMessages errors;

    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<PageSetup.Paper> paper = new SimpleObjectProperty<>(this, "paper", PageSetup.Paper.A4);
    private final IntegerProperty zoom = new SimpleIntegerProperty(this, "zoom", 100);
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>(this, "pageImage");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ReadOnlyStringWrapper scoredOn = new ReadOnlyStringWrapper(this, "scoredOn", "");

    private RenderedPdf pdf;
    private ReportInput input;
    private PageImages pages;
    /** Each request gets a number; a result of an older one is dropped (newer choice, Cancel). */
    private long generation;
    private long pageRequest;
    private boolean shown;

    public ReportViewModel(AppState state, ReportService service, Printers printers, TaskExecutor io,
                           DialogService dialogs, PrintDialogs printDialogs, Clock clock, ZoneId zone,
                           java.util.concurrent.Executor fxThread) {
        this.state = state;
        this.service = service;
        this.printers = printers;
        this.io = io;
        this.dialogs = dialogs;
        this.printDialogs = printDialogs;
        this.clock = clock;
        this.zone = zone;
        this.fxThread = fxThread;
        this.messages = state.messages();
        this.errors = new ErrorMessages(messages);
        role.set(state.role());
        language.set(messages.language());
        state.roleProperty().addListener((o, a, b) -> role.set(b));
        messages.languageProperty().addListener((o, a, b) -> language.set(b));
        role.addListener((o, a, b) -> regenerate());
        language.addListener((o, a, b) -> regenerate());
        paper.addListener((o, a, b) -> regenerate());
        state.comparisonProperty().addListener((o, a, b) -> regenerate());
        // the report reads storage: made again once a load or a write of ours is in (a rating, a tick, a confirmation),
        // and at once for the basis, which it is told rather than reads
        state.storageProperty().addListener((o, a, b) -> regenerate());
        state.basisProperty().addListener((o, a, b) -> regenerate());
        scoredOn.set(new CalibrationTexts(messages.texts()).scoredOn(state.basis()));
        messages.languageProperty().addListener((o, a, b) -> scoredOn.set(
                new CalibrationTexts(messages.texts()).scoredOn(input == null ? state.basis() : input.basis())));
        zoom.addListener((o, a, b) -> renderPage());
        page.addListener((o, a, b) -> renderPage());
    }

    // ---- commands

    /** The screen is shown: make the report if it is not made (or out of date) yet. */
    public void shown() {
        if (!shown) {
            shown = true;
            io.submit(() -> {
                service.warmUp();
                return null;
            }, ok -> { }, e -> { });
        }
        if (pdf == null && !busy.get()) {
            regenerate();
        }
    }

    /** Makes the report anew from the current choices, in the background. */
    public void regenerate() {
        if (!shown) {
            return; // made when the screen is first shown, not for every rating before that
        }
        Profile profile = state.profile();
        Role r = role.get();
        if (profile == null || r == null) {
            return;
        }
        long mine = ++generation;
        busy.set(true);
        status.set(messages.get("report.making"));
        Language lang = language.get();
        PageSetup.Paper p = paper.get();
        Comparison c = state.comparisonProperty().get();
        Basis basis = state.basis();
        io.submit(() -> {
            CompareWith compare = compareWith(c, profile);
            ReportInput in = service.input(profile, r, lang, p, compare, basis);
            RenderedPdf made = service.render(in);
            return new Made(in, made, new PageImages(made.bytes()));
        }, made -> {
            if (mine != generation) {
                io.submit(() -> {
                    made.pages().close();
                    return null;
                }, ok -> { }, e -> { });
                return;
            }
            closePages();
            input = made.input();
            scoredOn.set(new CalibrationTexts(messages.texts()).scoredOn(made.input().basis()));
            pdf = made.pdf();
            pages = made.pages();
            busy.set(false);
            ready.set(true);
            status.set(messages.get("report.made", made.pdf().pageCount()));
            pageCount.set(made.pdf().pageCount());
            if (page.get() >= made.pdf().pageCount()) {
                page.set(Math.max(0, made.pdf().pageCount() - 1));
            }
            renderPage();
        }, e -> {
            if (mine == generation) {
                busy.set(false);
                status.set(messages.get("report.failed"));
                dialogs.error(messages.get("report.failed.title"), errors.describe(e));
            }
        });
    }

    private record Made(ReportInput input, RenderedPdf pdf, PageImages pages) {
    }

    private CompareWith compareWith(Comparison c, Profile shownProfile) throws MomentException {
        if (c instanceof Comparison.AtDate d) {
            return CompareWith.at(Moments.ofDate(d.day(), zone, clock));
        }
        if (c instanceof Comparison.OfProfile o && o.profile().id() != shownProfile.id()) {
            return CompareWith.profile(o.profile());
        }
        return CompareWith.nothing();
    }

    /** Stops waiting for the report being made; its result is dropped when it arrives. */
    public void cancel() {
        if (busy.get()) {
            generation++;
            busy.set(false);
            status.set(messages.get("report.cancelled"));
        }
    }

    public void nextPage() {
        if (page.get() + 1 < pageCount.get()) {
            page.set(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    public void firstPage() {
        page.set(0);
    }

    public void lastPage() {
        page.set(Math.max(0, pageCount.get() - 1));
    }

    /** Sets the zoom, kept within {@link #MIN_ZOOM}..{@link #MAX_ZOOM}. */
    public void zoomTo(int percent) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent)));
    }

    /** Asks where to save and writes the report previewed, completely or not at all. */
    public void saveAsPdf() {
        RenderedPdf current = pdf;
        if (current == null || busy.get()) {
            return;
        }
        List<DialogService.FileFilter> filters = List.of(new DialogService.FileFilter(messages.get("report.save.type"),
                List.of("*.pdf")));
        String name = fileName(state.profile() == null ? "" : state.profile().name());
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("report.save.title"), name, filters);
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get().getFileName().toString().contains(".") ? file.get()
                : file.get().resolveSibling(file.get().getFileName() + ".pdf");
        status.set(messages.get("report.saving"));
        io.submit(() -> {
            service.save(current, target);
            return target;
        }, t -> {
            status.set(messages.get("report.saved", t));
            dialogs.inform(messages.get("report.save.title"), messages.get("report.saved", t));
        }, e -> {
            status.set(messages.get("report.save.failed.title"));
            dialogs.error(messages.get("report.save.failed.title"), errors.describe(e));
        });
    }

    /** Lists the printers, asks in SkillRadar's own dialog, and prints the same PDF pages in the background. */
    public void print() {
        RenderedPdf current = pdf;
        ReportInput in = input;
        if (current == null || busy.get()) {
            return;
        }
        io.submit(printers::list, list -> {
            if (list.isEmpty()) {
                dialogs.error(messages.get("report.print.failed.title"), messages.get("report.print.none"));
                return;
            }
            Optional<PrintRequest> request = printDialogs.askPrint(list, current.pageCount(), in.paper());
            request.ifPresent(r -> send(r, current, in));
        }, e -> dialogs.error(messages.get("report.print.failed.title"), errors.describe(e)));
    }

    private void send(PrintRequest request, RenderedPdf current, ReportInput in) {
        busy.set(true);
        status.set(messages.get("report.print.stage.PREPARING"));
        Consumer<PrintListener.Stage> onStage = stage -> status.set(messages.get("report.print.stage." + stage.name()));
        PrintListener listener = stage -> fxThread.execute(() -> onStage.accept(stage));
        io.submit(() -> new ReportPrinter(printers).print(request, current, in.paper(),
                p -> service.render(in.withPaper(p)), messages.get("report.print.job", in.profile().name()), listener),
                (PrintOutcome outcome) -> {
                    busy.set(false);
                    status.set(messages.get("report.print.done", outcome.printer()));
                    dialogs.inform(messages.get("report.print.title"), messages.get("report.print.done", outcome.printer()));
                }, e -> {
                    busy.set(false);
                    status.set(messages.get("report.print.failed.title"));
                    dialogs.error(messages.get("report.print.failed.title"), errors.describe(e));
                });
    }

    private void renderPage() {
        PageImages p = pages;
        if (p == null) {
            return;
        }
        int index = page.get();
        float dpi = DPI_AT_100 * zoom.get() / 100f;
        long mine = ++pageRequest;
        pageText.set(messages.get("report.page", index + 1, pageCount.get()));
        io.submit(() -> p.render(index, dpi), image -> {
            if (mine == pageRequest && p == pages) {
                pageImage.set(image);
            }
        }, e -> dialogs.error(messages.get("report.failed.title"), errors.describe(e)));
    }

    private void closePages() {
        PageImages old = pages;
        if (old != null) {
            io.submit(() -> {
                old.close();
                return null;
            }, ok -> { }, e -> { });
        }
    }

    /** "Anna Müller" becomes "Anna Müller - readiness report.pdf", without characters file systems refuse. */
    String fileName(String profileName) {
        String safe = profileName.replaceAll("[\\\\/:*?\"<>|\\p{Cc}]", "_").strip();
        return (safe.isEmpty() ? "" : safe + " - ") + messages.get("report.file.name") + ".pdf";
    }

    // ---- state

    public List<Role> roles() {
        return state.roadmap().roles();
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<PageSetup.Paper> paperProperty() {
        return paper;
    }

    public IntegerProperty zoomProperty() {
        return zoom;
    }

    /** The page shown, 0-based. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** "Page 2 of 8". */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** The shown page rendered at the zoom, from the saved PDF bytes. */
    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }

    /** Making, printing or saving is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A report has been made and can be printed or saved. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Scored on: the lower of self-rating and checks": the basis of the report previewed (before one: the profile's). */
    public ReadOnlyStringProperty scoredOnProperty() {
        return scoredOn.getReadOnlyProperty();
    }

    /** The shared comparison the report shows. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return state.comparisonProperty();
    }
}
