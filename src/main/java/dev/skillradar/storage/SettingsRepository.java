package dev.skillradar.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small key/value preferences (language, theme, last profile) stored with the data. */
public final class SettingsRepository {
    private final SqlSession sql;

    SettingsRepository(SqlSession sql) {
        this.sql = sql;
    }

    public Optional<String> get(String key) {
        String k = Checks.settingKey(key);
        return sql.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, k);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Stores the value; a null value removes the key. */
    public void put(String key, String value) {
        String k = Checks.settingKey(key);
        sql.write(c -> value == null
                ? Rows.update(c, "DELETE FROM setting WHERE key = ?", k)
                : Rows.update(c, "INSERT INTO setting (key, value) VALUES (?, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", k, value));
    }
}
