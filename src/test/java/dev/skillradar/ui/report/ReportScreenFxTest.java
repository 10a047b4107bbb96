package dev.skillradar.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.print.PageRange;
import dev.skillradar.report.print.PrintRequest;
import dev.skillradar.report.print.PrinterInfo;
import dev.skillradar.catalog.Language;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import dev.skillradar.ui.shell.WholeApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The Report screen in the whole app (pages, keys, zoom) and SkillRadar's own print dialog, driven as a user would. */
@Tag("fx")
class ReportScreenFxTest {
    @TempDir
    Path dir;
    private WholeApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        WholeApp.toolkit();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void thePreviewTurnsItsPagesWithTheKeysAndZooms() throws Exception {
        WholeApp.rate(dir, "2026-01-10T08:00:00Z", "default", "python", 3);
        app = new WholeApp(dir).open();
        app.shortcut(KeyCode.DIGIT5);
        assertTrue(app.shows(Screen.REPORT));
        app.waitUntil("the report is made", () -> !app.find("#report-save", Button.class).isDisabled());
        Label pageText = app.find("#report-page-text", Label.class);
        assertTrue(pageText.getText().startsWith("Page 1 of "), pageText.getText());
        ImageView page = app.find("#report-page-image", ImageView.class);
        app.waitUntil("page 1 rendered", () -> page.getImage() != null);
        assertNotNull(page.getImage());
        double width = page.getImage().getWidth();

        app.robot.clickOn(page);
        app.type(KeyCode.PAGE_DOWN);
        app.waitUntil("page 2", () -> pageText.getText().startsWith("Page 2 of "));
        app.type(KeyCode.PAGE_UP);
        app.waitUntil("page 1 again", () -> pageText.getText().startsWith("Page 1 of "));

        app.robot.interact(() -> app.find("#report-zoom", javafx.scene.control.Slider.class).setValue(200));
        app.waitUntil("the page at twice the size", () -> page.getImage() != null
                && Math.abs(page.getImage().getWidth() - 2 * width) < 3);
    }

    @Test
    void thePrintDialogAsksForPrinterCopiesPagesAndPaper() throws Exception {
        WholeApp.toolkit();
        List<PrinterInfo> printers = List.of(new PrinterInfo("Office", false, false, Optional.of(PageSetup.Paper.A4)),
                new PrinterInfo("PDF", true, true, Optional.of(PageSetup.Paper.A4)));
        FxPrintDialog dialog = new FxPrintDialog(new Messages(Language.EN), () -> null, List::of);
        CompletableFuture<Optional<PrintRequest>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialog.askPrint(printers, 7, PageSetup.Paper.A4)));
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#print-copies").tryQuery().isPresent());
        assertEquals("PDF (default) · takes PDF", robot.lookup("#print-printer").queryAs(javafx.scene.control.ChoiceBox.class)
                .getConverter().toString(robot.lookup("#print-printer").queryAs(javafx.scene.control.ChoiceBox.class).getValue()));
        robot.interact(() -> robot.lookup("#print-copies").queryAs(Spinner.class).getValueFactory().setValue(3));
        robot.clickOn(robot.lookup("#print-pages-range").queryAs(RadioButton.class));
        robot.interact(() -> {
            robot.lookup("#print-from").queryAs(Spinner.class).getValueFactory().setValue(2);
            robot.lookup("#print-to").queryAs(Spinner.class).getValueFactory().setValue(4);
        });
        robot.clickOn("Print");
        Optional<PrintRequest> request = answer.get(10, TimeUnit.SECONDS);
        assertTrue(request.isPresent());
        assertEquals(Optional.of("PDF"), request.get().printer());
        assertEquals(3, request.get().copies());
        assertEquals(Optional.of(new PageRange(2, 4)), request.get().pages());
        assertEquals(Optional.empty(), request.get().paper(), "the printer's paper");

        CompletableFuture<Optional<PrintRequest>> cancelled = new CompletableFuture<>();
        Platform.runLater(() -> cancelled.complete(dialog.askPrint(printers, 7, PageSetup.Paper.A4)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#print-copies").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), cancelled.get(10, TimeUnit.SECONDS), "Esc cancels, nothing is printed");
    }
}
