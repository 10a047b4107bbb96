package dev.skillradar.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one connection of a {@link Database}, used by one thread at a time, with explicit transactions:
 * writes start with BEGIN IMMEDIATE (take the write lock up front, waiting up to the busy timeout) and
 * return only after COMMIT; any failure rolls back, so a half-done change is never visible. The statements
 * of the frequent small transactions (BEGIN, COMMIT, a rating save) are prepared once and kept with the
 * connection ({@link #prepared}): preparing them anew cost a save about as much as running them.
 */
final class SqlSession implements AutoCloseable {
    /** Work done on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    /** By SQL text, which is always a constant of this package, so the map stays small. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private boolean inTransaction;
    private boolean closed;

    SqlSession(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    Path file() {
        return file;
    }

    <T> T read(Work<T> work) {
        return transaction("BEGIN DEFERRED", work);
    }

    <T> T write(Work<T> work) {
        return transaction("BEGIN IMMEDIATE", work);
    }

    /** Runs outside any transaction (VACUUM INTO, restore, PRAGMA data_version). */
    <T> T direct(Work<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (inTransaction) {
                throw new IllegalStateException("cannot run this inside a transaction");
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.map(e, file);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The statement for {@code sql} (a constant), prepared on first use and kept until the session closes or a
     * transaction fails. Only inside {@link #read} or {@link #write}; callers close their result sets, never
     * the statement, and set every parameter each time.
     */
    PreparedStatement prepared(String sql) throws SQLException {
        if (!lock.isHeldByCurrentThread() || !inTransaction) {
            throw new IllegalStateException("a kept statement is only used inside a transaction of its session");
        }
        return statement(sql);
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /**
     * Drops the kept statements; for a restore, which replaces the whole database under them (SQLite would
     * prepare them again by itself, but a restore is rare and this leaves no doubt).
     */
    void forgetStatements() {
        lock.lock();
        try {
            closeStatements(null);
        } finally {
            lock.unlock();
        }
    }

    private <T> T transaction(String begin, Work<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (inTransaction) {
                return work.run(connection); // nested use joins the outer transaction
            }
            try {
                statement(begin).execute();
            } catch (SQLException | RuntimeException e) {
                closeStatements(e);
                throw e;
            }
            inTransaction = true;
            try {
                T result = work.run(connection);
                statement("COMMIT").execute();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(e);
                throw e;
            } finally {
                inTransaction = false;
            }
        } catch (SQLException e) {
            throw SqlErrors.map(e, file);
        } finally {
            lock.unlock();
        }
    }

    private void rollback(Throwable cause) {
        // sqlite-jdbc finalizes a statement that failed with most errors (SQLITE_FULL, I/O): none is reused
        closeStatements(cause);
        try {
            Sqlite.execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL); nothing was committed.
            cause.addSuppressed(e);
        }
    }

    private void closeStatements(Throwable cause) {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // without a failure to attach it to, nothing is lost: closing the connection finalizes it anyway
                if (cause != null) {
                    cause.addSuppressed(e);
                }
            }
        }
        statements.clear();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the SkillRadar database " + file + " is closed");
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                closeStatements(null);
                connection.close();
            }
        } catch (SQLException e) {
            throw SqlErrors.map(e, file);
        } finally {
            lock.unlock();
        }
    }
}
