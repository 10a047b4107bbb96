package dev.skillradar.storage;

import dev.skillradar.storage.RecoveryNotice.Problem;
import dev.skillradar.storage.StorageException.Kind;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SkillRadar's one local SQLite file: opening it safely (probe read-only, recover, migrate), its
 * connection and pragmas, and the repositories and backups that work on it.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    private static final String CREATING_PREFIX = ".creating-";

    /** Knobs that tests turn; production uses {@link #DEFAULT}. */
    record Options(List<Schema.Migration> migrations, int busyTimeoutMillis) {
        static final Options DEFAULT = new Options(Schema.MIGRATIONS, Sqlite.DEFAULT_BUSY_TIMEOUT_MILLIS);

        Options {
            migrations = List.copyOf(migrations);
        }

        int knownVersion() {
            return migrations.size();
        }
    }

    private final Path dataDir;
    private final SqlSession sql;
    private final Optional<RecoveryNotice> recoveryNotice;
    private final ProfileRepository profiles;
    private final RatingRepository ratings;
    private final CheckRepository checks;
    private final SettingsRepository settings;
    private final BackupService backups;

    private Database(Path dataDir, SqlSession sql, Clock clock, Options options, RecoveryNotice notice) {
        this.dataDir = dataDir;
        this.sql = sql;
        this.recoveryNotice = Optional.ofNullable(notice);
        this.backups = new BackupService(sql, dataDir, clock, options);
        this.settings = new SettingsRepository(sql);
        this.ratings = new RatingRepository(sql, clock);
        this.checks = new CheckRepository(sql, clock);
        this.profiles = new ProfileRepository(sql, clock, backups);
    }

    /**
     * Opens (or on first start creates) {@code <dataDir>/skillradar.db}. The folder is created 0700 and the
     * file 0600 on POSIX. An existing file is first probed read-only: a file from a newer SkillRadar is
     * refused (NEWER_VERSION, untouched); a damaged, foreign or empty file is moved aside and the newest
     * verified backup restored (see {@link #recoveryNotice()}). Then pending migrations run (after a
     * backup) and the daily backup is taken if due. The default profile is made by the first front door that
     * needs one ({@link ProfileRepository#getOrCreateDefault}), since only it knows the catalogue's default role.
     */
    public static Database open(Path dataDir, Clock clock) {
        return open(dataDir, clock, Options.DEFAULT);
    }

    @SuppressWarnings("try") // the open lock is held for its scope, not referenced
    static Database open(Path dataDir, Clock clock, Options options) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            PrivateFiles.createDirectory(dir);
        } catch (IOException e) {
            throw SqlErrors.map(e, dir);
        }
        Path file = dir.resolve(DataDirectory.DATABASE_FILE);
        Database db;
        try (OpenLock lock = OpenLock.acquire(dir, Math.max(10_000L, 3L * options.busyTimeoutMillis()))) {
            removeInterruptedCreations(dir);
            RecoveryNotice notice = null;
            boolean existed = Files.exists(file);
            if (!existed) {
                Recovery.moveStrayCompanions(file, clock);
                createFresh(file, options);
            } else {
                notice = probe(file, clock, options);
            }
            db = connect(dir, file, clock, options, notice);
            try {
                db.migrate(options);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        db.backups.dailyIfDue();
        return db;
    }

    private static RecoveryNotice probe(Path file, Clock clock, Options options) {
        Probe.Result result = Probe.inspect(file, options.knownVersion(), options.busyTimeoutMillis());
        String f = file.toString();
        return switch (result.status()) {
            case OK -> null;
            case NEWER -> throw new StorageException(Kind.NEWER_VERSION, "The SkillRadar database " + f
                    + " was written by a newer version of SkillRadar (data version " + result.userVersion()
                    + "; this version understands up to " + options.knownVersion() + "). Update SkillRadar;"
                    + " the file was left untouched.",
                    List.of(f, String.valueOf(result.userVersion()), String.valueOf(options.knownVersion())));
            case DAMAGED -> Recovery.recover(file, Problem.DAMAGED, result.detail(), clock, options);
            case FOREIGN -> Recovery.recover(file, Problem.FOREIGN, result.detail(), clock, options);
            case EMPTY_FILE -> Recovery.recover(file, Problem.EMPTY_FILE, result.detail(), clock, options);
        };
    }

    private static Database connect(Path dir, Path file, Clock clock, Options options, RecoveryNotice notice) {
        try {
            Connection connection = Sqlite.openReadWrite(file, options.busyTimeoutMillis());
            PrivateFiles.restrictToOwner(file);
            return new Database(dir, new SqlSession(connection, file), clock, options, notice);
        } catch (SQLException e) {
            throw SqlErrors.map(e, file);
        } catch (IOException e) {
            throw SqlErrors.map(e, file);
        }
    }

    /**
     * Creates a complete new database under a temporary name and only then gives it its real name, so an
     * interrupted first start never leaves a half-made file behind.
     */
    static void createFresh(Path file, Options options) {
        Path temp = buildFresh(file.toAbsolutePath().getParent(), options);
        try {
            PrivateFiles.moveNoReplace(temp, file);
            LOG.log(Level.DEBUG, "Created " + file);
        } catch (FileAlreadyExistsException e) {
            LOG.log(Level.INFO, "Another process created " + file + " first");
        } catch (IOException e) {
            throw SqlErrors.map(e, file);
        } finally {
            BackupFolder.deleteWithCompanions(temp);
        }
    }

    /** A new, fully migrated, flushed database in a private temporary file in {@code dir}. */
    static Path buildFresh(Path dir, Options options) {
        Path temp = null;
        try {
            temp = PrivateFiles.createTempFile(dir, CREATING_PREFIX, BackupFolder.TEMP_SUFFIX);
            try (Connection connection = Sqlite.openReadWrite(temp, options.busyTimeoutMillis())) {
                Schema.migrate(connection, options.migrations());
            }
            PrivateFiles.fsync(temp);
            return temp;
        } catch (SQLException e) {
            BackupFolder.deleteWithCompanions(temp);
            throw SqlErrors.map(e, dir.resolve(DataDirectory.DATABASE_FILE));
        } catch (IOException e) {
            BackupFolder.deleteWithCompanions(temp);
            throw SqlErrors.map(e, dir.resolve(DataDirectory.DATABASE_FILE));
        }
    }

    /**
     * Only called under the open lock, so no creation or recovery of another process is running; copies
     * made by a restore (not under the lock) are only removed when a day old.
     */
    private static void removeInterruptedCreations(Path dir) {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".{creating,copy}-*" + BackupFolder.TEMP_SUFFIX)) {
            for (Path temp : temps) {
                boolean creation = temp.getFileName().toString().startsWith(CREATING_PREFIX);
                if (creation || Files.getLastModifiedTime(temp).toInstant().isBefore(dayAgo)) {
                    LOG.log(Level.INFO, "Removing the leftover of an interrupted start or restore: " + temp);
                    BackupFolder.deleteWithCompanions(temp);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Could not look for leftovers in " + dir, e);
        }
    }

    private void migrate(Options options) {
        long version = sql.direct(c -> Sqlite.queryLong(c, "PRAGMA user_version"));
        if (version >= options.knownVersion()) {
            return;
        }
        if (version > 0) {
            backups.backupNow("before-migration");
        }
        sql.direct(c -> {
            Schema.migrate(c, options.migrations());
            return null;
        });
        LOG.log(Level.INFO, "Migrated " + file() + " from data version " + version + " to " + options.knownVersion());
    }

    /** Set when {@link #open} had to move the file aside; the UI and CLI show {@link RecoveryNotice#describe()}. */
    public Optional<RecoveryNotice> recoveryNotice() {
        return recoveryNotice;
    }

    public ProfileRepository profiles() {
        return profiles;
    }

    public RatingRepository ratings() {
        return ratings;
    }

    /** The profiles' ticked check statements and their history. */
    public CheckRepository checks() {
        return checks;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public BackupService backups() {
        return backups;
    }

    /** The database file, {@code <dataDir>/skillradar.db}. */
    public Path file() {
        return sql.file();
    }

    public Path dataDirectory() {
        return dataDir;
    }

    /**
     * SQLite's {@code PRAGMA data_version}: changes when another connection or process has committed since
     * the last call, so the UI can poll it cheaply and reload.
     */
    public long dataVersion() {
        return sql.direct(c -> Sqlite.queryLong(c, "PRAGMA data_version"));
    }

    /** SQLite's full integrity_check: "ok" or the first problems found. */
    public String integrityCheck() {
        return sql.direct(c -> Sqlite.check(c, "integrity_check"));
    }

    /** Test seam: runs {@code work} on the connection outside any transaction. */
    <T> T withConnection(SqlSession.Work<T> work) {
        return sql.direct(work);
    }

    @Override
    public void close() {
        sql.close();
    }
}
