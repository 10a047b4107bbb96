package dev.skillradar.ui.assess;

import dev.skillradar.catalog.WebLink;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Why an evidence link is refused, as a message key in the user's language. {@link WebLink} decides
 * whether a link is acceptable; this only names its reason for the inline message.
 */
enum EvidenceProblem {
    TOO_LONG("assess.evidence.problem.tooLong"),
    NOT_WEB("assess.evidence.problem.scheme"),
    NO_HOST("assess.evidence.problem.noHost"),
    MALFORMED("assess.evidence.problem.malformed");

    private final String key;

    EvidenceProblem(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** Empty for an acceptable link; a blank link is acceptable too (it clears the evidence). */
    static Optional<EvidenceProblem> of(String link) {
        if (link == null || link.isBlank() || WebLink.isValid(link)) {
            return Optional.empty();
        }
        if (link.length() > WebLink.MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of(NOT_WEB);
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of(NO_HOST);
            }
        } catch (URISyntaxException e) {
            return Optional.of(MALFORMED);
        }
        return Optional.of(MALFORMED);
    }
}
