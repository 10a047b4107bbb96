package dev.skillradar;

/** Starts the JavaFX application; kept apart from Main so the command line never loads JavaFX. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        // The catalogue and the database load while the toolkit starts; App.init() waits for them and
        // reports any problem in a dialog, exactly as without the preload. Touches no JavaFX toolkit class.
        App.preload(args);
        dev.skillradar.launch.RenderingPipeline.applyToThisProcess(); // software rendering where no GPU exists
        javafx.application.Application.launch(dev.skillradar.App.class, args);
    }
}
