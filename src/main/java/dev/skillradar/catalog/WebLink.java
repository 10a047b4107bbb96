package dev.skillradar.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Links the app stores or opens (evidence, resources) are http or https with a host, nothing else. */
public final class WebLink {
    public static final int MAX_LENGTH = 2048;

    private WebLink() {
    }

    /** Empty when the link is acceptable, else the reason in plain English. */
    public static Optional<String> problem(String link) {
        if (link == null || link.isBlank()) {
            return Optional.of("the link is empty");
        }
        if (link.length() > MAX_LENGTH) {
            return Optional.of("the link is longer than " + MAX_LENGTH + " characters");
        }
        try {
            URI uri = new URI(link.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("only http:// and https:// links are allowed");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("the link has no host name");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("not a valid web address");
        }
    }

    public static boolean isValid(String link) {
        return problem(link).isEmpty();
    }
}
