package dev.skillradar.bench;

import dev.skillradar.ui.shell.StartupProbe;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The startup benchmark's baseline: a bare JavaFX window with one label, started the same way as
 * SkillRadar (a plain main class on the class path) and measured by the same {@link StartupProbe}.
 */
public final class HelloFx {
    private HelloFx() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Hello");
            stage.setScene(new Scene(new Label("Hello, JavaFX"), 1024, 700));
            stage.show();
            StartupProbe.arm(Platform::exit);
        }
    }
}
