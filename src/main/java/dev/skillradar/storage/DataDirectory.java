package dev.skillradar.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the folder holding SkillRadar's data: {@code --data-dir} beats the environment variable
 * {@code SKILLRADAR_HOME}, which beats the operating system's usual place for application data.
 */
public final class DataDirectory {
    /** The database file's name inside the data directory. */
    public static final String DATABASE_FILE = "skillradar.db";
    /** The environment variable that moves the data directory. */
    public static final String HOME_VARIABLE = "SKILLRADAR_HOME";

    private DataDirectory() {
    }

    /**
     * The data directory for the given option (may be null or blank), environment, {@code os.name} and
     * {@code user.home}: XDG_DATA_HOME/skillradar or ~/.local/share/skillradar on Linux and other Unixes,
     * %APPDATA%\SkillRadar on Windows, ~/Library/Application Support/SkillRadar on macOS.
     */
    public static Path resolve(String dataDirOption, Map<String, String> env, String osName, String userHome) {
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            return explicit(dataDirOption.trim(), userHome);
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return explicit(home.trim(), userHome);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            if (appData == null || appData.isBlank()) {
                return Path.of(userHome, "AppData", "Roaming", "SkillRadar");
            }
            return Path.of(appData, "SkillRadar");
        }
        if (os.startsWith("mac") || os.contains("darwin") || os.contains("os x")) {
            return Path.of(userHome, "Library", "Application Support", "SkillRadar");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says relative values are invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "skillradar");
        }
        return Path.of(userHome, ".local", "share", "skillradar");
    }

    /** {@link #resolve} with this process's environment, {@code os.name} and {@code user.home}. */
    public static Path resolveDefault(String dataDirOption) {
        return resolve(dataDirOption, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", ""));
    }

    /** A folder the user named: "~" is expanded (a shell does not do it in {@code --data-dir=~/x}). */
    private static Path explicit(String value, String userHome) {
        String expanded = value;
        if (userHome != null && !userHome.isEmpty()
                && (value.equals("~") || value.startsWith("~/") || value.startsWith("~\\"))) {
            expanded = userHome + value.substring(1);
        }
        return Path.of(expanded).toAbsolutePath().normalize();
    }
}
