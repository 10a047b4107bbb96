package dev.skillradar.text;

import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.LocalizedText;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language: message patterns from resource bundles, looked up in the given bundles first and
 * in the core bundle ({@code dev/skillradar/text/texts_<lang>.properties}) last, and formatted with one syntax,
 * {@link MessageFormat}, everywhere (command line, window, report, pictures). Immutable and thread-safe.
 * A missing key reads {@code !key!}, which the i18n consistency test never lets through.
 */
public final class Texts {
    /** The bundle every front door shares: formats, the readiness summary, wording of the report and charts. */
    public static final String CORE = "dev.skillradar.text.texts";

    private static final ConcurrentHashMap<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private final Language language;
    private final List<ResourceBundle> bundles;
    private final Formats formats;

    private Texts(Language language, List<String> names) {
        this.language = language;
        List<ResourceBundle> b = new ArrayList<>();
        for (String name : names) {
            b.add(bundle(name, language));
        }
        b.add(bundle(CORE, language));
        this.bundles = List.copyOf(b);
        this.formats = new Formats(this);
    }

    /** The core words of {@code language}, with {@code bundleNames} (a front door's own labels) looked up first. */
    public static Texts of(Language language, String... bundleNames) {
        return new Texts(language, List.of(bundleNames));
    }

    /** A bundle exactly as shipped for the language, never the platform locale's (no fallback). */
    public static ResourceBundle bundle(String name, Language language) {
        return BUNDLES.computeIfAbsent(name + "_" + language.code(), k -> ResourceBundle.getBundle(name,
                language.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public Language language() {
        return language;
    }

    /** The locale numbers and dates are written in: British English, German as in Germany. */
    public Locale locale() {
        return language == Language.DE ? Locale.GERMANY : Locale.UK;
    }

    /** Numbers, money, ranges and dates in this language. */
    public Formats formats() {
        return formats;
    }

    /**
     * The pattern of {@code key} with its arguments. Arguments are inserted as they are (a profile called
     * "{1}" stays "{1}"); in patterns a literal apostrophe is written '' (the bundles use ’ instead).
     */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    public boolean has(String key) {
        return pattern(key) != null;
    }

    /** A catalogue text in this language. */
    public String of(LocalizedText text) {
        return text == null ? "" : text.get(language);
    }

    private String pattern(String key) {
        for (ResourceBundle b : bundles) {
            try {
                return b.getString(key);
            } catch (MissingResourceException e) {
                // next bundle
            }
        }
        return null;
    }
}
