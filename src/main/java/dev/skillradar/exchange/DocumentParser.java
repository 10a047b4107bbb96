package dev.skillradar.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema step of an import: reads a syntactically valid document token by token into
 * {@link ProfileDocument}, with no type coercion (a "5" is not a number, 5.0 is not a whole number),
 * no unknown fields, no missing required fields and nulls only where the format allows them.
 * Works on the stream rather than a tree, so memory grows with the valid content only.
 */
final class DocumentParser {
    private static final Set<String> DOCUMENT_FIELDS = Set.of("format", "app", "appVersion", "roadmapId", "exportedAt",
            "profile", "ratings", "history");
    /** Format 2 adds the basis, the ticks and their history, all required. */
    private static final Set<String> DOCUMENT_FIELDS_2 = Set.of("format", "app", "appVersion", "roadmapId", "exportedAt",
            "profile", "basis", "ratings", "history", "ticks", "tickHistory");
    private static final Set<String> TICK_FIELDS = Set.of("check", "note", "evidence", "tickedAt");
    private static final Set<String> TICK_HISTORY_FIELDS = Set.of("seq", "at", "check", "ticked", "note", "evidence",
            "origin");
    private static final Set<String> PROFILE_FIELDS = Set.of("name", "targetRole");
    private static final Set<String> RATING_FIELDS = Set.of("skill", "level", "note", "evidence", "updatedAt");
    private static final Set<String> HISTORY_FIELDS = Set.of("seq", "at", "skill", "oldLevel", "newLevel", "origin");

    private final JsonParser p;
    private final Set<String> documentFields;

    /** {@code format}: the version the syntax pass found (its fields are those of that version). */
    DocumentParser(JsonParser parser, int format) {
        this.p = parser;
        this.documentFields = format >= 2 ? DOCUMENT_FIELDS_2 : DOCUMENT_FIELDS;
    }

    ProfileDocument document() throws IOException, InvalidDocumentException {
        p.nextToken();
        String where = startObject();
        Set<String> seen = new HashSet<>();
        int format = 0;
        String app = null;
        String appVersion = null;
        String roadmapId = null;
        String exportedAt = null;
        ProfileDocument.ProfileEntry profile = null;
        List<ProfileDocument.RatingEntry> ratings = List.of();
        List<ProfileDocument.HistoryEntry> history = List.of();
        String basis = null;
        List<ProfileDocument.TickEntry> ticks = List.of();
        List<ProfileDocument.TickHistoryEntry> tickHistory = List.of();
        while (nextField(seen, documentFields)) {
            switch (p.currentName()) {
                case "format" -> format = integer();
                case "app" -> app = text();
                case "appVersion" -> appVersion = text();
                case "roadmapId" -> roadmapId = text();
                case "exportedAt" -> exportedAt = text();
                case "profile" -> profile = profile();
                case "ratings" -> ratings = ratings();
                case "history" -> history = history();
                case "basis" -> basis = text();
                case "ticks" -> ticks = ticks();
                case "tickHistory" -> tickHistory = tickHistory();
                default -> throw new IllegalStateException(p.currentName());
            }
        }
        require(where, seen, documentFields);
        return new ProfileDocument(format, app, appVersion, roadmapId, exportedAt, profile, basis, ratings, history,
                ticks, tickHistory);
    }

