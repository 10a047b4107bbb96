package dev.skillradar.exchange;

/**
 * A profile file that cannot be imported, with the place (a JSON pointer such as {@code /ratings/2/level},
 * "line 3, column 7", "/" for the document itself, or empty for the file as a whole) and the problem in
 * plain English.
 */
public class InvalidDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String place;
    private final String problem;

    public InvalidDocumentException(String place, String problem) {
        super(describe(place, problem));
        this.place = place == null ? "" : place;
        this.problem = problem;
    }

    private static String describe(String place, String problem) {
        if (place == null || place.isEmpty()) {
            return problem;
        }
        if (place.equals("/")) {
            return "at the top level: " + problem;
        }
        return (place.startsWith("/") ? "at " + place : place) + ": " + problem;
    }

    /** Where the problem is: a JSON pointer ("/ratings/2/level"), "line L, column C", or empty. */
    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }
}
