package dev.skillradar.report.pdf;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A piece of text in one style: plain, bold, or a clickable link. Runs join without a space between them, so
 * {@code bold("Python"), plain(": 3 of 4")} reads "Python: 3 of 4". A newline in a run starts a new line.
 */
public record Run(String text, Kind kind, String uri) {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    /** The style of a run. */
    public enum Kind { PLAIN, BOLD, LINK }

    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.LINK) != (uri != null)) {
            throw new IllegalArgumentException("a link run, and only a link run, has a web address");
        }
        if (uri != null) {
            checkLinkTarget(uri);
        }
    }

    public static Run plain(String text) {
        return new Run(text, Kind.PLAIN, null);
    }

    public static Run bold(String text) {
        return new Run(text, Kind.BOLD, null);
    }

    /** A link showing {@code text} that opens {@code uri} (http, https or mailto only). */
    public static Run link(String text, String uri) {
        return new Run(text, Kind.LINK, uri);
    }

    /** A link that shows its own address. */
    public static Run link(String uri) {
        return link(uri, uri);
    }

    // A report may carry addresses from an imported file: nothing but web and mail links may become clickable.
    private static void checkLinkTarget(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a web address: " + uri, e);
        }
        String scheme = parsed.getScheme();
        if (scheme == null || !LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("only http, https and mailto links are allowed: " + uri);
        }
    }
}
