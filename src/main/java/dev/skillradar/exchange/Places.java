package dev.skillradar.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;

/** How import messages name a place: a JSON pointer, "/" for the whole document, or a line and column. */
final class Places {
    static final String ROOT = "/";

    private Places() {
    }

    static String pointer(JsonStreamContext context) {
        String p = context == null ? "" : context.pathAsPointer().toString();
        return p.isEmpty() ? ROOT : p;
    }

    static String pointer(String... segments) {
        StringBuilder b = new StringBuilder();
        for (String s : segments) {
            b.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        }
        return b.length() == 0 ? ROOT : b.toString();
    }

    /** A problem at the location's line and column; without a known line, a problem of the file as a whole. */
    static InvalidDocumentException at(JsonLocation loc, ImportProblem kind, Object... args) {
        return loc == null ? new InvalidDocumentException(kind, args)
                : InvalidDocumentException.atLine(loc.getLineNr(), loc.getColumnNr(), kind, args);
    }
}
