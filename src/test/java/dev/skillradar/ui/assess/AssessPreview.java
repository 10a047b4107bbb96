package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.Language;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.skillradar.ui.shell.Theme;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the Assess screen alone in a 1280×800 window with a fake writer and some ratings, to look at it:
 * {@code java -cp … dev.skillradar.ui.assess.AssessPreview [de] [dark] [open=<skillId>] [role=mid] [font=15] [search=…] [width=1070] [bottom]}.
 */
public final class AssessPreview {
    private AssessPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; a nested class so that the plain main above starts JavaFX from the class path. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        AssessFixture fx = AssessFixture.preview();
        if (args.contains("de")) {
            fx.state.messages().languageProperty().set(Language.DE);
        }
        Map<String, Rating> ratings = new LinkedHashMap<>();
        int[] levels = {4, 3, 3, 2, 1, 2, 1, 3};
        String[] ids = {"python", "numpy", "pandas", "matplotlib", "linear-algebra", "probability-statistics", "calculus", "sql"};
        for (int i = 0; i < ids.length; i++) {
            ratings.put(ids[i], new Rating(ids[i], levels[i], null, null, Instant.now()));
        }
        ratings.put("python", new Rating("python", 4, "Built a scraper and an ETL job at work.",
                "https://github.com/example/etl", Instant.now()));
        ratings.put("pytorch", new Rating("pytorch", 2, null, null, Instant.now()));
        ratings.put("german", new Rating("german", 3, null, null, Instant.now()));
        fx.state.replaceRatings(ratings);
        AssessView view = new AssessView(fx.vm);
        view.buildAllNow(); // a picture of the complete screen, not of its first frame
        String font = "";
        for (String a : args) {
            if (a.startsWith("role=")) {
                fx.state.roleProperty().set(fx.state.roadmap().role(a.substring(5)).orElseThrow());
            } else if (a.startsWith("font=")) {
                font = "-fx-font-size: " + a.substring(5) + "px;";
            } else if (a.startsWith("search=")) {
                fx.vm.searchProperty().set(a.substring(7));
            }
        }
        view.setStyle(font);
        stage.setTitle("SkillRadar — Assess preview");
        int width = args.stream().filter(a -> a.startsWith("width=")).map(a -> Integer.parseInt(a.substring(6)))
                .findFirst().orElse(1280);
        Scene scene = new Scene(view, width, 800);
        scene.getStylesheets().setAll(Theme.stylesheets(args.contains("dark"))); // as the main window does
        stage.setScene(scene);
        stage.show();
        if (args.contains("bottom")) {
            Platform.runLater(() -> ((javafx.scene.control.ScrollPane) view.lookup(".assess-scroll")).setVvalue(1));
        }
        for (String a : args) {
            if (a.startsWith("open=")) {
                String id = a.substring(5);
                Platform.runLater(() -> view.rowViews().stream().filter(r -> r.getId().equals("skill-" + id))
                        .findFirst().ifPresent(r -> {
                            r.detailsToggle().setSelected(true);
                            r.ratingControl().requestFocus();
                        }));
            }
        }
    }
    }
}
