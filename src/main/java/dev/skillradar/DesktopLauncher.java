package dev.skillradar;

/** Starts the JavaFX application; kept apart from Main so the command line never loads JavaFX. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        javafx.application.Application.launch(dev.skillradar.App.class, args);
    }
}
