package dev.skillradar.report.pdf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the PDF says about itself (document properties and XMP metadata). The creation time is the caller's,
 * not the clock's, so that the same report made twice is the same file; it is kept to the second because PDF
 * dates have no finer unit and the XMP dates must equal them.
 *
 * @param author       the profile's name
 * @param keywords     shown joined by ", "
 * @param languageTag  the document language, a BCP 47 tag such as "en-GB" or "de-DE"
 */
public record DocumentInfo(String title, String author, String subject, List<String> keywords, String creator,
                           String producer, Instant created, String languageTag) {
    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        author = Objects.requireNonNullElse(author, "");
        subject = Objects.requireNonNullElse(subject, "");
        keywords = List.copyOf(keywords);
        creator = Objects.requireNonNullElse(creator, "");
        producer = Objects.requireNonNullElse(producer, "");
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(languageTag, "languageTag");
        try {
            Locale language = new Locale.Builder().setLanguageTag(languageTag).build();
            if (language.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("no language in " + languageTag);
            }
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a language tag: " + languageTag, e);
        }
    }

    /** The keywords as one line, the form of the document information and of pdf:Keywords. */
    public String keywordLine() {
        return String.join(", ", keywords);
    }
}
