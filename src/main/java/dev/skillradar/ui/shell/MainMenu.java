package dev.skillradar.ui.shell;

import dev.skillradar.assessment.Profile;
import dev.skillradar.catalog.Language;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.data.DataViewModel;
import dev.skillradar.ui.fx.startup.AfterFirstFrame;
import dev.skillradar.ui.profiles.ProfilesViewModel;
import dev.skillradar.ui.shell.ShellViewModel.Screen;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action of the window, with mnemonics and shortcuts so that no mouse is needed. */
final class MainMenu {
    private final Messages messages;
    private final ShellViewModel shell;
    private final ProfilesViewModel profiles;
    private final DataViewModel data;

    /** Window-level actions the menu triggers but does not own. */
    record Actions(Runnable exit, Runnable shortcuts, Runnable about) {
    }

    MainMenu(Messages messages, ShellViewModel shell, ProfilesViewModel profiles, DataViewModel data) {
        this.messages = messages;
        this.shell = shell;
        this.profiles = profiles;
        this.data = data;
    }

    /**
     * The menus with their titles; their items (and so their shortcuts) are added once the window's
     * first frame is painted, as nothing in them is needed to paint it.
     */
    MenuBar build(Actions actions) {
        Menu profile = menu("menu.profile");
        Menu dataMenu = menu("menu.data");
        Menu view = menu("menu.view");
        Menu help = menu("menu.help");
        MenuBar bar = new MenuBar(profile, dataMenu, view, help);
        bar.setUseSystemMenuBar(true);
        AfterFirstFrame.run(bar, () -> {
            profile.getItems().setAll(profileItems(actions));
            dataMenu.getItems().setAll(dataItems());
            view.getItems().setAll(viewItems());
            help.getItems().setAll(helpItems(actions));
        });
        return bar;
    }

    /** True once the items are in (tests: shortcuts work from then on). */
    static boolean filled(MenuBar bar) {
        return bar.getMenus().stream().noneMatch(m -> m.getItems().isEmpty());
    }

    private MenuItem[] profileItems(Actions actions) {
        Menu switchTo = menu("menu.profile.switch");
        switchTo.setId("menu-switch-profile");
        Runnable fill = () -> fillSwitch(switchTo);
        profiles.profiles().addListener((ListChangeListener<Profile>) c -> fill.run());
        profiles.comparisons().addListener((ListChangeListener<Profile>) c -> fill.run());
        profiles.currentProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        MenuItem delete = item("menu.profile.delete", null, profiles::deleteCurrent);
        delete.disableProperty().bind(profiles.canDeleteProperty().not());
        return items(
                item("menu.profile.new", "Shortcut+N", profiles::create),
                item("menu.profile.rename", "F2", profiles::renameCurrent),
                delete,
                new SeparatorMenuItem(),
                switchTo,
                new SeparatorMenuItem(),
                item("menu.profile.import", "Shortcut+I", profiles::importFile),
                item("menu.profile.compare", null, profiles::compareWithFile),
                item("menu.profile.export", "Shortcut+E", profiles::exportCurrent),
                new SeparatorMenuItem(),
                item("menu.profile.exit", "Shortcut+Q", actions.exit()));
    }

    private void fillSwitch(Menu menu) {
        ToggleGroup group = new ToggleGroup();
        menu.getItems().clear();
        Profile current = profiles.currentProperty().get();
        for (Profile p : profiles.profiles()) {
            RadioMenuItem r = new RadioMenuItem(p.name());
            r.setMnemonicParsing(false);
            r.setToggleGroup(group);
            r.setSelected(current != null && current.id() == p.id());
            r.setOnAction(e -> profiles.switchTo(p));
            menu.getItems().add(r);
        }
        // listed apart: a comparison is never switched to (never rated here); choosing one compares with it
        if (!profiles.comparisons().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            MenuItem header = new MenuItem();
            header.textProperty().bind(messages.text("menu.profile.comparisons"));
            header.setDisable(true);
            menu.getItems().add(header);
            for (Profile p : profiles.comparisons()) {
                MenuItem m = new MenuItem(p.name());
                m.setMnemonicParsing(false);
                m.setOnAction(e -> profiles.compareWith(p));
                menu.getItems().add(m);
            }
        }
    }

    private MenuItem[] dataItems() {
        return items(
                item("menu.data.backup", "Shortcut+B", data::backupNow),
                item("menu.data.restore", null, data::restore),
                new SeparatorMenuItem(),
                item("menu.data.confirmMonths", null, data::setConfirmPeriod),
                item("menu.data.location", null, data::showLocation));
    }

    private MenuItem[] viewItems() {
        ToggleGroup screens = new ToggleGroup();
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        java.util.Map<Screen, RadioMenuItem> byScreen = new java.util.EnumMap<>(Screen.class);
        for (Screen screen : Screen.values()) {
            RadioMenuItem r = radio("menu.view." + screen.id(), "Shortcut+" + (screen.ordinal() + 1), screens,
                    () -> shell.show(screen));
            byScreen.put(screen, r);
            items.add(r);
        }
        Runnable sync = () -> byScreen.forEach((screen, r) -> r.setSelected(shell.screenProperty().get() == screen));
        shell.screenProperty().addListener((o, a, b) -> sync.run());
        sync.run();

        ToggleGroup languages = new ToggleGroup();
        Menu language = menu("menu.view.language");
        for (Language l : Language.values()) {
            // each language is named in itself, so it can be found whatever the current language
            RadioMenuItem r = new RadioMenuItem(messages.nativeName(l));
            r.setMnemonicParsing(false);
            r.setId("menu-language-" + l.code());
            r.setToggleGroup(languages);
            r.setSelected(l == messages.language());
            r.setOnAction(e -> shell.setLanguage(l));
            messages.languageProperty().addListener((o, a, b) -> r.setSelected(b == l));
            language.getItems().add(r);
        }
        CheckMenuItem dark = new CheckMenuItem();
        dark.textProperty().bind(messages.text("menu.view.dark"));
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(shell.darkProperty().get());
        dark.setOnAction(e -> shell.setDark(dark.isSelected()));
        shell.darkProperty().addListener((o, a, b) -> dark.setSelected(b));
        items.add(new SeparatorMenuItem());
        items.add(language);
        items.add(dark);
        return items.toArray(MenuItem[]::new);
    }

    private MenuItem[] helpItems(Actions actions) {
        return items(
                item("menu.help.shortcuts", "F1", actions.shortcuts()),
                item("menu.help.about", null, actions.about()));
    }

    private static MenuItem[] items(MenuItem... items) {
        return items;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(messages.text(key));
        m.getItems().addAll(items);
        return m;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(messages.text(key));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private RadioMenuItem radio(String key, String accelerator, ToggleGroup group, Runnable action) {
        RadioMenuItem r = new RadioMenuItem();
        r.textProperty().bind(messages.text(key));
        r.setAccelerator(KeyCombination.keyCombination(accelerator));
        r.setToggleGroup(group);
        r.setOnAction(e -> action.run());
        return r;
    }
}
