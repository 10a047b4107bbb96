package dev.skillradar.ui.shell;

import dev.skillradar.assessment.Profile;
import dev.skillradar.ui.common.DialogService;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ShownScreen;
import dev.skillradar.ui.data.DataViewModel;
import dev.skillradar.ui.profiles.ProfilesViewModel;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;

/**
 * The main window's layout: the menu bar, a navigation column (profile switcher, screens), the
 * current screen, and a status line. Screens are built the first time they are shown, so start-up
 * only pays for the one the user sees.
 */
public final class MainWindow {
    private final ShellViewModel shell;
    private final ProfilesViewModel profiles;
    private final Messages messages;
    private final Map<Screen, Supplier<? extends Node>> factories;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final WindowState geometry = new WindowState();

    public MainWindow(ShellViewModel shell, ProfilesViewModel profiles, Messages messages, MenuBar menu,
                      Map<Screen, Supplier<? extends Node>> factories, String dataFolder) {
        this.shell = shell;
        this.profiles = profiles;
        this.messages = messages;
        this.factories = factories;
        content.getStyleClass().add("content");
        root.getStyleClass().add("main-window");
        root.setTop(menu);
        root.setLeft(navigation());
        StartupTrace.mark("navigation built");
        root.setCenter(content);
        root.setBottom(statusLine(dataFolder));
        StartupTrace.mark("screen built");
        scene = new Scene(root);
        scene.getStylesheets().setAll(Theme.stylesheets(shell.darkProperty().get()));
        shell.darkProperty().addListener((o, a, b) -> scene.getStylesheets().setAll(Theme.stylesheets(b)));
        shell.screenProperty().addListener((o, a, b) -> show(b));
        show(shell.screenProperty().get());
    }

    /**
     * Builds the window on {@code stage}: menu, screens, title "SkillRadar — profile", the remembered
     * size and position. The caller shows the stage.
     */
    public static MainWindow open(Stage stage, ShellViewModel shell, ProfilesViewModel profiles, DataViewModel data,
                                  Messages messages, Map<Screen, Supplier<? extends Node>> screens,
                                  Bootstrap.Ready ready, DialogService dialogs) {
        MainMenu.Actions actions = new MainMenu.Actions(
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)),
                () -> dialogs.inform(messages.get("help.shortcuts.title"), HelpTexts.shortcuts(messages)),
                () -> dialogs.inform(messages.get("help.about.title"), HelpTexts.about(messages, ready.roadmap())));
        MenuBar menu = new MainMenu(messages, shell, profiles, data).build(actions);
        StartupTrace.mark("menu built");
        MainWindow window = new MainWindow(shell, profiles, messages, menu, screens, ready.dataDir().toString());
        stage.setScene(window.scene);
        stage.titleProperty().bind(shell.titleProperty());
        window.geometry.restore(stage, ready.settings());
        return window;
    }

    /** The size and position to remember (see {@link WindowState}). */
    Map<String, String> geometry(Stage stage) {
        return geometry.capture(stage);
    }

    public Scene scene() {
        return scene;
    }

    public Parent root() {
        return root;
    }

    /** The screen's node, if it was built already (tests). */
    public Node built(Screen s) {
        return built.get(s);
    }

    private void show(Screen s) {
        Node node = built.computeIfAbsent(s, k -> factories.get(k).get());
        content.getChildren().setAll(node);
        if (node instanceof ShownScreen screen) {
            screen.shown();
        }
        ToggleButton b = navButtons.get(s);
        if (b != null) {
            b.setSelected(true);
        }
    }

    private Node navigation() {
        Label brand = new Label();
        brand.textProperty().bind(messages.text("app.name"));
        brand.getStyleClass().add("brand");

        Label profileLabel = new Label();
        profileLabel.textProperty().bind(messages.text("nav.profile"));
        profileLabel.getStyleClass().add("nav-caption");
        ChoiceBox<Profile> profile = profileSelector();
        profileLabel.setLabelFor(profile);

        Label screensLabel = new Label();
        screensLabel.textProperty().bind(messages.text("nav.screens"));
        screensLabel.getStyleClass().add("nav-caption");
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(6, brand, profileLabel, profile, screensLabel);
        for (Screen s : Screen.values()) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(messages.text("nav." + s.id()));
            b.accessibleHelpProperty().bind(messages.text("nav." + s.id() + ".help"));
            b.setId("nav-" + s.id());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            // a navigation button stays pressed: clicking the current screen again does not unselect it
            b.setOnAction(e -> {
                b.setSelected(true);
                shell.show(s);
            });
            navButtons.put(s, b);
            nav.getChildren().add(b);
        }
        nav.getStyleClass().add("nav");
        nav.setPrefWidth(210);
        nav.setMinWidth(Region.USE_PREF_SIZE);
        return nav;
    }

    private ChoiceBox<Profile> profileSelector() {
        ChoiceBox<Profile> box = new ChoiceBox<>(profiles.profiles());
        box.setId("profile-selector");
        box.setMaxWidth(Double.MAX_VALUE);
        box.accessibleTextProperty().bind(messages.text("nav.profile.accessible"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Profile fromString(String s) {
                return box.getItems().stream().filter(p -> p.name().equals(s)).findFirst().orElse(null);
            }
        });
        Runnable sync = () -> {
            Profile cur = profiles.currentProperty().get();
            Profile inList = cur == null ? null
                    : profiles.profiles().stream().filter(p -> p.id() == cur.id()).findFirst().orElse(cur);
            if (box.getValue() != inList) {
                box.setValue(inList);
            }
        };
        profiles.currentProperty().addListener((o, a, b) -> sync.run());
        profiles.profiles().addListener((ListChangeListener<Profile>) c -> sync.run());
        sync.run();
        box.valueProperty().addListener((o, a, b) -> {
            Profile cur = profiles.currentProperty().get();
            if (b != null && (cur == null || cur.id() != b.id())) {
                profiles.switchTo(b);
            }
        });
        return box;
    }

    /** The data folder, always in sight ("your data"); the Assess screen shows the autosave status itself. */
    private Node statusLine(String dataFolder) {
        Label folder = new Label();
        folder.setId("data-folder");
        folder.textProperty().bind(messages.text("status.dataFolder", dataFolder));
        folder.getStyleClass().add("status-folder");
        folder.setMinWidth(0);
        HBox line = new HBox(12, folder);
        line.setAlignment(Pos.CENTER_RIGHT);
        line.getStyleClass().add("status-line");
        return line;
    }
}
