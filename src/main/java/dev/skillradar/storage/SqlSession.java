package dev.skillradar.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one connection of a {@link Database}, used by one thread at a time, with explicit transactions:
 * writes start with BEGIN IMMEDIATE (take the write lock up front, waiting up to the busy timeout) and
 * return only after COMMIT; any failure rolls back, so a half-done change is never visible.
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

    private <T> T transaction(String begin, Work<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (inTransaction) {
                return work.run(connection); // nested use joins the outer transaction
            }
            Sqlite.execute(connection, begin);
            inTransaction = true;
            try {
                T result = work.run(connection);
                Sqlite.execute(connection, "COMMIT");
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
        try {
            Sqlite.execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL); nothing was committed.
            cause.addSuppressed(e);
        }
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
                connection.close();
            }
        } catch (SQLException e) {
            throw SqlErrors.map(e, file);
        } finally {
            lock.unlock();
        }
    }
}
