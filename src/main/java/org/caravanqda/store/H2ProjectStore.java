package org.caravanqda.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.caravanqda.app.port.BackupInfo;
import org.caravanqda.app.port.ProjectStore;
import org.h2.jdbcx.JdbcConnectionPool;

/** An open H2 project database; each read or write runs on its own pooled connection. */
final class H2ProjectStore implements ProjectStore {
    private final Path dir;
    private final JdbcConnectionPool pool;
    private final ProjectLock lock;
    private final boolean encrypted;
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    H2ProjectStore(Path dir, JdbcConnectionPool pool, ProjectLock lock, boolean encrypted) {
        this.dir = dir;
        this.pool = pool;
        this.lock = lock;
        this.encrypted = encrypted;
    }

    @Override
    public boolean encrypted() {
        return encrypted;
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
            return work.run(new JdbcSession(c));
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    @Override
    public <T> T write(StoreWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new JdbcSession(c));
                c.commit();
                commits.incrementAndGet();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** Raw connection access for store-internal helpers (the bench baseline), auto-committed. */
    <T> T withConnection(H2LikeBaselines.ConnectionWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** H2's BACKUP TO copies the open database consistently while other connections keep writing. */
    @Override
    public BackupInfo backup(Path zip) {
        return withConnection(c -> BackupArchive.write(c, zip));
    }

    @Override
    public long commits() {
        return commits.get();
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            // closing anyway
        } finally {
            pool.dispose();
            lock.release();
        }
    }
}
