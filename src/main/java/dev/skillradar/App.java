package dev.skillradar;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window until the desktop screens land. */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("SkillRadar");
        stage.setScene(new Scene(new Label("SkillRadar"), 640, 400));
        stage.show();
    }
}
