package dev.skillradar.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.skillradar.json.StrictJson;

/**
 * Names the kind of a JSON syntax error from Jackson's (English) message, so that a window can word it in
 * the user's language; the English text stays Jackson's own, as the command line has always printed it.
 * Whatever is not recognised is {@link ImportProblem#JSON_OTHER} with Jackson's text.
 */
final class SyntaxProblems {
    private SyntaxProblems() {
    }

    static InvalidDocumentException of(JsonProcessingException e) {
        String described = StrictJson.describe(e); // "line L, column C: problem"
        var loc = e.getLocation();
        String place = loc != null && loc.getLineNr() > 0 ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "";
        String detail = !place.isEmpty() && described.startsWith(place + ": ")
                ? described.substring(place.length() + 2) : described;
        String original = String.valueOf(e.getOriginalMessage());
        return Places.at(loc != null && loc.getLineNr() > 0 ? loc : null, kind(e, original), detail,
                subject(original));
    }

    private static ImportProblem kind(JsonProcessingException e, String msg) {
        if (e instanceof JsonEOFException || msg.startsWith("Unexpected end-of-input")) {
            return ImportProblem.JSON_TRUNCATED;
        }
        if (msg.startsWith("Duplicate field")) {
            return ImportProblem.JSON_DUPLICATE_KEY;
        }
        if (msg.contains("UTF-8") || msg.contains("UTF8")) {
            return ImportProblem.JSON_BAD_ENCODING;
        }
        if (msg.contains("CTRL-CHAR") || msg.startsWith("Illegal unquoted character")) {
            return ImportProblem.JSON_CONTROL_CHARACTER;
        }
        if (msg.startsWith("Unrecognized character escape")) {
            return ImportProblem.JSON_BAD_ESCAPE;
        }
        if (msg.startsWith("Unrecognized token") || msg.startsWith("Non-standard token")) {
            return ImportProblem.JSON_UNKNOWN_WORD;
        }
        if (msg.startsWith("Invalid numeric value") || msg.contains("in numeric value")) {
            return ImportProblem.JSON_BAD_NUMBER;
        }
        if (msg.startsWith("Unexpected character ('") || msg.startsWith("Unexpected close marker '")) {
            return ImportProblem.JSON_UNEXPECTED_CHARACTER;
        }
        return ImportProblem.JSON_OTHER;
    }

    /**
     * The character, word or key the message is about: "Unexpected character ('a' (code 97))" gives "a",
     * "Unrecognized token 'tru': ..." gives "tru"; empty when there is none. Shortened and without control
     * characters, so that a hostile file cannot flood the message.
     */
    static String subject(String msg) {
        String s = "";
        int open = msg.indexOf("('");
        if (msg.startsWith("Unexpected character ('") && open >= 0) {
            int end = msg.indexOf("' (code", open + 2);
            s = end > open ? msg.substring(open + 2, end) : "";
        } else {
            int first = msg.indexOf('\'');
            int last = first < 0 ? -1 : msg.indexOf('\'', first + 1);
            if (msg.startsWith("Duplicate field") || msg.startsWith("Unrecognized token")) {
                last = msg.lastIndexOf("'", msg.indexOf("':") < 0 ? msg.length() : msg.indexOf("':"));
            }
            s = last > first ? msg.substring(first + 1, last) : "";
        }
        s = s.length() <= 60 ? s : s.substring(0, 57) + "...";
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
