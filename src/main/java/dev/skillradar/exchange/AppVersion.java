package dev.skillradar.exchange;

/** The application's version from the jar manifest (Implementation-Version), or "dev" when run from classes. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
