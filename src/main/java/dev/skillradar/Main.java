package dev.skillradar;

import dev.skillradar.cli.CliMain;
import dev.skillradar.launch.LaunchOptions;

/**
 * The launcher: without a command it opens the desktop app, with one it runs the command line.
 * Deliberately not a JavaFX {@code Application}, so that the jar runs from the class path and the
 * command line never starts the JavaFX toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        dev.skillradar.ui.shell.StartupTrace.mark("main");
        boolean desktop;
        try {
            desktop = LaunchOptions.parse(args).wantsDesktop();
        } catch (LaunchOptions.UsageException e) {
            desktop = false; // the CLI reports the usage error with its exit code
        }
        if (desktop) {
            DesktopLauncher.launch(args);
        } else {
            // charts and reports are drawn with Java2D: never open a display for them
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true");
            }
            System.exit(CliMain.run(args, System.out, System.err, System.getenv()));
        }
    }
}
