package dev.skillradar.exchange;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a profile file, in machine-readable form: an {@link InvalidDocumentException} carries one
 * of these kinds and its arguments (texts, numbers, {@link Found}, {@link Bytes}) in the order given by the
 * comment of each kind. The English pattern here is the command line's text, which scripts may rely on;
 * the window maps each kind to its own message key {@code error.import.<key()>} in its bundles, so that it
 * can word the problem in the user's language (it may use fewer arguments than the English pattern).
 */
public enum ImportProblem {
    // The file as a whole (no place).
    /** No arguments. */
    NO_SUCH_FILE("no such file"),
    /** No arguments. */
    NOT_A_REGULAR_FILE("not a regular file"),
    /** No arguments. */
    PERMISSION_DENIED("permission denied"),
    /** The system's reason (English, from the operating system). */
    UNREADABLE("cannot be read ({0})"),
    /** The file's size and the limit, as {@link Bytes}. */
    TOO_LARGE("the file is too large ({0}; the limit is {1})"),
    /** The limit, as {@link Bytes} (the parser noticed while reading). */
    OVER_LIMIT("the file is too large (the limit is {0})"),
    /** No arguments. */
    EMPTY("the file is empty"),
    /** No arguments. */
    NO_DOCUMENT("the file contains no JSON document"),

    // JSON syntax (place: line and column). Argument 0 is the parser's own English description.
    /** The parser's description. */
    JSON_TRUNCATED("malformed JSON: {0}"),
    /** The parser's description; the character. */
    JSON_UNEXPECTED_CHARACTER("malformed JSON: {0}"),
    /** The parser's description; the word ("tru", "NaN"). */
    JSON_UNKNOWN_WORD("malformed JSON: {0}"),
    /** The parser's description. */
    JSON_CONTROL_CHARACTER("malformed JSON: {0}"),
    /** The parser's description; the character after the backslash. */
    JSON_BAD_ESCAPE("malformed JSON: {0}"),
    /** The parser's description. */
    JSON_BAD_NUMBER("malformed JSON: {0}"),
    /** The parser's description. */
    JSON_BAD_ENCODING("malformed JSON: {0}"),
    /** The parser's description; the key. */
    JSON_DUPLICATE_KEY("malformed JSON: {0}"),
    /** The parser's description (anything not classified above). */
    JSON_OTHER("malformed JSON: {0}"),
    /** No arguments. */
    CONTENT_AFTER_END("unexpected content after the end of the JSON document"),
    /** The maximum depth. */
    TOO_DEEP("the document is nested deeper than {0} levels"),
    /** No arguments. */
    VALUE_TOO_LARGE("a value is too large"),

    // Schema (place: a JSON pointer).
    /** What was found ({@link Found}). */
    EXPECTED_OBJECT("expected an object, found {0}"),
    /** What was found ({@link Found}). */
    EXPECTED_ARRAY("expected an array, found {0}"),
    /** What was found ({@link Found}). */
    EXPECTED_TEXT("expected a text, found {0}"),
    /** What was found ({@link Found}). */
    EXPECTED_WHOLE_NUMBER("expected a whole number, found {0}"),
    /** What was found ({@link Found}). */
    EXPECTED_TRUE_OR_FALSE("expected true or false, found {0}"),
    /** No arguments. */
    UNREADABLE_TEXT("unreadable text"),
    /** The field's name. */
    UNKNOWN_FIELD("unknown field '{0}'"),
    /** The field's name. */
    MISSING_FIELD("missing field '{0}'"),

