package dev.skillradar.ui.common;

import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.LocalizedText;
import dev.skillradar.text.Texts;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's words in its current, live language: the core text layer ({@link Texts}) with the window's own
 * labels ({@code dev/skillradar/ui/i18n/messages_*.properties}) looked up first. Views bind to
 * {@link #text(String, Object...)} so that switching language relabels everything at once.
 */
public final class Messages {
    public static final String BUNDLE = "dev.skillradar.ui.i18n.messages";

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.EN);
    private final Map<Language, Texts> texts = new EnumMap<>(Language.class);

    public Messages(Language initial) {
        language.set(initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /** The core text layer in the current language (for the summary, formats and other core producers). */
    public Texts texts() {
        return texts(language.get());
    }

    private Texts texts(Language lang) {
        return texts.computeIfAbsent(lang, l -> Texts.of(l, BUNDLE));
    }

    public static ResourceBundle bundle(Language lang) {
        return Texts.bundle(BUNDLE, lang);
    }

    /** The text now, in the current language; a missing key shows as !key! (and fails the i18n test). */
    public String get(String key, Object... args) {
        return texts().get(key, args);
    }

    /** The language's name in itself ("English", "Deutsch"), for the language menu. */
    public String nativeName(Language lang) {
        return texts(lang).get("language.name");
    }

    /** True when the current language's bundles have this key (for keys built from data, e.g. a backup's reason). */
    public boolean has(String key) {
        return texts().has(key);
    }

    /** A binding that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    /** A catalogue text in the current language. */
    public String of(LocalizedText text) {
        return texts().of(text);
    }

    public StringBinding bind(LocalizedText text) {
        return Bindings.createStringBinding(() -> of(text), language);
    }
}
