package dev.skillradar.assessment;

import java.util.Objects;

/**
 * A text that is no usable moment: not a date or an instant ({@link Kind#NOT_A_MOMENT}), or after now
 * ({@link Kind#IN_THE_FUTURE}). {@link #text()} is what was given, so a front door can word the problem in its
 * language; {@link #getMessage()} is the English wording.
 */
public final class MomentException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the text. */
    public enum Kind {
        NOT_A_MOMENT,
        IN_THE_FUTURE
    }

    private final Kind kind;
    private final String text;

    MomentException(Kind kind, String text) {
        super(english(kind, text));
        this.kind = kind;
        this.text = Objects.requireNonNull(text);
    }

    private static String english(Kind kind, String text) {
        return switch (kind) {
            case NOT_A_MOMENT -> "'" + text + "' is neither a date (YYYY-MM-DD, such as 2026-03-01) nor an"
                    + " ISO-8601 time with Z or an offset (such as 2026-03-01T09:30:00Z)";
            case IN_THE_FUTURE -> "'" + text + "' is in the future";
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The text as given. */
    public String text() {
        return text;
    }
}
