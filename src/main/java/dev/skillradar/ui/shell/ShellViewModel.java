package dev.skillradar.ui.shell;

import dev.skillradar.app.Profiles;
import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.Language;
import dev.skillradar.ui.common.AppState;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.ProfileSession;
import dev.skillradar.ui.common.TaskExecutor;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window around the screens: its title, which screen is shown, language and theme (both
 * remembered in the data folder's settings).
 */
public final class ShellViewModel {
    public static final String LANGUAGE_KEY = "ui.language";
    public static final String THEME_KEY = "ui.theme";
    public static final String SCREEN_KEY = "ui.screen";
    public static final String DARK = "dark";
    public static final String LIGHT = "light";

    /** The screens of the window, in navigation order. */
    public enum Screen {
        ASSESS("assess"), DASHBOARD("dashboard"), RADAR("radar"), HISTORY("history"), REPORT("report");

        private final String id;

        Screen(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Screen> fromId(String id) {
            for (Screen s : values()) {
                if (s.id.equals(id)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    private final Profiles store;
    private final TaskExecutor io;
    private final Messages messages;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.ASSESS);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final StringBinding title;
    private final Consumer<Throwable> onFailure;

    public ShellViewModel(ProfileSession session, Profiles store, TaskExecutor io, Screen initialScreen, boolean initialDark,
                          Consumer<Throwable> onFailure) {
        this.store = store;
        this.io = io;
        this.messages = session.state().messages();
        this.onFailure = onFailure;
        screen.set(initialScreen);
        dark.set(initialDark);
        AppState state = session.state();
        title = Bindings.createStringBinding(() -> {
            Profile p = state.profile();
            return p == null ? messages.get("app.name") : messages.get("window.title", p.name());
        }, state.profileProperty(), messages.languageProperty());
    }

    /** "SkillRadar — profile name". */
    public StringBinding titleProperty() {
        return title;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public Language language() {
        return messages.language();
    }

    /** Relabels the window at once and remembers the choice. */
    public void setLanguage(Language language) {
        if (language == messages.language()) {
            return;
        }
        messages.languageProperty().set(language);
        remember(LANGUAGE_KEY, language.code());
    }

    public void setDark(boolean on) {
        dark.set(on);
        remember(THEME_KEY, on ? DARK : LIGHT);
    }

    public void show(Screen s) {
        screen.set(s);
    }

    /** Saves which screen was shown last; called when the window closes. */
    public void rememberScreen() {
        remember(SCREEN_KEY, screen.get().id());
    }

    private void remember(String key, String value) {
        io.submit(() -> {
            store.putSetting(key, value);
            return null;
        }, ok -> { }, onFailure);
    }
}
