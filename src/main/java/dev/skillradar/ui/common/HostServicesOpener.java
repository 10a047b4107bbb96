package dev.skillradar.ui.common;

/**
 * Opens a web address in the user's browser, and only when the user asked for it (a click).
 * The window implements it with {@code HostServices.showDocument}; tests record the calls.
 */
@FunctionalInterface
public interface HostServicesOpener {
    /** Callers pass only addresses that {@link dev.skillradar.catalog.WebLink#isValid(String)} accepts. */
    void open(String url);
}
