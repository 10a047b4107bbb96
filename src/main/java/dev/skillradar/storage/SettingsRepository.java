package dev.skillradar.storage;

import dev.skillradar.assessment.Reconfirmation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Small key/value preferences (language, theme, last profile, re-confirmation period) stored with the data. */
public final class SettingsRepository {
    /** The key of the re-confirmation period in calendar months ({@link #confirmMonths()}). */
    public static final String CONFIRM_MONTHS_KEY = "confirm.months";
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

    /**
     * After how many calendar months a rating that was neither changed nor confirmed is asked again: 1..24, default
     * {@value Reconfirmation#DEFAULT_MONTHS}; a stored value that is no such number reads as the default.
     */
    public int confirmMonths() {
        return get(CONFIRM_MONTHS_KEY).map(v -> {
            try {
                int months = Integer.parseInt(v.strip());
                return months >= Reconfirmation.MIN_MONTHS && months <= Reconfirmation.MAX_MONTHS ? months : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(Reconfirmation.DEFAULT_MONTHS);
    }

    /** Sets the re-confirmation period; INVALID outside 1..24. */
    public void setConfirmMonths(int months) {
        if (months < Reconfirmation.MIN_MONTHS || months > Reconfirmation.MAX_MONTHS) {
            throw SqlErrors.invalid("confirmMonths", months, "the re-confirmation period must be "
                    + Reconfirmation.MIN_MONTHS + " to " + Reconfirmation.MAX_MONTHS + " months");
        }
        put(CONFIRM_MONTHS_KEY, String.valueOf(months));
    }
}