    private List<ProfileDocument.TickEntry> ticks() throws IOException, InvalidDocumentException {
        startArray();
        List<ProfileDocument.TickEntry> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String where = startObject();
            Set<String> seen = new HashSet<>();
            String check = null;
            String note = null;
            String evidence = null;
            String tickedAt = null;
            while (nextField(seen, TICK_FIELDS)) {
                switch (p.currentName()) {
                    case "check" -> check = text();
                    case "note" -> note = nullableText();
                    case "evidence" -> evidence = nullableText();
                    case "tickedAt" -> tickedAt = text();
                    default -> throw new IllegalStateException(p.currentName());
                }
            }
            require(where, seen, Set.of("check", "tickedAt"));
            out.add(new ProfileDocument.TickEntry(check, note, evidence, tickedAt));
        }
        return out;
    }

    private List<ProfileDocument.TickHistoryEntry> tickHistory() throws IOException, InvalidDocumentException {
        startArray();
        List<ProfileDocument.TickHistoryEntry> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String where = startObject();
            Set<String> seen = new HashSet<>();
            long seq = 0;
            String at = null;
            String check = null;
            Boolean ticked = null;
            String note = null;
            String evidence = null;
            String origin = null;
            while (nextField(seen, TICK_HISTORY_FIELDS)) {
                switch (p.currentName()) {
                    case "seq" -> seq = longInteger();
                    case "at" -> at = text();
                    case "check" -> check = nullableText();
                    case "ticked" -> ticked = nullableBoolean();
                    case "note" -> note = nullableText();
                    case "evidence" -> evidence = nullableText();
                    case "origin" -> origin = text();
                    default -> throw new IllegalStateException(p.currentName());
                }
            }
            require(where, seen, Set.of("seq", "at", "origin"));
            out.add(new ProfileDocument.TickHistoryEntry(seq, at, check, ticked, note, evidence, origin));
        }
        return out;
    }

    private ProfileDocument.ProfileEntry profile() throws IOException, InvalidDocumentException {
        String where = startObject();
        Set<String> seen = new HashSet<>();
        String name = null;
        String targetRole = null;
        while (nextField(seen, PROFILE_FIELDS)) {
            if (p.currentName().equals("name")) {
                name = text();
            } else {
                targetRole = text();
            }
        }
        require(where, seen, PROFILE_FIELDS);
        return new ProfileDocument.ProfileEntry(name, targetRole);
    }

    private List<ProfileDocument.RatingEntry> ratings() throws IOException, InvalidDocumentException {
        startArray();
        List<ProfileDocument.RatingEntry> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String where = startObject();
            Set<String> seen = new HashSet<>();
            String skill = null;
            int level = 0;
            String note = null;
            String evidence = null;
            String updatedAt = null;
            while (nextField(seen, RATING_FIELDS)) {
                switch (p.currentName()) {
                    case "skill" -> skill = text();
                    case "level" -> level = integer();
                    case "note" -> note = nullableText();
                    case "evidence" -> evidence = nullableText();
                    case "updatedAt" -> updatedAt = text();
                    default -> throw new IllegalStateException(p.currentName());
                }
            }
            require(where, seen, Set.of("skill", "level", "updatedAt"));
            out.add(new ProfileDocument.RatingEntry(skill, level, note, evidence, updatedAt));
        }
        return out;
    }

    private List<ProfileDocument.HistoryEntry> history() throws IOException, InvalidDocumentException {
        startArray();
        List<ProfileDocument.HistoryEntry> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String where = startObject();
            Set<String> seen = new HashSet<>();
            long seq = 0;
            String at = null;
            String skill = null;
            Integer oldLevel = null;
            Integer newLevel = null;
            String origin = null;
            while (nextField(seen, HISTORY_FIELDS)) {
                switch (p.currentName()) {
                    case "seq" -> seq = longInteger();
                    case "at" -> at = text();
                    case "skill" -> skill = nullableText();
                    case "oldLevel" -> oldLevel = nullableInteger();
                    case "newLevel" -> newLevel = nullableInteger();
                    case "origin" -> origin = text();
                    default -> throw new IllegalStateException(p.currentName());
                }
            }
            require(where, seen, Set.of("seq", "at", "origin"));
            out.add(new ProfileDocument.HistoryEntry(seq, at, skill, oldLevel, newLevel, origin));
        }
        return out;
    }

    /** Checks that the current token opens an object and returns the object's place. */
    private String startObject() throws InvalidDocumentException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw fail(ImportProblem.EXPECTED_OBJECT, found());
        }
        return here();
    }

    private void startArray() throws InvalidDocumentException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail(ImportProblem.EXPECTED_ARRAY, found());
        }
    }

    /** Advances to the next field's value; false at the end of the object. */
    private boolean nextField(Set<String> seen, Set<String> allowed) throws IOException, InvalidDocumentException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return false;
        }
        String name = p.currentName();
        if (!allowed.contains(name)) {
            throw fail(ImportProblem.UNKNOWN_FIELD, name);
        }
        seen.add(name);
        p.nextToken();
        return true;
    }

    private static void require(String where, Set<String> seen, Set<String> required) throws InvalidDocumentException {
        for (String name : required.stream().sorted().toList()) {
            if (!seen.contains(name)) {
                throw InvalidDocumentException.at(where, ImportProblem.MISSING_FIELD, name);
            }
        }
    }

    private String text() throws InvalidDocumentException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(ImportProblem.EXPECTED_TEXT, found());
        }
        return textValue();
    }

    private String nullableText() throws InvalidDocumentException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : text();
    }

    private String textValue() throws InvalidDocumentException {
        try {
            return p.getText();
        } catch (IOException e) {
            throw fail(ImportProblem.UNREADABLE_TEXT);
        }
    }

    private int integer() throws IOException, InvalidDocumentException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw fail(ImportProblem.EXPECTED_WHOLE_NUMBER, found());
        }
        return p.getIntValue();
    }

    private Integer nullableInteger() throws IOException, InvalidDocumentException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : integer();
    }

    private Boolean nullableBoolean() throws InvalidDocumentException {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> throw fail(ImportProblem.EXPECTED_TRUE_OR_FALSE, found());
        };
    }

    private long longInteger() throws IOException, InvalidDocumentException {
        JsonParser.NumberType type = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getNumberType() : null;
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw fail(ImportProblem.EXPECTED_WHOLE_NUMBER, found());
        }
        return p.getLongValue();
    }

    private ImportProblem.Found found() throws InvalidDocumentException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return ImportProblem.Found.of(ImportProblem.Found.What.NOTHING, null);
        }
        return switch (t) {
            case VALUE_NULL -> ImportProblem.Found.of(ImportProblem.Found.What.NULL, null);
            case VALUE_TRUE -> ImportProblem.Found.of(ImportProblem.Found.What.TRUE, null);
            case VALUE_FALSE -> ImportProblem.Found.of(ImportProblem.Found.What.FALSE, null);
            case VALUE_STRING -> ImportProblem.Found.of(ImportProblem.Found.What.TEXT, abbreviate(textValue()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ImportProblem.Found.of(ImportProblem.Found.What.NUMBER,
                    abbreviate(textValue()));
            case START_OBJECT -> ImportProblem.Found.of(ImportProblem.Found.What.OBJECT, null);
            case START_ARRAY -> ImportProblem.Found.of(ImportProblem.Found.What.ARRAY, null);
            default -> ImportProblem.Found.of(ImportProblem.Found.What.OTHER, t.name());
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private InvalidDocumentException fail(ImportProblem kind, Object... args) {
        return InvalidDocumentException.at(here(), kind, args);
    }

    /** The JSON pointer of the current token ("/ratings/2/level"), "/" for the document itself. */
    private String here() {
        return Places.pointer(p.getParsingContext());
    }
}