    // Meaning (place: a JSON pointer).
    /** The file's format version; the version this app reads. */
    UNSUPPORTED_FORMAT("format version {0} is not supported (this version of SkillRadar reads format {1})"),
    /** The expected app name. */
    NOT_SKILLRADAR("expected \"{0}\": this is not a SkillRadar profile file"),
    /** The longest version text accepted. */
    BAD_APP_VERSION("expected a version of 1 to {0} characters"),
    /** The file's roadmap id (shortened); the catalogue's id. */
    OTHER_ROADMAP("the profile was made for the roadmap '{0}', not '{1}'"),
    /** The text that is no time (shortened). */
    BAD_TIME("'{0}' is not an ISO-8601 time such as 2026-01-31T12:00:00Z"),
    /** The longest name accepted. */
    PROFILE_NAME_LENGTH("a profile name has 1 to {0} characters and is not blank"),
    /** No arguments. */
    PROFILE_NAME_CONTROL("a profile name has no control characters or line breaks"),
    /** The role id (shortened); the known role ids, comma-separated. */
    UNKNOWN_ROLE("unknown role '{0}' (known: {1})"),
    /** The skill id (shortened). */
    UNKNOWN_SKILL("unknown skill '{0}'"),
    /** The skill id. */
    RATED_TWICE("skill '{0}' is rated twice"),
    /** The level; the lowest and highest level. */
    LEVEL_OUT_OF_RANGE("level {0} is outside {1} to {2}"),
    /** The note's length; the most allowed. */
    NOTE_TOO_LONG("the note has {0} characters, more than the {1} allowed"),
    /** The English reason. */
    LINK_NOT_WEB("{0}"),
    /** The English reason. */
    LINK_NO_HOST("{0}"),
    /** The English reason; the longest link accepted. */
    LINK_TOO_LONG("{0}"),
    /** The English reason. */
    LINK_MALFORMED("{0}"),
    /** The sequence number; the one before it. */
    SEQUENCE_NOT_INCREASING("sequence numbers must be positive and increase (found {0} after {1})"),
    /** The origin (shortened); the known origins, comma-separated. */
    UNKNOWN_ORIGIN("unknown origin '{0}' (known: {1})"),
    /** No arguments. */
    REPLACE_MARKER_WITH_DATA("an import-replace entry has no skill and no levels"),
    /** No arguments. */
    SKILL_MISSING("expected a skill id, found null"),
    /** The lowest and highest level. */
    NEW_LEVEL_MISSING("expected a level {0} to {1}, found null"),
    /** The old level; the new level. */
    CONFIRM_CHANGES_LEVEL("a confirm entry keeps the level: its oldLevel {0} and newLevel {1} must be equal"),
    /** The basis (shortened); the known bases, comma-separated. */
    UNKNOWN_BASIS("unknown scoring basis '{0}' (known: {1})"),
    /** The id (shortened); the longest id accepted. */
    BAD_CHECK_ID("'{0}' is not a statement id (lower-case letters, digits and single hyphens, at most {1} characters)"),
    /** The statement id. */
    TICKED_TWICE("statement '{0}' is ticked twice"),
    /** No arguments. */
    TICK_MARKER_WITH_DATA("an import-replace entry of the tick history has no statement, ticked, note or evidence"),

    // The history against the ratings and the export time (place: a history entry, a rating's time or /history).
    /** The time as the file writes it; the file's exportedAt as the file writes it. */
    TIME_AFTER_EXPORT("the time {0} is after the export time {1}"),
    /** The skill id; the level the history ends at; the rating's level. */
    HISTORY_DISAGREES_WITH_RATING("the history leaves skill '{0}' at level {1}, but it is rated {2}"),
    /** The skill id; the level the history ends at. */
    HISTORY_WITHOUT_RATING("the history leaves skill '{0}' at level {1}, but the file has no rating for it"),
    /** The skill id; the rating's level. */
    RATING_WITHOUT_HISTORY("skill '{0}' is rated {1}, but the history does not rate it"
            + " (after its last import-replace entry, if any)"),
    /** The statement id. */
    TICK_WITHOUT_HISTORY("statement '{0}' is ticked, but the tick history does not tick it"
            + " (after its last import-replace entry, if any)"),
    /** The statement id. */
    TICK_HISTORY_WITHOUT_TICK("the tick history leaves statement '{0}' ticked, but the file does not tick it");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private final String english;

    ImportProblem(String english) {
        this.english = english;
    }

    /** The key's last part in camel case: {@code LEVEL_OUT_OF_RANGE} is {@code levelOutOfRange}. */
    public String key() {
        StringBuilder b = new StringBuilder();
        for (String part : name().toLowerCase(Locale.ROOT).split("_")) {
            b.append(b.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return b.toString();
    }

    /**
     * The command line's English text with the arguments filled in, in one pass (a value from the file that
     * looks like "{1}" stays as it is) and without MessageFormat, so numbers are never grouped.
     */
    public String english(List<Object> args) {
        StringBuilder b = new StringBuilder();
        Matcher m = ARGUMENT.matcher(english);
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(i < args.size() ? String.valueOf(args.get(i)) : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** What the file had where something else was expected; {@link #toString()} is the English wording. */
    public record Found(What what, String value, String english) {
        /** The kinds of JSON value. {@code OTHER}: a token named by {@code value}. */
        public enum What {
            NOTHING, NULL, TRUE, FALSE, TEXT, NUMBER, OBJECT, ARRAY, OTHER
        }

        /** A value with its usual English wording ("the text \"3\"", "an array"). */
        public static Found of(What what, String value) {
            String english = switch (what) {
                case NOTHING -> "nothing";
                case NULL -> "null";
                case TRUE -> "true";
                case FALSE -> "false";
                case TEXT -> "the text \"" + value + "\"";
                case NUMBER -> "the number " + value;
                case OBJECT -> "an object";
                case ARRAY -> "an array";
                case OTHER -> value;
            };
            return new Found(what, value, english);
        }

        @Override
        public String toString() {
            return english;
        }
    }

    /** A size in bytes; {@link #toString()} is the English wording ("64 MiB", "1.5 MiB", "812 KiB"). */
    public record Bytes(long count) {
        @Override
        public String toString() {
            return ExchangeFormat.size(count);
        }
    }
}
