package dev.skillradar.catalog;

/** A catalogue that cannot be used, with the file, the place in the document and the problem. */
public class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String place;
    private final String problem;

    public CatalogException(String file, String place, String problem) {
        super(file + (place == null || place.isEmpty() ? "" : " at " + place) + ": " + problem);
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }
}
