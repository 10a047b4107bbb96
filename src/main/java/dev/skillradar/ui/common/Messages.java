package dev.skillradar.ui.common;

import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.LocalizedText;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The UI's strings in the current language (resource bundles {@code dev/skillradar/ui/i18n/messages_*.properties}).
 * Views bind to {@link #text(String, Object...)} so that switching language relabels everything live.
 */
public final class Messages {
    public static final String BUNDLE = "dev.skillradar.ui.i18n.messages";

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.EN);
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Messages(Language initial) {
        language.set(initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public static ResourceBundle bundle(Language lang) {
        return ResourceBundle.getBundle(BUNDLE, lang.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text now, in the current language; a missing key shows as !key! (and fails the i18n test). */
    public String get(String key, Object... args) {
        ResourceBundle b = bundles.computeIfAbsent(language.get(), Messages::bundle);
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.get().locale()).format(args);
    }

    /** The language's name in itself ("English", "Deutsch"), for the language menu. */
    public String nativeName(Language lang) {
        return bundles.computeIfAbsent(lang, Messages::bundle).getString("language.name");
    }

    /** True when the current language's bundle has this key (for keys built from data, e.g. a backup's reason). */
    public boolean has(String key) {
        return bundles.computeIfAbsent(language.get(), Messages::bundle).containsKey(key);
    }

    /** A binding that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    /** A catalogue text in the current language. */
    public String of(LocalizedText text) {
        return text == null ? "" : text.get(language.get());
    }

    public StringBinding bind(LocalizedText text) {
        return Bindings.createStringBinding(() -> of(text), language);
    }
}
