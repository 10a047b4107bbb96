package dev.skillradar.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest copy of each of the last 7 days that have copies, the newest of each
 * of the last 4 ISO weeks that have copies (as restic's --keep-daily 7 --keep-weekly 4), and every copy
 * of the last 24 hours (at most 24), so that two imports on one day can both be undone.
 */
final class BackupRotation {
    static final int DAILY = 7;
    static final int WEEKLY = 4;
    static final int RECENT_MAX = 24;

    private BackupRotation() {
    }

    /** The files to keep; {@code backups} is newest first as from {@link BackupFolder#list}. */
    static Set<Path> keep(List<BackupInfo> backups, Instant now, ZoneId zone) {
        Set<Path> keep = new HashSet<>();
        keep.addAll(newestPerPeriod(backups, b -> b.takenAt().atZone(zone).toLocalDate(), DAILY));
        keep.addAll(newestPerPeriod(backups, b -> {
            LocalDate day = b.takenAt().atZone(zone).toLocalDate();
            return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }, WEEKLY));
        backups.stream()
                .filter(b -> Duration.between(b.takenAt(), now).compareTo(Duration.ofHours(24)) < 0)
                .limit(RECENT_MAX)
                .forEach(b -> keep.add(b.file()));
        return keep;
    }

    private static Set<Path> newestPerPeriod(List<BackupInfo> newestFirst, Function<BackupInfo, Object> period,
                                             int count) {
        Set<Object> periods = new LinkedHashSet<>();
        Set<Path> result = new HashSet<>();
        for (BackupInfo b : newestFirst) {
            Object p = period.apply(b);
            if (periods.contains(p)) {
                continue;
            }
            if (periods.size() == count) {
                break;
            }
            periods.add(p);
            result.add(b.file());
        }
        return result;
    }
}
